import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: an aside set off by commas after a body's proper name ("asked for its view",
// "founded in 1950", "a trade body") is no part of the subject, so the body is the sentence's subject and a later
// "The council said" is that body.
const speakerOf = (paras: string[], contains: string) => extractQuotes(passagesOf(doc('p', '2024-03-05', paras))).quotes.find((q) => q.quote.includes(contains))?.speaker;

describe("an aside set off after a body's name", () => {
  it('`The BODY, asked by ... for its view, sent a reply. The council said its members "..."`', () => {
    const paras = ['The Nordic Ferry Council, asked by the branch for its view, sent a short written reply. The council said its members “follow every rule.”'];
    expect(speakerOf(paras, 'follow every rule')).toBe('the Nordic Ferry Council');
  });
  it('`The BODY, a trade body, wrote back. It said "..."`', () => {
    const paras = ['The Nordic Ferry Council, a trade body, wrote back on Monday. It said there were “no plans to change.”'];
    expect(speakerOf(paras, 'no plans to change')).toBe('the Nordic Ferry Council');
  });
});
