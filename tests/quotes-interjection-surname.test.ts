import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people and institute.
it('reads a surname that is also an interjection as the subject of a reporting verb right after it', () => {
  const paras = ['The panel was chaired by Dr. Lena Oh, a historian at the Tarvel institute.', 'Gorsky said the pact was "a marriage of convenience".', 'Oh countered that the courtship "has already produced children".'];
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paras))).quotes.find((x) => x.quote.includes('already produced'));
  expect(q?.speaker).toBe('Lena Oh');
});
