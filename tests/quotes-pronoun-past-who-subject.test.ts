import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "she said" after a sentence opened by a one-word name set off before "who",
// one the reading does not know as a person, with a woman who spoke two sentences before.
describe('"she said" past a sentence opened by "NAME, who ..."', () => {
  const opening = 'The evening belonged to the poets Vera Lindqvist and Zoltra, who each read a new piece.';
  it('is nobody, not the woman who spoke before (the one-word name may be who is meant)', () => {
    const paras = [opening, 'Before her reading, Lindqvist thanked the hall: "Rooms like this keep us writing," she said.', 'Meanwhile Zoltra, who won the prize for verse, talked about her grandmother. "She taught me every song I know," she said.'];
    expect(speakerOf(paras, 'every song')).toBeNull();
  });
  it('still goes on with the speaker past a man set off so, for "she"', () => {
    const paras = ['Vera Lindqvist read first. "Rooms like this keep us writing," she said. Meanwhile Mr. Oskar Dahl, who won the prize for prose, left early. "Then we go home and write," she said.'];
    expect(speakerOf(paras, 'go home and write')).toBe('Vera Lindqvist');
  });
});
