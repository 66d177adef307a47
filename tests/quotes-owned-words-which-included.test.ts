import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a quote inside a "which" clause that tells what a
// named owner's words held ("Mr. Vance's remarks, which have contained the claim that ... "...""), is the
// owner's words, not the sentence subject's; it is left to no one, and the subject's next "he said" stays his.
describe('a quote in a "which" clause of what a named owner\'s words held', () => {
  const got = speakersByQuote([
    'Joseph Marr, the former senator, spoke at a rally in Dover on Tuesday. He said the harbour towns felt "twice as unsafe" this year because of Mr. Vance\'s remarks, which have contained the claim that Governor Pell was the "founder" of the smuggling ring. "This man has no shame," he said.',
  ]);
  it('is not the sentence subject\'s', () => {
    expect(got.get('founder')).not.toBe('Joseph Marr');
  });
  it('does not make the owner the one the next "he said" goes back to', () => {
    expect(got.get('This man has no shame')).toBe('Joseph Marr');
  });
  it('the subject\'s own words in the same sentence stay his', () => {
    expect(got.get('twice as unsafe')).toBe('Joseph Marr');
  });
});
