import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: constructions of news writing that credit a quote to a named speaker,
// read by the grammar of the sentence (and, for a quote standing alone, of the sentence before it).
function speakerOf(paragraphs: string[], contains: string): string | null {
  const { quotes } = extractQuotes(passagesOf(doc('n', '2024-03-04', paragraphs)));
  const q = quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('a quote standing alone after a sentence of reported speech', () => {
  it('goes to the subject of the reporting verb in the sentence before, in the same paragraph', () => {
    const paras = ['Defense Secretary Jane Roe said that for decades critics had predicted a withdrawal from the region, but that it would not happen. “That is because this region remains the most consequential for our security.”'];
    expect(speakerOf(paras, 'most consequential')).toBe('Jane Roe');
  });
  it('goes to the subject of a reporting sentence ending the paragraph before', () => {
    const paras = ['The council met on Monday to settle the budget.', 'Mayor Tom Sands argued that the figures would hold through the winter.', '“We have done the math twice and it adds up.”'];
    expect(speakerOf(paras, 'done the math')).toBe('Tom Sands');
  });
  it('not after a verb that judges or names rather than reports (the next quote may be the other side)', () => {
    const paras = ['Jane Roe criticized Tom Sands over the budget. “We have done the math twice and it adds up.”'];
    expect(speakerOf(paras, 'done the math')).toBeNull();
  });
  it('not when the quote has a credit of its own that cannot be read', () => {
    const paras = ['Jane Roe said the deal was done. “It was unseemly, and everyone there knew it,” said one of two witnesses who asked not to be named for fear of losing their jobs.'];
    expect(speakerOf(paras, 'unseemly')).not.toBe('Jane Roe');
  });
});
