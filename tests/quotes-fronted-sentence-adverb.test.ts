import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { sentenceAdverbLength } from '../src/quotes/subject-notes.ts';

// Passages written for these tests, with invented people and places: a sentence adverb in -ly put first with its
// comma ("Officially, ...") is no part of the subject after it, whom a "he said" in the next sentence goes back to.
describe('a sentence adverb opening the sentence before a pronoun credit', () => {
  const official = '"We do not comment on other countries," said an official of the Ostrel foreign office, who did not wish to be named.';
  it('"Officially, the office\'s spokesperson, NAME, was more guarded still. Asked ..., he said ... "..."" is NAME', () => {
    const got = speakersByQuote([
      official,
      "Officially, the office's spokesperson, Aro Venn, was more guarded still. Asked at the weekly briefing whether Ostrel had raised any concern, he said its ties with Varn were \"time-tested\" and \"stand on their own\".",
    ]);
    expect(got.get('time-tested')).toBe('Aro Venn');
    expect(got.get('stand on their own')).toBe('Aro Venn');
  });
  it('"Publicly, the spokesperson, NAME, ..." too', () => {
    const got = speakersByQuote(["Publicly, the spokesperson, Aro Venn, was more careful. He said the talks were \"a private matter\"."]);
    expect(got.get('a private matter')).toBe('Aro Venn');
  });
  it('a name in -ly is no adverb', () => {
    expect(sentenceAdverbLength('Officially, the spokesperson said')).toBe(12);
    expect(sentenceAdverbLength('Kelly, a lawyer, said')).toBe(0);
    expect(sentenceAdverbLength('Emily, his sister, said')).toBe(0);
  });
});
