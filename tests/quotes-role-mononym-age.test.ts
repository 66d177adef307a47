import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places): a person known by one name, written after a
// lowercase role ending on a noun of a person and set off with an age, perhaps after a fronted place, is the
// sentence's subject, at hand for the "he said" after.
describe('"(In TOWN, REGION,) batik trader ONENAME, 61, said .... "...," he said."', () => {
  it('gives the pronoun to the one-named trader', () => {
    expect(speakerOf(['Batik trader Tarjo, 61, said he had followed the summit on television. "Two men meet," he said with a laugh.'], 'Two men meet')).toBe('Tarjo');
  });

  it('does so after a fronted place of one or two names', () => {
    expect(speakerOf(['In Solvik, Upper Vale, batik trader Tarjo, 61, said he had followed the summit on television. "Two men meet," he said with a laugh.'], 'Two men meet')).toBe('Tarjo');
    expect(speakerOf(['In Solvik, batik trader Tarjo, 61, said he had followed the summit. "Two men meet," he said.'], 'Two men meet')).toBe('Tarjo');
  });

  it('keeps a name set off after a fronted place as the subject', () => {
    expect(speakerOf(['In Solvik, Wenna Holt, who left the valley in 2009, watched the talks. "I thought of my father," she said.'], 'my father')).toBe('Wenna Holt');
  });
});
