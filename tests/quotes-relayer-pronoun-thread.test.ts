import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'She quotes a DESCRIPTION: "..." ¶ "...," she writes.': the one
// quoted is only the object of the relaying verb; the pronoun after goes on with the one who relayed the words.

describe('a pronoun after "SUBJECT quotes X: ..."', () => {
  const intro = 'Ada Brenner, a former Lisbon correspondent, has written the better book.';

  it('"She quotes an old pilot: ..." then "she writes": the author', () => {
    const got = speakersByOpening([intro, 'She quotes an old pilot: "The ship sat low in the water."', '"The captain lit a cigar and said nothing," she writes.']);
    expect(got.get('The ship sat')).toBe('an old pilot');
    expect(got.get('The captain lit')).toBe('Ada Brenner');
  });

  it('with a sentence of narration between and a long clause of "who" after the one quoted', () => {
    const got = speakersByOpening([intro, 'She quotes a Portuguese pilot who stood on the quay for most of the night of the fire: "The ship sat low in the water."', 'In the best chapter she reconstructs the night. "The captain lit a cigar and said nothing," she writes.']);
    expect(got.get('The ship sat')).toBe('a Portuguese pilot');
    expect(got.get('The captain lit')).toBe('Ada Brenner');
  });

  it('the relayer by surname: "SURNAME quotes X: ..."', () => {
    const got = speakersByOpening([intro, 'Brenner quotes an old pilot: "The ship sat low in the water."', '"The captain lit a cigar and said nothing," she writes.']);
    expect(got.get('The captain lit')).toBe('Ada Brenner');
  });

  it('not when the one quoted was brought in by a verb that relays nothing', () => {
    const got = speakersByOpening([intro, 'She met an old pilot. "The ship sat low in the water," the pilot said.', '"The captain lit a cigar and said nothing," she said.']);
    expect(got.get('The captain lit')).toBeNull();
  });
});
