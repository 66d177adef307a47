import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and agency): a "she" after a sentence whose subject's
// sex nothing tells, beside a woman the name lists tell, is never the untold subject's.
describe('"The minister, UNTOLD NAME, was asked about it by WOMAN NAME, a union leader. \\"...,\\" she said."', () => {
  it('does not give the pronoun to the one of untold sex', () => {
    const paras = ['ORSKAR, Vellmark, Sept 13 (Probe Wire) - At the end of the day, the minister, Tervald Quorn, was asked about the strike by Margaret Ulvang, a union leader.', '"We will not give in," she said.'];
    expect(speakerOf(paras, 'We will not give in')).not.toBe('Tervald Quorn');
  });

  it('still gives it to the one of untold sex when no one told of that sex stands beside', () => {
    const paras = ['ORSKAR, Vellmark, Sept 13 (Probe Wire) - At the end of the day, the minister, Tervald Quorn, was asked about the strike.', '"We will not give in," she said.'];
    expect(speakerOf(paras, 'We will not give in')).toBe('Tervald Quorn');
  });

  it('still gives it to the one of untold sex when the woman is only an owner in the reported words', () => {
    const paras = ['The economist Tervald Quorn, who studies wages at the Vellmark Institute, said Margaret Ulvang\'s plan did not help.', '"I do not see the details," she said after reading it.'];
    expect(speakerOf(paras, 'I do not see the details')).toBe('Tervald Quorn');
  });
});
