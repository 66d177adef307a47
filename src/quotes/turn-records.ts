/** A transcript's turn as quote records: the turn speaker's words, less the quotations inside it credited to others. */
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';
import type { DocumentSpeakers } from './document-speakers.ts';
import type { QuoteRecord } from './quote-record.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { CUE_FORMS } from './tagged-sentence.ts';
import type { TranscriptTurn } from './transcript.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

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
    if (/[\p{L}]/u.test(text.slice(start, end))) {
      out.push({ ...turn, quote: { ...turn.quote, quote: text.slice(start, end), partial: true }, span: { ...turn.span, start, end } });
    }
    if (cut) from = Math.max(from, cut.close + 1);
  }
  return out;
}

/** Whether the document's prose writes `name` as part of a longer name ("Trump" in "Donald Trump"), or names it whole when it has two words or more. */
export function namedInProse(texts: readonly string[], name: string): boolean {
  const escaped = escapeRegExp(name);
  // Not as a label itself ("Jane Doe: ..."), which would vouch for itself.
  const tail = String.raw`(?![\p{L}])(?!\s*(?:\([^()]*\))?:)`;
  const re = /\s/u.test(name) ? sharedRegExp(`(?<![\\p{L}])${escaped}${tail}`, 'u') : sharedRegExp(`[\\p{Lu}][\\p{L}'’.-]*\\s+${escaped}${tail}`, 'u');
  return texts.some((t) => re.test(t));
}

// The words before a quote that make it the speaker's own phrase: "to use my favourite phrase, ", "in my words:",
// "as I put it, ", "I called it ", "I said then that the deal was ".
const OWN_PHRASE = /\b(?:to use|to borrow|in|to quote)\s+(?:one of\s+)?my\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:phrase|words|expression|term|formula|formulation|line|description|motto|slogan)\s*[,:]?\s*$/u;
const AS_I = /\bas I\s+(?:(?:always|often|once|like to|have|had|then)\s+)*(?:say|said|put it|call it|called it|wrote|write|told(?:\s+[\p{L}]+){1,3})(?:\s+(?:at the time|then|back then|before|once|last [\p{Ll}]+|in \d{4}))?\s*[,:]?\s*$/iu;
const I_CALLED = /(?:^|[^\p{L}'’])I\s+(?:(?:would|have|had|once|always|often|even|then|first|publicly)\s+)*(?:call|called|describe|described|term|termed|dub|dubbed)\s+(?:it|them|this|that|him|her|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:as\s+)?$/u;
const I_SAID = /(?:^|[^\p{L}'’])I\s+(?:(?:have|had|once|always|often|even|then|first|publicly)\s+)*(?:said|say|wrote|write|warned|argued|told [\p{L}]+)\b(?<tail>[^"“”.?!;]*)$/u;
// The same made of the one spoken to: "you called the relationship ", "in your words, ", "as you put it, ".
// (The auxiliary may be cut short: "You've called this ...".)
const YOU_CALLED = /(?:^|[^\p{L}'’])you(?:['’]ve|['’]d)?\s+(?:(?:have|had|once|also|then|famously|recently|publicly|yourself|even|often|always|first)\s+)*(?:said|say|called|call|described|describe|wrote|write|told [\p{L}]+|termed|dubbed|labelled|labeled|branded|warned|argued|claimed|declared|promised)\b(?<tail>[^"“”.?!;]*)$/iu;
const YOUR_PHRASE = /\b(?:in|to use)\s+your\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:phrase|words|expression|term|formula|formulation|line)\s*[,:]?\s*$|\bas you\s+(?:(?:once|have|had|then)\s+)*(?:say|said|put it|call it|called it|wrote)\s*[,:]?\s*$/iu;

/** Whether the words after a verb of saying hold another one, whose subject may be the speaker of the quote. */
function anotherCue(tail: string): boolean {
  // (A verb of saying whose subject is "I" again is the same speaker's: "what I said, and I will say it again, is
  // that "..."".)
  return tail.replace(I_AGAIN, ' ').split(/[^\p{L}'’]+/u).some((w) => CUE_FORMS.has(w.toLowerCase()));
}

// "I", perhaps an auxiliary or an adverb, and the verb after it.
const I_AGAIN = /(?:^|[^\p{L}'’])I\s+(?:(?:will|would|shall|can|must|have|had|always|once|often|then|just|repeat|again)\s+)*[\p{L}]+/gu;

/**
 * Whether the words of a turn's sentence before a quote (`before`) make it the turn speaker's own phrase: "I" as
 * the subject of the verb that frames it, or "my" owning the phrase ("to use my favourite phrase, "..."").
 */
export function ownPhraseBefore(before: string): boolean {
  if (OWN_PHRASE.test(before) || AS_I.test(before) || I_CALLED.test(before)) return true;
  // ("When I wrote about it in March, I said, "..."": the last "I" with its verb frames the quote, so the words
  // after an earlier one hold a verb of saying that is no other speaker's.)
  for (const at of [...before.matchAll(I_SUBJECT)].map((m) => m.index!).reverse()) {
    const said = I_SAID.exec(before.slice(at));
    if (said) return !anotherCue(said.groups!.tail!);
  }
  return false;
}

const SPOKEN_QUOTE_MARK = /,\s*quote\s*,?\s*$/iu;

// Where an "I" as a subject may open, for reading the last one first.
const I_SUBJECT = /(?:^|[^\p{L}'’])I\s/gu;

/**
 * Whether the words of an interviewer's sentence before a quote make it the phrase of the one interviewed:
 * "you" as the subject of the verb that frames it ("In your book you called it "..."") or "your" owning it.
 */
export function addresseePhraseBefore(before: string): boolean {
  // (A spoken "quote" set off right before the marks is the sign of the marks read out, no verb of its own:
  // "You've called it, quote, "..."".)
  before = before.replace(SPOKEN_QUOTE_MARK, ' ');
  if (YOUR_PHRASE.test(before)) return true;
  const called = YOU_CALLED.exec(before);
  return !!called && !anotherCue(called.groups!.tail!);
}
