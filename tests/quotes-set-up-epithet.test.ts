import { describe, expect, it } from 'vitest';
import { nounOnlySetsUp } from '../src/quotes/set-up-epithet.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: "Her coach was more expansive." setting up
// the named speaker, then a later paragraph's '"...," the coach said.'
describe('Her ROLE was more expansive. NAME, ..., said .... "...," the ROLE said.', () => {
  it('the epithet whose noun only set the speaker up is that speaker', () => {
    const got = speakersByQuote([
      'Nadia Ferrow, 19, won the Dunmere open on Sunday.',
      'Her coach was more expansive. Tobias Wrenn, a former champion, said the win had been "a long time coming."',
      '"She listens, which is rare at nineteen," the coach said.',
    ]);
    expect(got.get('a long time coming')).toBe('Tobias Wrenn');
    expect(got.get('She listens, which is rare at nineteen')).toBe('Tobias Wrenn');
  });
  it('not when the noun was used of someone else too', () => {
    const got = speakersByQuote([
      'Nadia Ferrow, 19, won the Dunmere open on Sunday. Her rival had a famous coach in the stands.',
      'Her coach was more expansive. Tobias Wrenn, a former champion, said the win had been "a long time coming."',
      '"She listens, which is rare at nineteen," the coach said.',
    ]);
    expect(got.get('She listens, which is rare at nineteen')).not.toBe('Tobias Wrenn');
  });
});

describe('nounOnlySetsUp', () => {
  it('covers only a set-up sentence followed by the name', () => {
    expect(nounOnlySetsUp('Her coach was blunt. Tobias Wrenn said so.', 'coach', 'Tobias Wrenn')).toBe(true);
    expect(nounOnlySetsUp('Her coach was blunt. Ana Lind said so.', 'coach', 'Tobias Wrenn')).toBe(false);
    expect(nounOnlySetsUp('The coach was blunt. Tobias Wrenn said so.', 'coach', 'Tobias Wrenn')).toBe(false);
    expect(nounOnlySetsUp('Nothing here.', 'coach', 'Tobias Wrenn')).toBe(false);
  });
});
