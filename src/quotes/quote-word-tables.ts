/**
 * The quotes' words read into numbers: each quote's exact words and close-matching stems, and the narration
 * index of every passage. They need only where each quote and quotation stands, not who spoke it, so they may be
 * read on one thread while the speakers are merged on another (see parallel.ts).
 */
import { IntList } from '../collections/int-list.ts';
import type { Reading } from '../text/reading.ts';
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';
import { NarrationIndex } from './narration-index.ts';
import { QuoteWordReader } from './quote-reading.ts';
import type { QuoteRecord } from './quote-record.ts';
import type { FlatLists } from '../engine/packing.ts';

/**
 * Where the quotes and quotations stand, all the words need of the extraction: quote i is passage `passage[i]`'s
 * text `[start[i], end[i])`, in the book's order; passage p's quotation marks open at `open[k]` and close at
 * `close[k]` (-1: never closed) for k in `[spanStart[p], spanStart[p + 1])`. Typed arrays only, to be moved to
 * another thread rather than copied.
 */
export interface QuoteWordSpans {
  passage: Int32Array;
  start: Int32Array;
  end: Int32Array;
  spanStart: Int32Array;
  open: Int32Array;
  close: Int32Array;
}

/** The quotes' words and stems as numbers, and the narration index, numbered by one reader. */
export interface QuoteWordTables {
  reader: QuoteWordReader;
  quoteWords: FlatLists;
  quoteStems: FlatLists;
  narration: NarrationIndex;
}

/** Where the records' quotes and the passages' quotation marks stand (see QuoteWordSpans). */
export function quoteWordSpans(records: readonly QuoteRecord[], spans: readonly (readonly QuoteSpan[])[]): QuoteWordSpans {
  const n = records.length;
  const passage = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  records.forEach((r, i) => {
    passage[i] = r.passage;
    start[i] = r.span.start;
    end[i] = r.span.end;
  });
  const spanStart = new Int32Array(spans.length + 1);
  let count = 0;
  spans.forEach((list, p) => {
    spanStart[p] = count;
    count += list.length;
  });
  spanStart[spans.length] = count;
  const open = new Int32Array(count);
  const close = new Int32Array(count);
  spans.forEach((list, p) => {
    list.forEach((s, k) => {
      open[spanStart[p]! + k] = s.open;
      close[spanStart[p]! + k] = s.close;
    });
  });
  return { passage, start, end, spanStart, open, close };
}

/**
 * Reads the quotes' words and the passages' narration from the reading of the passages, as `QuoteBook.build`
 * numbers them: every quote's words and stems in the book's order first, then the narration, passage by passage.
 */
export function readQuoteWords(passages: readonly Passage[], reading: Reading, at: QuoteWordSpans): QuoteWordTables {
  const reader = new QuoteWordReader(reading, passages);
  const n = at.passage.length;
  const quoteWords = new IntList();
  const quoteWordStart = new Int32Array(n + 1);
  const quoteStems = new IntList();
  const quoteStemStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    quoteWordStart[i] = quoteWords.length;
    reader.pushWords(at.passage[i]!, at.start[i]!, at.end[i]!, quoteWords);
    quoteStemStart[i] = quoteStems.length;
    reader.pushStems(at.passage[i]!, at.start[i]!, at.end[i]!, quoteStems);
  }
  quoteWordStart[n] = quoteWords.length;
  quoteStemStart[n] = quoteStems.length;
  // (The narration reads only where each quotation opens and closes.)
  const spans = passages.map((_, p) => {
    const list: Pick<QuoteSpan, 'open' | 'close'>[] = [];
    for (let k = at.spanStart[p]!; k < at.spanStart[p + 1]!; k++) list.push({ open: at.open[k]!, close: at.close[k]! });
    return list;
  });
  const narration = NarrationIndex.build(passages, spans, reader);
  return { reader, quoteWords: { start: quoteWordStart, values: quoteWords.toArray() }, quoteStems: { start: quoteStemStart, values: quoteStems.toArray() }, narration };
}
