import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a plural described subject with a copula of stance
// ("were blunter"), then a quote credited to "they".
describe('"Analysts at X were blunter. \\"...,\\" they wrote."', () => {
  it('"they" goes on with the plural subject of a copula of stance', () => {
    expect(speakerOf(['Economists at Harrow Partners were more cautious. "The recovery is fragile," they wrote in a note.'], 'The recovery is fragile')).toBe('economists at Harrow Partners');
  });
  it('a thing as the subject of the copula is no one', () => {
    expect(speakerOf(['The markets were calmer on Friday. "The recovery is fragile," they wrote in a note.'], 'The recovery is fragile')).toBeNull();
  });
});
