import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and bodies: "the statement said" after a sentence
// telling who issued it, where that sentence follows a quote closing the sentence before it, or puts an adverb
// between the issuer and its verb.
describe('the issuer of a statement, after a closing quote or across an adverb', () => {
  it('"... as "words without a plan." The opposition party later released a statement .... "...," the statement said."', () => {
    const got = speakersByQuote([
      'Lund Arvo, a senior lawmaker of the opposition Harbour Party, criticized the response as "words without a plan." The opposition party later released a statement calling for an emergency session. "The people deserve to know what the cabinet knew," the statement said.',
    ]);
    expect(got.get('words without a plan')).toBe('Lund Arvo');
    expect(got.get('The people deserve to know what the cabinet knew')).toBe('the opposition party');
  });
  it('"The Tarn Valley Council later released a statement ...": the adverb is no word of the issuer', () => {
    const got = speakersByQuote([
      'The Tarn Valley Council later released a statement calling for a vote. "The vote must come this week," the statement said.',
    ]);
    expect(got.get('The vote must come this week')).toBe('the Tarn Valley Council');
  });
});
