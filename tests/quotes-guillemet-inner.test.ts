import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function quotesOf(paras: string[]): { quote: string; speaker: string | null }[] {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-05', paras)));
  return quotes.map((q) => ({ quote: q.quote, speaker: q.speaker }));
}

// Russian and German papers, and translations from them, put a quote within guillemets in low-high marks „...“:
// the words within are the one reported, not the outer speaker's own.
it('reads „...“ inside guillemets as a quote within the quote, not the outer speaker\'s words', () => {
  const got = quotesOf(['«My son asked me, „Papa, will the bridge fall down?“ I told him it would stand,» said Boris Kalnin, a ferry mechanic.']);
  const inner = got.find((q) => q.quote.startsWith('Papa, will the bridge'));
  expect(inner).toBeDefined();
  expect(inner!.speaker).not.toBe('Boris Kalnin');
  expect(got.find((q) => q.quote.startsWith('My son asked me'))?.speaker).toBe('Boris Kalnin');
});

it('reads English double marks inside guillemets the same way', () => {
  const got = quotesOf(['«The foreman shouted, "Everyone off the deck!" and we ran,» said Boris Kalnin, a ferry mechanic.']);
  const inner = got.find((q) => q.quote.startsWith('Everyone off the deck'));
  expect(inner).toBeDefined();
  expect(inner!.speaker).not.toBe('Boris Kalnin');
});
