/**
 * A claim's words found across quotation marks: `Kim expressed his "full" support for Russia` holds "full
 * support for Russia", partly in the reporter's words and partly quoting Kim. The narration index stops a
 * phrase at a quotation and a quote holds only its own words, so such a claim is found in neither; it is
 * looked for here when it was found nowhere else, from the indexes the quote book already has: the rarest of
 * the claim's words gives the passages to look at (its narration passages and its quotes' passages), the
 * others' posting lists weed them out, and the passage's narration numbers with its quotes' numbers put back
 * where the quotations stood confirm the phrase before the text itself is read.
 */
import type { AcrossQuotes, Citation, Passage } from '../types.ts';
import type { SmallInts } from '../engine/packing.ts';
import type { QuoteSpan } from './attribution.ts';
import { safeSpans } from './extract-quotes.ts';
import type { NarrationIndex } from './narration-index.ts';
import { binaryHas, holdsPhrase } from './quote-words.ts';
import { phraseAt, wordPlaces } from './word-places.ts';

/** What the look-up needs from the quote book. */
export interface AcrossQuotesSources {
  passages: readonly Passage[];
  narration: NarrationIndex;
  /** The quotes holding word `word` (by number), in ascending order. */
  quotesWith(word: number): SmallInts;
  /** The quotes standing in passage `passage`, in ascending order (the order of their places in it). */
  quotesIn(passage: number): SmallInts;
  /** The passage quote `id` stands in. */
  passageOf(id: number): number;
  /** Quote `id`'s exact words as numbers. */
  quoteWords(id: number): SmallInts;
  /** Quote `id`: where its words stand in its passage, and whom it is credited to. */
  quote(id: number): { start: number; end: number; speaker: string | null; role: string | null };
}

/** What was found: sentences holding the words across quotation marks, and any holding them outside every quotation. */
export interface AcrossQuotesFound {
  across: AcrossQuotes[];
  narration: { text: string; citation: Citation }[];
}

/**
 * The sentences (at most `limit`) holding `words` (exact words, see `exactWords`; `ids` their numbers, -1 for
 * a word no text has) once quotation marks are read past, in passage order.
 */
export function findAcrossQuotes(words: readonly string[], ids: readonly number[], limit: number, src: AcrossQuotesSources): AcrossQuotesFound {
  const found: AcrossQuotesFound = { across: [], narration: [] };
  if (words.length === 0 || ids.some((id) => id < 0)) return found;
  const count = (w: number): number => src.narration.passagesWith(w).length + src.quotesWith(w).length;
  // The rarest word first: its passages are the ones looked at; the next rarest weed out the most.
  const [rarest, ...others] = [...new Set(ids)].sort((a, b) => count(a) - count(b));
  for (const p of passagesWith(rarest!, src)) {
    if (found.across.length + found.narration.length >= limit) break;
    if (!others.every((w) => binaryHas(src.narration.passagesWith(w), p) || src.quotesIn(p).some((q) => binaryHas(src.quotesWith(w), q)))) continue;
    const numbers = wordsAcross(p, src);
    if (numbers && !holdsPhrase(numbers, 0, numbers.length, ids)) continue;
    const hit = place(words, p, src);
    if (!hit) continue;
    if (hit.quoted.length) found.across.push(hit);
    else found.narration.push({ text: hit.text, citation: hit.citation });
  }
  return found;
}

/** The passages having word `word` in their narration or in one of their quotes, in passage order. */
function passagesWith(word: number, src: AcrossQuotesSources): SmallInts {
  const narration = src.narration.passagesWith(word);
  const quotes = src.quotesWith(word);
  if (quotes.length === 0) return narration;
  const quoted = Int32Array.from(quotes, (q) => src.passageOf(q)).sort();
  // Both lists in passage order: merged, each passage once.
  const out = new Int32Array(narration.length + quoted.length);
  let n = 0;
  let i = 0;
  let k = 0;
  while (i < narration.length || k < quoted.length) {
    const next = k >= quoted.length || (i < narration.length && narration[i]! <= quoted[k]!) ? narration[i++]! : quoted[k++]!;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.subarray(0, n);
}

/**
 * Passage `p`'s words as numbers, narration and quotes alike, each quotation's words where it stood; null when
 * its quotations and its quotes do not pair up one to one (the text is then read instead).
 */
function wordsAcross(p: number, src: AcrossQuotesSources): Int32Array | null {
  const narration = src.narration.wordsOf(p);
  const quotes = src.quotesIn(p);
  const gap = src.narration.gapWord;
  let gaps = 0;
  let length = narration.length;
  for (let k = 0; k < narration.length; k++) if (narration[k] === gap) gaps++;
  if (gaps !== quotes.length) return null;
  for (const q of quotes) length += src.quoteWords(q).length - 1;
  const out = new Int32Array(length);
  let next = 0;
  let at = 0;
  for (let k = 0; k < narration.length; k++) {
    const w = narration[k]!;
    if (w !== gap) out[at++] = w;
    else {
      const quoted = src.quoteWords(quotes[next++]!);
      out.set(quoted, at);
      at += quoted.length;
    }
  }
  return out;
}

/** The first sentence of passage `p` (else the passage) holding the words, with the quotations they run into. */
function place(words: readonly string[], p: number, src: AcrossQuotesSources): AcrossQuotes | null {
  const passage = src.passages[p]!;
  const text = passage.text;
  const stretches = passage.sentences.length ? [...passage.sentences.map((s) => [s.start, s.end] as const), [0, text.length] as const] : [[0, text.length] as const];
  for (const [from, to] of stretches) {
    const places = wordPlaces(text, from, to);
    const at = phraseAt(places.words, words);
    if (at < 0) continue;
    const spans = safeSpans(text);
    let a = places.start[at]!;
    let b = places.end[at + words.length - 1]!;
    // Words that start or end with a quotation take its mark along (`"full" support`, not `full" support`).
    for (const sp of spans) {
      if (sp.start === a && sp.open < a) a = sp.open;
      if (sp.end === b && sp.close >= b && sp.close < text.length) b = sp.close + 1;
    }
    return {
      text: text.slice(from, to),
      citation: passage.citation,
      words: text.slice(a, b),
      narrated: narrated(places, at, words.length, spans),
      quoted: quotedParts(text, a, b, spans, p, src),
    };
  }
  return null;
}

/** Whether one of the words `at ..` (n of them) stands outside every quotation. */
function narrated(places: { start: number[]; end: number[] }, at: number, n: number, spans: readonly QuoteSpan[]): boolean {
  for (let k = at; k < at + n; k++) {
    const s = places.start[k]!;
    if (!spans.some((sp) => sp.open < s && s < sp.close)) return true;
  }
  return false;
}

/** The quoted words within `text[a, b)`, quotation by quotation, each with the speaker of the quote found there. */
function quotedParts(text: string, a: number, b: number, spans: readonly QuoteSpan[], p: number, src: AcrossQuotesSources): AcrossQuotes['quoted'] {
  const out: AcrossQuotes['quoted'] = [];
  const quotes = [...src.quotesIn(p)].map((id) => src.quote(id));
  for (const span of spans) {
    const from = Math.max(a, span.start);
    const to = Math.min(b, span.end);
    if (to <= from) continue;
    const part = text.slice(from, to).trim();
    if (!part) continue;
    const q = quotes.find((x) => x.start < span.end && span.start < x.end) ?? null;
    out.push({ quote: part, speaker: q?.speaker ?? null, role: q?.role ?? null });
  }
  return out;
}
