import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'X quotes a DESCRIPTION who ... (a long clause, no comma): "..."':
// the one quoted speaks, not the one who quotes, however long the clause of "who" saying who they are.

describe('"quotes" with a long clause of "who" (no comma) before the colon', () => {
  const intro = 'Ada Brenner, a former Lisbon correspondent, has written the better book.';

  it('the one quoted, described, speaks: not the author who quotes', () => {
    const text = [intro, 'Brenner was not at the harbour, but she talked to people who were. She quotes a Portuguese pilot who stood on the quay for most of the night of the fire: "The ship sat low in the water. Nobody asked why."'];
    expect(speakerOf(text, 'The ship sat low')).toBe('a Portuguese pilot');
  });

  it('"whom" too: "quotes an old pilot whom she met in PLACE during ...:"', () => {
    const text = [intro, 'She quotes an old pilot whom she met in Faro during the long winter of the dock strike: "The ship sat low in the water."'];
    expect(speakerOf(text, 'The ship sat low')).toBe('an old pilot');
  });

  it('a short clause is read as before', () => {
    const text = [intro, 'She quotes a Portuguese pilot who was there: "The ship sat low in the water."'];
    expect(speakerOf(text, 'The ship sat low')).toBe('a Portuguese pilot');
  });

  it('the author\'s own words after a colon stay hers', () => {
    const text = [intro, 'Brenner, who stood on the quay for most of the night of the fire, writes: "The ship sat low in the water."'];
    expect(speakerOf(text, 'The ship sat low')).toBe('Ada Brenner');
  });
});
