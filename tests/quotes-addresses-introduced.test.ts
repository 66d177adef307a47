import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a paragraph that introduces someone ("Here's
// Professor NAME:", "She said:") and a clip that opens by calling that one by title or name: words put to them.
describe('a clip opening on a vocative that calls the one introduced', () => {
  const intro = 'I spoke this morning to Professor Hedda Varsk, who has mapped the lagoon for twenty years. Here\'s Professor Varsk:';
  it('"Professor, ...?" after "Here\'s Professor NAME:" is the question put to her, no one\'s by that introduction', () => {
    expect(speakerOf([intro, '"Professor, will the lagoon be dry by summer?"', '"Not this summer, but soon."'], 'lagoon be dry')).toBeNull();
  });
  it('"Professor NAME, ...?" likewise', () => {
    expect(speakerOf([intro, '"Professor Varsk, will the lagoon be dry by summer?"'], 'lagoon be dry')).toBeNull();
  });
  it('still credits the clip that opens on no vocative', () => {
    expect(speakerOf([intro, '"The lagoon will be dry by summer, I am afraid."'], 'lagoon will be dry')).toBe('Hedda Varsk');
  });
  it('still credits a clip whose vocative calls someone else ("Minister, ...")', () => {
    expect(speakerOf([intro, '"Minister, you have had the maps for ten years."'], 'had the maps')).toBe('Hedda Varsk');
  });
});
