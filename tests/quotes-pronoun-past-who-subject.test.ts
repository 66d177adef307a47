import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "she said" after a sentence opened by a one-word name set off before "who",
// one the reading does not know as a person, with a woman who spoke two sentences before.
describe('"she said" past a sentence opened by "NAME, who ..."', () => {
  const opening = 'Two more moments came from the singers Vera Lindqvist and Zoltra, who both gave speeches.';
  it('is nobody, not the woman who spoke before (the one-word name may be who is meant)', () => {
    const paras = [opening, 'In her speech, Lindqvist asked for drive: "Change the world," she said.', 'Meanwhile Zoltra, who took the top award, spoke about self-love. "Once you love yourself, you will not want to be anyone else," she said.'];
    expect(speakerOf(paras, 'love yourself')).toBeNull();
  });
  it('still goes on with the speaker past a man set off so, for "she"', () => {
    const paras = ['Vera Lindqvist spoke first. "Change the world," she said. Meanwhile Mr. Oskar Dahl, who took the top award, left early. "Then change it again," she said.'];
    expect(speakerOf(paras, 'change it again')).toBe('Vera Lindqvist');
  });
});
