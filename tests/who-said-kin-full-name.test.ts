import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import type { WhoSaidAnswer } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: a daughter named by her first name after her father's surname.
const article = doc('bike-shop', '2024-03-02', [
  'Piet Halvard, 61, has sold bicycles in Arnhem since 1990.',
  '"The trade is not what it was," Halvard said.',
  'Halvard’s daughter, Liv, 27, now runs the online shop. "I love the euro, and the euro is in the south now," she said.',
  'His wife, Mette, keeps the books. "I watch the invoices," she said.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (words: string): WhoSaidAnswer => book.whoSaid(words, 5, passages);

describe('who-said: a full name for one shown by first name and kin', () => {
  it('"liv halvard" is "Liv", "Halvard’s daughter"', () => {
    const a = ask('liv halvard said i love the euro, and the euro is in the south now');
    expect(a.matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: true, verdict: 'same' });
  });
  it('another first name or surname is still someone else', () => {
    expect(ask('piet halvard said i love the euro, and the euro is in the south now').matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: false });
    expect(ask('liv berg said i love the euro, and the euro is in the south now').matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: false });
  });
});
