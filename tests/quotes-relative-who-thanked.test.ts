import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people and countries.
function speakerOf(paras: string[], words: string): string | null | undefined {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paras))).quotes.find((x) => x.quote.includes(words))?.speaker;
}

it('gives the words thanked for in a "who" clause to its antecedent, not the one reporting the call', () => {
  const p = 'Officials in Tarven said the premier had spoken by telephone with the Velmoran president, Arno Vitt, who thanked Ostria for its "firm stance".';
  expect(speakerOf([p], 'firm stance')).toBe('Arno Vitt');
});

it('does not credit the antecedent for words that are not what the thanks were for', () => {
  const p = 'Officials in Tarven said the premier had spoken with the Velmoran president, Arno Vitt, who thanked the crowd before the "long march" began.';
  expect(speakerOf([p], 'long march')).not.toBe('Arno Vitt');
});
