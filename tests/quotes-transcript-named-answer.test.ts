import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// A briefing transcript written for this test: answers labelled "A (office NAME):".
function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
}

describe('a briefing transcript\'s answer label naming who answers: "A (Spokesperson NAME):"', () => {
  const briefing = [
    'The harbour ministry\'s spokesperson, Lena Voss, and her deputy, Arno Kask, took questions on Friday. Excerpts follow.',
    'Q: Will the ferries run during the strike?',
    'A (Spokesperson Voss): We expect the morning ferries to run. The night ferries will not.',
    'Q: And the cargo piers?',
    'A (Deputy Spokesperson Kask): I will answer that one. The cargo piers stay closed until Monday.',
    'Q: Has the minister spoken to the union?',
    'A (translated): Not yet.',
  ];
  it('credits the answer to the one the parenthesis names, after the office', () => {
    const quotes = quotesOf(briefing);
    expect(quotes.find((x) => x.quote.includes('morning ferries'))?.speaker).toBe('Lena Voss');
    expect(quotes.find((x) => x.quote.includes('cargo piers stay closed'))?.speaker).toBe('Arno Kask');
  });
  it('leaves an answer whose parenthesis names no one of the prose to no one', () => {
    const quotes = quotesOf(briefing);
    expect(quotes.find((x) => x.quote.includes('Not yet'))?.speaker ?? null).toBe(null);
  });
});
