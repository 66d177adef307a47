import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented corporation and town.
it('gives words to "the NAME state corporation" as a body, as "the NAME space agency" is', () => {
  const text = ['The Vorlan state corporation said on its website that the visitors had been shown "the assembly hall of the Kessby rocket" and the pad.'];
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', text))).quotes.find((x) => x.quote.includes('the assembly hall'));
  expect(q?.speaker ?? '').toMatch(/Vorlan/u);
});
