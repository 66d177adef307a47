import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { sharedWords } from '../src/quotes/misquote.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: misquotes that change too many words for the lookup to find them.
const article = doc('lighthouse-restored', '2025-06-20', [
  'The old lighthouse on Kessel Point was relit on Saturday.',
  '"We painted it twice, once in the rain and once in the sun," said the foreman, Aino Lahti.',
  '"Those who doubted us should keep doubting," Lahti added.',
  '"The lamp will shine for another century," said Marta Quist, the harbour trust chair.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const ask = (typed: string) => book.whoSaid(typed, 5, passages);

describe('who-said: the named speaker\'s own quote when nothing holds the claim', () => {
  it('"X said we painted it three times": the quote of X sharing its words, different', () => {
    const a = ask('lahti said we painted it three times');
    expect(a.matches[0]).toMatchObject({ speaker: 'Aino Lahti', verdict: 'different', speakerMatches: true });
    const b = ask('did lahti say those who doubted us should calm down');
    expect(b.matches[0]).toMatchObject({ speaker: 'Aino Lahti', verdict: 'different' });
    expect(b.matches[0]!.quote).toMatch(/keep doubting/u);
  });

  it('not when the claim shares little with the speaker\'s quotes, nor for another speaker\'s quote', () => {
    expect(ask('lahti said the harbour will close next year').matches).toEqual([]);
    expect(ask('quist said we painted it three times').matches).toEqual([]);
    expect(ask('we painted it three times').matches).toEqual([]);
  });

  it('sharedWords: three words in a run, half the claim, one content word', () => {
    expect(sharedWords('we painted it three times', 'We painted it twice, once in the rain')).toBe(3);
    expect(sharedWords('it is the one', 'It is the lamp')).toBe(0);
    expect(sharedWords('the harbour will close next year', 'The lamp will shine for another century')).toBe(0);
  });

  it('sharedWords never counts more than the claim has, and the quote itself shares all of it', () => {
    const word = fc.constantFrom('lamp', 'harbour', 'will', 'shine', 'the', 'keeper', 'rain', 'sun', 'painted', 'it', 'once');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.array(word, { minLength: 1, maxLength: 12 }), (c, q) => {
        const claim = c.join(' ');
        expect(sharedWords(claim, q.join(' '))).toBeLessThanOrEqual(c.length);
        const n = sharedWords(claim, claim);
        expect(n === 0 || n === c.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
