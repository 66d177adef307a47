import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { conjoinedSubject } from '../src/quotes/grammar-credits.ts';
import { sentenceTokens } from '../src/quotes/tagged-sentence.ts';

// Passages written for these tests: "X smiled and said that Y observes "..."" — the reporting verb after "and"
// has X for subject, so the place or body inside what X reports is not the one speaking.
describe('a reporting verb after "and" shares the subject of the verb before it', () => {
  it('does not give the words to the capital inside the reported clause', () => {
    const paras = ['Trade Minister Ola Brandt attended a lunch in Bergen. Asked about tariffs, the Norwegian envoy laughed and said only that Oslo observes "every clause of the treaty."'];
    expect(speakerOf(paras, 'every clause of the treaty')).not.toBe('Oslo');
  });
  it('a plain subject of the inner verb keeps its words when no one reports around it', () => {
    const paras = ['Oslo observed, "The treaty holds."'];
    expect(speakerOf(paras, 'The treaty holds')).toBe('Oslo');
  });
  it('conjoinedSubject finds the subject before "and"', () => {
    const text = 'Mette Lund nodded and said that the port was open.';
    const tokens = sentenceTokens(text, [], 0, text.length)!;
    const said = tokens.findIndex((t) => t.text === 'said');
    const np = conjoinedSubject(tokens, said);
    expect(np && text.slice(tokens[np.start]!.start, tokens[np.end - 1]!.end)).toBe('Mette Lund');
  });
});
