import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and agency): a wire dateline with the agency in
// parentheses set off by a spaced hyphen, as plain-text copy writes the dash, before the sentence whose subject a
// "he replied" after the quote goes back to.
describe('"PLACE, Region, Sept 13 (AGENCY) - NAME was asked .... \\"...,\\" he replied."', () => {
  it('reads the subject after the dateline for the pronoun', () => {
    const paras = [
      'Harbour spokesman Piet Aaldering said there would be no statement.',
      'CARROW, Norland, Sept 13 (NWA) - At the end of the day, Tom Bellamy was asked on television whether the port would help. "We will look at everything, calmly," he replied.',
    ];
    expect(speakerOf(paras, 'We will look')).toBe('Tom Bellamy');
  });

  it('and the "He said" of the next paragraph goes on with him', () => {
    const paras = [
      'Harbour spokesman Piet Aaldering said there would be no statement.',
      'CARROW, Norland, Sept 13 (NWA) - Tom Bellamy was asked on television whether the port would help. "We will look at everything, calmly," he replied.',
      'He said there were "certain limits" on the plan.',
    ];
    expect(speakerOf(paras, 'certain limits')).toBe('Tom Bellamy');
  });
});
