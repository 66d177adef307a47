import { extractQuotes } from '../../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './docs.ts';

/**
 * The speaker the engine gives the quote holding `contains`, in one document of the paragraphs written for a
 * test; a test whose quote is not found as a quote fails here, with the words it looked for.
 */
export function speakerOf(paragraphs: string[], contains: string, published = '2024-05-02'): string | null {
  const q = extractQuotes(passagesOf(doc('p', published, paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}
