/** A transcript's turn as quote records: the turn speaker's words, less the quotations inside it credited to others. */
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';
import type { DocumentSpeakers } from './document-speakers.ts';
import type { QuoteRecord } from './quote-record.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import type { TranscriptTurn } from './transcript.ts';

/** The quote a transcript's turn gives its speaker (none for a questioner's turn, which is speech nobody named spoke). */
export function turnRecord(p: Passage, pi: number, turn: TranscriptTurn, ds: DocumentSpeakers): QuoteRecord | null {
  if (turn.speaker === null) return null;
  const parsed = parseSpeakerPhrase(turn.speaker);
  const local = parsed ? ds.resolve(parsed, p.paragraph, turn.role ?? null, true) : null;
  if (!local) return null;
  const span: QuoteSpan = { open: turn.start - 1, close: p.text.length, start: turn.start, end: turn.end, closed: false };
  return {
    quote: { quote: p.text.slice(turn.start, turn.end), partial: false, speakerId: null, speaker: null, role: null, speech: true, sentence: p.text, citation: p.citation },
    passage: pi,
    span,
    sentenceStart: 0,
    local,
    attributedRole: null,
    sentenceInitial: true,
    paragraphInitial: turn.continued,
    own: true,
    latestBefore: null,
  };
}

/**
 * The turn speaker's own words: the turn less the quotations credited to others inside it, each stretch
 * between them that holds a word a record of its own (verbatim, so each is shown as written).
 */
export function turnPieces(turn: QuoteRecord, others: readonly QuoteSpan[], text: string): QuoteRecord[] {
  if (others.length === 0) return [turn];
  const out: QuoteRecord[] = [];
  let from = turn.span.start;
  const cuts = [...others].sort((a, b) => a.open - b.open);
  for (const cut of [...cuts, null]) {
    const to = cut ? cut.open : turn.span.end;
    let start = from;
    let end = to;
    while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
    while (end > start && /[\s,;:—–-]/u.test(text[end - 1]!)) end--;
    if (/\p{L}/u.test(text.slice(start, end))) {
      out.push({ ...turn, quote: { ...turn.quote, quote: text.slice(start, end), partial: true }, span: { ...turn.span, start, end } });
    }
    if (cut) from = Math.max(from, cut.close + 1);
  }
  return out;
}

/** Whether the document's prose writes `name` as part of a longer name ("Trump" in "Donald Trump"), or names it whole when it has two words or more. */
export function namedInProse(texts: readonly string[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Not as a label itself ("Jane Doe: ..."), which would vouch for itself.
  const tail = String.raw`(?![\p{L}])(?!\s*(?:\([^()]*\))?:)`;
  const re = /\s/u.test(name) ? new RegExp(`(?<![\\p{L}])${escaped}${tail}`, 'u') : new RegExp(`[\\p{Lu}][\\p{L}'’.-]*\\s+${escaped}${tail}`, 'u');
  return texts.some((t) => re.test(t));
}
