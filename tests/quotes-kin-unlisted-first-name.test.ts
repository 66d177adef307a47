import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a first name the name lists lack ("Mette", "Yrsa"), set off after a word of
// kin someone owns, names the relative; a later "she said" is hers, not an earlier woman's who spoke before.
const shop = 'Piet Halvard, 61, has sold bicycles in Arnhem since 1990.';
const daughter = 'Halvard’s daughter, Liv, 27, now runs the online shop. "I love the euro," she said.';

describe('a first name the lists lack, set off after an owned word of kin', () => {
  it('"His wife, Mette, keeps the books. "...," she said." is Mette\'s', () => {
    expect(speakerOf([shop, daughter, 'His wife, Mette, keeps the books. "I watch the invoices," she said.'], 'watch the invoices')).toBe('Mette');
  });
  it('so after a name\'s possessive, and with the quote in the next paragraph', () => {
    expect(speakerOf([shop, daughter, 'Halvard’s wife, Yrsa, keeps the books. "I watch the invoices," she said.'], 'watch the invoices')).toBe('Yrsa');
    expect(speakerOf([shop, daughter, 'His wife, Mette, keeps the books.', '"I watch the invoices," she said.'], 'watch the invoices')).toBe('Mette');
  });
  it('a pronoun of the other sex is not the relative\'s, nor given to the woman before', () => {
    expect(speakerOf([shop, daughter, 'His brother, Sten, keeps the books. "I watch the invoices," she said.'], 'watch the invoices')).toBeNull();
  });
});
