import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented members, a charity and a paper): a "she" right after a sentence that
// opens on someone's person noun of her sex as its subject ("Barrow's wife was not finished either.") means that one,
// not a woman quoted before it; when the reading cannot name the one owned so, no one rather than the woman before.
describe('a pronoun after a sentence about someone owned by another', () => {
  it('does not reach back over "SURNAME\'s wife" to a woman quoted before', () => {
    const paras = ['Nessa Pell said the scheme was "a con".', "Barrow's wife was not finished either.", '"My husband has said this for years," she said. "Now listen."'];
    expect(speakerOf(paras, 'a con')).toBe('Nessa Pell');
    expect(speakerOf(paras, 'My husband')).not.toBe('Nessa Pell');
    expect(speakerOf(paras, 'Now listen')).not.toBe('Nessa Pell');
  });
  it('still goes on with her over a sentence owning someone of the other sex', () => {
    const paras = ['Nessa Pell said the scheme was "a con".', "Barrow's husband was not finished either.", '"My party has said this for years," she said.'];
    expect(speakerOf(paras, 'My party')).toBe('Nessa Pell');
  });
  it('goes on with a man over a sentence owning someone by his own surname, who may be himself', () => {
    const paras = ['A guard said the road was "closed".', "Denis Roe did go home. Roe's son, 34, is a fitter at the port, and he was given the day off.", '"I will say one thing," he told me over dinner.'];
    expect(speakerOf(paras, 'say one thing')).toBe('Denis Roe');
  });
});
