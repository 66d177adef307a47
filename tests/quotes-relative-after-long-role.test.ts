import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): a quote inside a "who" clause after a
// person and a long role set off after the name, ending on a body's name ("the Centre for Harbour Studies"). The
// "who" is the person's: not the tail of the body's name right before its comma.
describe('"NAME, a ROLE at the Centre for BODY WORDS, who told reporters that ... \\"...\\""', () => {
  it('is the person before the role, not the tail of the body\'s name', () => {
    const paras = ['The advice came from Greta Holm, a researcher at the Lundby-based Centre for Tidal Prospects, who told reporters that the new quay was "pure theatre".'];
    expect(speakerOf(paras, 'pure theatre')).toBe('Greta Holm');
  });

  it('nor the place after the body\'s name: "at the Institute for BODY in TOWN, who told me"', () => {
    const paras = ['I spoke to Piet Aaldering, a senior fellow at the Institute for Canal Studies in Brevik, who told me the plan was "a decade late".'];
    expect(speakerOf(paras, 'a decade late')).toBe('Piet Aaldering');
  });
});
