import { describe, it, expect } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: an unnamed source picked out of a group, "one of the people ...", "one of the
// sources": one person, unnamed, described by the group's words; two of them are never one speaker.
describe('"one of the people/sources" as a speaker', () => {
  it('parses as one unnamed person with the group\'s noun as head', () => {
    expect(parseSubjectPhrase('one of the sources')).toMatchObject({ type: 'description', head: 'source', plural: false, definite: false });
    expect(parseSubjectPhrase('One of the people briefed on the cargo plans')).toMatchObject({ type: 'description', head: 'person', plural: false });
  });
  it('credits "said one of the people, who ..." after the quote', () => {
    expect(speakerOf(['“The ships are waiting in the bay,” said one of the people, who follows shipping for a consultancy and asked not to be named.'], 'waiting in the bay')).toBe('one of the people');
  });
  it('credits "One of the people briefed on the cargo plans said" before the quote', () => {
    expect(speakerOf(['One of the people briefed on the cargo plans said a second barge had been expected “within days.”'], 'within days')).toBe('one of the people briefed on the cargo plans');
  });
  it('keeps two partitive sources apart', () => {
    const { quotes } = extractQuotes(passagesOf(doc('p', '2024-05-02', ['“The deal is done,” one of the sources said.', 'Talks went on late. “It will be signed on Friday,” one of the sources said.'])));
    const a = quotes.find((q) => q.quote.includes('deal is done'))!;
    const b = quotes.find((q) => q.quote.includes('signed on Friday'))!;
    expect(a.speaker).toBe('one of the sources');
    expect(b.speaker).toBe('one of the sources');
    expect(a.speakerId).not.toBe(b.speakerId);
  });
});
