import { extractQuotes } from '../../src/quotes/extract-quotes.ts';
import { QuoteBook } from '../../src/quotes/quotes.ts';
import type { Document, WhoSaidAnswer } from '../../src/types.ts';
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

/** Each quote's first three words and the speaker the engine gives it, in one document of the paragraphs given. */
export function speakersByOpening(paragraphs: string[], id = 'p', published = '2025-05-01'): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc(id, published, paragraphs)));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker]));
}

/** The quote opening with `start` in one document of `paragraphs`: its speaker and the speaker's kind. */
export function quoteOpeningWith(paragraphs: string[], published = '2024-03-05'): { get(start: string): { speaker?: string | null; kind?: string } } {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', published, paragraphs)));
  return {
    get: (start) => {
      const q = quotes.find((x) => x.quote.startsWith(start));
      return { speaker: q?.speaker, kind: speakers.find((s) => s.id === q?.speakerId)?.kind };
    },
  };
}

/** Each quote of one document of the paragraphs written for a test (its last comma or full stop dropped) and the speaker credited with it. */
export function speakersByQuote(paragraphs: string[], published = '2024-03-01', id = 'a'): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc(id, published, paragraphs)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

/** Who-said over the documents written for a test, as the bot asks it (five matches): `ask("claim")`. */
export function whoSaidOver(...docs: Document[]): (words: string) => WhoSaidAnswer {
  const passages = passagesOf(...docs);
  const book = QuoteBook.build(passages, docs);
  return (words) => book.whoSaid(words, 5, passages);
}

/** The speaker of the quote opening with `start`, in one document of `paragraphs` (undefined when no quote opens so). */
export function speakersByStart(paragraphs: string[], id = 'p', published = '2024-03-01'): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc(id, published, paragraphs)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

/** Each whole quote (as the engine cut it) of one document of `paragraphs` and the speaker credited with it. */
export function speakersByWholeQuote(paragraphs: string[], id = 'p', published = '2025-05-01'): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc(id, published, paragraphs)));
  return new Map(quotes.map((q) => [q.quote, q.speaker]));
}
