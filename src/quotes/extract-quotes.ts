/**
 * Every direct quotation of the corpus as a record (verbatim words, fragment or full statement, speaker,
 * role, citation) and the speakers behind them: each document's paragraphs read in order, each quote's
 * attribution read by `grammar.ts` or `attribution.ts`, its speaker resolved by `document-speakers.ts`, quotes
 * with no attribution of their own continued from the quote before, and the speakers merged across documents.
 */
import { isSpace as isSpaceCode } from '../text/chars.ts';
import type { Passage, Quote, Speaker } from '../types.ts';
import {
  attributionBefore,
  isRoleAppositive,
  findQuoteSpans,
  isLabelCue,
  isPartial,
  isSpeechVerb,
  maskQuotes,
  SPEECH_VERB,
  type QuoteSpan,
} from './attribution.ts';
import { grammarAttribution } from './grammar.ts';
import { ofComplement } from './of-complement.ts';
import { appositiveName } from './appositive-name.ts';
import { creditAfterQuote } from './credit-after.ts';
import { colonSubject } from './colon-subject.ts';
import { askedBy } from './asked-by.ts';
import { frontedClause } from './fronted-clause.ts';
import { reportingSubject } from './reported-speech.ts';
import { plainAttribution, plainAttributionBefore } from './plain-attribution.ts';
import { cleanRole, DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { mergeSpeakers } from './merge-speakers.ts';
import { readingPassage } from './emphasis-marks.ts';
import { transcriptTurns, type TranscriptTurn } from './transcript.ts';
import { recordSubject } from './record-subject.ts';
import { whatCalledSubject } from './what-called.ts';
import { soCreditAfter } from './so-credit.ts';
import { asCreditAfter } from './as-credit.ts';
import { joinedSubject } from './clause-subject.ts';
import { setOffSubject } from './set-off-subject.ts';
import { reportedClauseSubject } from './reported-clause.ts';
import { relayedSpeaker } from './relayed-clause.ts';
import { parentheticalSource } from './parenthetical-credit.ts';
import { headingPhrase, isListItem } from './heading-speaker.ts';
import { workAuthor } from './work-author.ts';
import { mannerSubject, sourceByClause } from './speech-manner.ts';
import { relativeSpeaker } from './relative-speaker.ts';
import { withWordsSpeaker } from './with-words.ts';
import { lexTags } from './names.ts';
import {
  parseSpeakerPhrase,
  parseSubjectPhrase,
  type ParsedSpeaker,
  speakerWord,
  SPEAKER_NOUN,
  SPEAKER_PROPER,
} from './speaker-phrases.ts';

interface QuoteRecord {
  quote: Quote;
  passage: number;
  span: QuoteSpan;
  /** Where `quote.sentence` starts in the passage text. */
  sentenceStart: number;
  local: LocalSpeaker | null;
  attributedRole: string | null;
  sentenceInitial: boolean;
  /** Only spaces come before the opening mark in the paragraph. */
  paragraphInitial: boolean;
  /**
   * Credited by its own sentence, even to someone who could not be told ("he" with no sure antecedent):
   * such a quote is never handed the speaker of a quote nearby.
   */
  own: boolean;
  /** The last person the text named or credited before this quote was read. */
  latestBefore: LocalSpeaker | null;
  /** How the speaker was found (`DocumentSpeakers.lastPath`), for `attributionPaths`. */
  path?: string;
}

/** How each attributed quote's speaker was found, for the PolNeAR evaluation's per-path precision. */
export const attributionPaths = new WeakMap<Quote, string>();

interface Extraction {
  records: QuoteRecord[];
  speakers: Speaker[];
  /** Quote spans per passage index, for telling narration from quotation. */
  spans: QuoteSpan[][];
}

/** Every quotation in the passages, with its speaker where the text says who it is, and the speakers. */
export function extractQuotes(passages: readonly Passage[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { records, speakers } = extract(passages);
  return { quotes: records.map((r) => r.quote), speakers };
}

export function extract(original: readonly Passage[]): Extraction {
  // Read through Markdown emphasis (`**Name** says`); the records keep the original's offsets and words.
  const passages = original.map((p) => (p.text.includes('*') || p.text.includes('_') ? readingPassage(p, safeSpans(p.text)) : p));
  const records: QuoteRecord[] = [];
  const spans: QuoteSpan[][] = passages.map(() => []);
  const locals: LocalSpeaker[] = [];
  let key = 0;
  const nextKey = (): number => key++;
  const byDoc = new Map<string, number[]>();
  passages.forEach((p, i) => {
    const list = byDoc.get(p.doc) ?? [];
    list.push(i);
    byDoc.set(p.doc, list);
  });
  for (const [doc, indices] of byDoc) {
    const texts = indices.map((i) => passages[i]!.text);
    const ds = new DocumentSpeakers(doc, texts, nextKey);
    const turns = transcriptTurns(texts, (name) => namedInProse(texts, name));
    let prevLast: QuoteRecord | null = null;
    let prevEndsInQuote = false;
    let openChain: QuoteRecord[] = [];
    /** The quotes of the previous paragraph when it held nothing else (a quote standing alone, to be credited). */
    let prevBare: QuoteRecord[] = [];
    /** The speaker a paragraph of its own introduced ("He said:"), for the quote that opens the next one. */
    let introduced: LocalSpeaker | null = null;
    /** The paragraph before when it held no quote: its last sentence may report the speech a quote goes on with. */
    let prevPlain: Passage | null = null;
    /** The speaker of the document's last credited quote, so far. */
    let lastSpeaker: LocalSpeaker | null = null;
    /** The speaker a heading in capitals names, for the list items under it. */
    let listHead: ParsedSpeaker | null = null;
    for (const [n, pi] of indices.entries()) {
      const p = passages[pi]!;
      const turn = turns[n];
      if (turn) {
        // A transcript's turn is speech from its label to its end: no quote of the paragraphs around continues
        // into it or from it.
        spans[pi] = [{ open: turn.start - 1, close: p.text.length, start: turn.start, end: turn.end, closed: false }];
        // Quotations inside the turn are read as prose is: one the turn's own sentence credits to someone else
        // ("he said, "..."") is that person's, and not the turn speaker's words, even when who he is cannot be
        // told; the names the turn gives are at hand for the pronouns after it. (They are read before the turn's
        // speaker is taken as speaking, who would otherwise stand between a "he told reporters" and the
        // "Secretary Blinken" the turn named just before it.)
        const inner = safeSpans(p.text).filter((s) => s.open >= turn.start && s.end <= turn.end);
        const credited = inner.length > 0 ? readParagraph(p, pi, inner, ds, null, lastSpeaker).filter((r) => r.local || r.own) : [];
        const record = turnRecord(p, pi, turn, ds);
        if (inner.length === 0) readParagraph(p, pi, inner, ds, null, lastSpeaker);
        // The turn's speaker speaks of himself as "I": a "he" the reading gave him is someone it could not tell.
        for (const r of credited) if (record && r.local === record.local) r.local = null;
        if (record) records.push(...turnPieces(record, credited.map((r) => r.span), p.text));
        records.push(...credited);
        prevLast = null;
        prevEndsInQuote = false;
        openChain = [];
        prevBare = [];
        introduced = null;
        prevPlain = null;
        if (record?.local) lastSpeaker = record.local;
        continue;
      }
      const found = safeSpans(p.text);
      spans[pi] = found;
      if (found.length === 0 && prevBare.length && creditLine(p, prevBare, ds)) {
        prevBare = [];
        continue;
      }
      const paraRecords = readParagraph(p, pi, found, ds, prevPlain, lastSpeaker);
      const opening = paraRecords[0];
      if (introduced && opening && opening.paragraphInitial && !opening.local && !opening.own && !opening.quote.partial) {
        opening.local = introduced;
        opening.path = 'introduced by the paragraph before';
        opening.own = true;
      }
      // A list item under a heading in capitals that names a speaker (a wire's "what they said" list).
      if (listHead && isListItem(p.text)) creditListItem(p, paraRecords, listHead, ds);
      else listHead = found.length === 0 ? headingSpeaker(p.text) : null;
      // A paragraph whose quotes all stand before its last sentence may still introduce the next one:
      // `Kim told Putin he would stand "with Russia". Here's what he said:`.
      const lastSentence = p.sentences[p.sentences.length - 1];
      introduced = listHead ? null : found.length === 0 || (lastSentence && found[found.length - 1]!.close < lastSentence.start) ? introduction(p, ds) : null;
      resolveContinuations(paraRecords, prevLast, prevEndsInQuote, openChain);
      records.push(...paraRecords);
      const lastSpan = found[found.length - 1];
      const lastRecord = paraRecords[paraRecords.length - 1] ?? null;
      const tail = lastSpan ? p.text.slice(lastSpan.close + 1) : p.text;
      // A fragment counts when its own sentence credited it: `America needs leaders "who ...," Jane Doe said.`
      // then a quote opening the next paragraph goes on with her words.
      prevEndsInQuote = lastRecord !== null && lastRecord.quote.speech && (!lastRecord.quote.partial || (lastRecord.own && lastRecord.local !== null)) && (!lastSpan!.closed || !/[.!?]\s*\S/u.test(tail.replace(/^[^.!?]*[.!?]/u, '')));
      // A sentence after the credit whose subject is someone else ("..., Petrov said. Lena Vos disagreed.")
      // hands the next paragraph's quote to nobody: it may be hers.
      if (prevEndsInQuote && lastRecord?.local && ds.latest() !== lastRecord.local) prevEndsInQuote = false;
      prevLast = lastRecord && lastRecord.quote.speech ? lastRecord : null;
      openChain = lastSpan && !lastSpan.closed && lastRecord ? (lastRecord.local ? [] : [...openChain, lastRecord]) : [];
      prevBare = found.length && onlyQuotes(p.text, found) ? paraRecords.filter((r) => !r.local && !r.quote.partial) : [];
      prevPlain = found.length === 0 ? p : null;
      for (const r of paraRecords) if (r.local && r.quote.speech) lastSpeaker = r.local;
    }
    locals.push(...ds.locals);
  }
  const merged = mergeSpeakers(locals);
  for (const r of records) {
    if (!r.local) continue;
    const s = merged.byLocal.get(r.local.key);
    if (!s) continue;
    r.quote.speakerId = s.id;
    r.quote.speaker = s.name;
    r.quote.role = r.attributedRole ?? s.role;
    r.quote.speech = true;
    attributionPaths.set(r.quote, r.path ?? 'continuation');
  }
  for (const r of records) {
    const text = original[r.passage]!.text;
    if (text === passages[r.passage]!.text) continue;
    r.quote.sentence = text.slice(r.sentenceStart, r.sentenceStart + r.quote.sentence.length);
    r.quote.quote = text.slice(r.span.start, r.span.start + r.quote.quote.length);
  }
  const quoted = new Set(records.map((r) => r.quote.speakerId).filter(Boolean));
  return { records, speakers: merged.speakers.filter((s) => quoted.has(s.id)), spans };
}

/** The speaker a paragraph in capitals names ("RUSSIAN PRESIDENT VLADIMIR PUTIN"), or null. */
function headingSpeaker(text: string): ParsedSpeaker | null {
  const phrase = headingPhrase(text);
  const parsed = phrase ? parseSpeakerPhrase(phrase) : null;
  if (!parsed || parsed.type === 'pronoun') return null;
  // A person named in full, a body, or one described ("A SENIOR U.S. OFFICIAL"): never a group.
  if (parsed.type === 'name') return parsed.kind !== 'person' || /\s/u.test(parsed.name) ? parsed : null;
  return parsed.kind === 'unnamed' && !parsed.plural ? parsed : null;
}

/**
 * Credits the quotes of a list item that its own words credit to no one to the heading's speaker: a full quote
 * always, a fragment only when the item opens with a verb of speech and no subject ("Said his country would ...").
 */
function creditListItem(p: Passage, records: QuoteRecord[], head: ParsedSpeaker, ds: DocumentSpeakers): void {
  for (const r of records) {
    if (r.local || r.own) continue;
    if (r.quote.partial && !isSpeechVerb(/^\s*\S+\s+(\p{L}+)/u.exec(p.text)?.[1]?.toLowerCase() ?? '')) continue;
    r.local = ds.resolve(head, p.paragraph, null, true);
    r.path = 'heading of a list';
    r.own = true;
    r.quote.speech = true;
  }
}

/** The quote a transcript's turn gives its speaker (none for a questioner's turn, which is speech nobody named spoke). */
function turnRecord(p: Passage, pi: number, turn: TranscriptTurn, ds: DocumentSpeakers): QuoteRecord | null {
  if (turn.speaker === null) return null;
  const parsed = parseSpeakerPhrase(turn.speaker);
  const local = parsed ? ds.resolve(parsed, p.paragraph, null, true) : null;
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
function turnPieces(turn: QuoteRecord, others: readonly QuoteSpan[], text: string): QuoteRecord[] {
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
function namedInProse(texts: readonly string[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Not as a label itself ("Jane Doe: ..."), which would vouch for itself.
  const tail = String.raw`(?![\p{L}])(?!\s*(?:\([^()]*\))?:)`;
  const re = /\s/u.test(name) ? new RegExp(`(?<![\\p{L}])${escaped}${tail}`, 'u') : new RegExp(`[\\p{Lu}][\\p{L}'’.-]*\\s+${escaped}${tail}`, 'u');
  return texts.some((t) => re.test(t));
}

/**
 * The speaker a paragraph without quotes introduces when it ends in a colon after a plain attribution: "He
 * said:", "Jane Doe, a director at X, told reporters:". The quote opening the next paragraph is theirs.
 */
function introduction(p: Passage, ds: DocumentSpeakers): LocalSpeaker | null {
  if (!/:\s*$/u.test(p.text)) return null;
  const last = p.sentences[p.sentences.length - 1];
  if (!last) return null;
  // The grammar reads the sentence as if the quote stood after its colon, as it does in the next paragraph.
  const plain = plainAttributionBefore(last.text) ?? grammarBeforeColon(last.text.trimEnd());
  const parsed = plain ? parseSubjectPhrase(plain.phrase) : null;
  if (!plain || !parsed) return null;
  return ds.resolve(parsed, p.paragraph, plain.role, true);
}

/** What the grammar says of a quote standing right after `sentence` (which ends in a colon). */
function grammarBeforeColon(sentence: string): ReturnType<typeof grammarAttribution> {
  const text = `${sentence} "Quote."`;
  const open = sentence.length + 1;
  const span: QuoteSpan = { open, close: text.length - 1, start: open + 1, end: text.length - 1, closed: true };
  const read = grammarAttribution(text, [span], 0, 0, text.length);
  return read && read.via === 'before' ? read : null;
}

// A credit on a line of its own under a quote: "— Anna Weiss, analyst" (a name, then perhaps a role or affiliation).
const CREDIT_LINE = /^\s*[―—–]\s*([\p{Lu}][^,"“”«»()]{1,60}?)\s*(?:,\s*([^"“”«»]{1,80}?))?\s*$/u;

/**
 * Credits the quotes of a paragraph that held nothing but them to the name on the dash line after it, when
 * paragraph `p` is such a line. Only a person or organisation named in full counts: a dash line is no sentence.
 */
function creditLine(p: Passage, quotes: readonly QuoteRecord[], ds: DocumentSpeakers): boolean {
  const m = CREDIT_LINE.exec(p.text);
  if (!m) return false;
  const parsed = parseSpeakerPhrase(m[1]!);
  if (parsed?.type !== 'name') return false;
  const role = m[2]?.trim() || null;
  for (const r of quotes) {
    r.local = ds.resolve(parsed, p.paragraph, role, true);
    r.path = `credit line | ${ds.lastPath}`;
    r.attributedRole = cleanRole(role ?? parsed.role);
    r.own = true;
    r.quote.speech = true;
  }
  return true;
}

/** Whether a paragraph holds only its quotes (punctuation and spaces outside them). */
function onlyQuotes(text: string, spans: readonly QuoteSpan[]): boolean {
  let from = 0;
  for (const s of spans) {
    if (/[\p{L}\p{N}]/u.test(text.slice(from, s.open))) return false;
    from = s.close + 1;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(from));
}

export function safeSpans(text: string): QuoteSpan[] {
  try {
    return findQuoteSpans(text);
  } catch {
    return [];
  }
}

const APPOSITIVE_SUBJECT = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*),\s+((?:a|an|the|who|\d+)\b[^,]*|[\p{Ll}][^,_]*),\s+\p{Ll}/u;
const DESCRIBED_SUBJECT = /^((?:The|A|An|Its|His|Her|Their|[\p{Lu}][\p{L}-]*['’]s)\s+[^,_]{1,60}),\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’.-]*),\s+\p{Ll}/u;
const INTERRUPTED_DESCRIPTION = /^((?:The|A|An|One)\s+[^,_]{1,60}),\s+(?:[\p{Ll}]+ing|who)\b[^,_]{0,80},\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|warned|noted|stressed|insisted)\b/u;
/**
 * The writer's own question or interview: "I asked Jane Roe", "We spoke to Jane Roe", "I interviewed Jane Roe",
 * "When I put this to my MP, Jane Roe" (subject, then the one asked).
 */
const WRITER_ASKS = /^(?:[^,;:_]{1,80},\s+)?((?:[\p{Lu}]|we\b)[^,;:_]{0,60}?)\s+(?:asked|interviewed|put\s+(?:it|this|that|the\s+question|the\s+point)\s+to|spoke\s+(?:to|with)|wrote\s+to)\s+(?:(?:my|our)\s+[\p{L}'’-]+,\s+(?=[\p{Lu}]))?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*|(?:a|an|the|one)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)(?=[\s,.;:]|$)/u;
const TITLED_APPOSITIVE = /^((?:[\p{Lu}][\p{L}'’.-]*\s+)(?:[\p{L}'’.-]+\s+){1,9}[\p{Lu}][\p{L}'’.-]*),\s+(?:a|an|the|who)\b[^,_]*,\s+\p{Ll}/u;
const NAME_COMMA = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*,\s+[^,]*,?$/u;
// A wire dateline opens the first sentence: "Pyongyang, September 14 (KCB) -- Kim Jong Un, ...".
const DATELINE = /^[\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{L}\d.]+){0,4}\s*(?:\([^()_]{1,20}\))?\s*(?:--|—|–)\s+/u;
const LEAD_IN = /^(?:But|And|However|Meanwhile|Still|Yet|Also|Later|Earlier|So|Then|Now|Finally|Separately|Elsewhere)[,]?\s+/u;
const FRONTED_START = /^(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]pon|[Oo]ver|Throughout|Inside|Outside|Later|Earlier|Shortly|[Tt]onight|[Tt]oday)[\s,]/u;
const FRONTED = /^(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]pon|[Oo]ver|Throughout|Inside|Outside|Later|Earlier|Shortly|[Tt]onight|[Tt]oday)(?:\s[^,;:_]{1,80})?,\s+((?:[\p{Lu}]|(?:he|she|his|her|their|its|the|a|an)\s).*)$/u;
/** A copula's short predicate that ends the sentence: how someone stood on the matter ("was more blunt."). */
const STANCE = /^(?:is|was)\s+(?:(?:more|less|also|even|far|much|rather|somewhat|equally|very|just|as)\s+)*[\p{Ll}]+(?:[.:]?|\s+(?:about|over|on|of|that|whether)\s+.*)$/u;
const PERSON_NAME_TAG = /^(?:LastName|FirstName|MaleName|FemaleName)$/u;
const NOT_A_VERB = /^(?:the|a|an|of|in|to|at|on|for|with|by|from|and|or|as|than|its|their|his|her|is|was|are|were)$/u;

const TITLE_CUT = /\b(?:said|says|added|told|according to)\s+[\p{Lu}][\p{Ll}]{1,3}\.\s*$/u;

/**
 * The passage's sentences (the shared splitter's), with those that end inside a quotation joined to the next:
 * a full stop inside a quote ends no sentence of the narration.
 */
function sentencesOutsideQuotes(p: Passage, spans: readonly QuoteSpan[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  for (const s of p.sentences) {
    const last = out[out.length - 1];
    while (k < spans.length && spans[k]!.close < s.start) k++;
    // The sentence before ended inside a quote that runs on into this one: one sentence. So did one that ended
    // on a title's abbreviation the splitter does not know, after a reporting verb ("..., said Del. Jane Doe").
    if (last && k < spans.length && spans[k]!.open < last[1] && last[1] <= spans[k]!.close) last[1] = s.end;
    else if (last && TITLE_CUT.test(p.text.slice(Math.max(last[0], last[1] - 30), last[1])) && /^\s*[\p{Lu}]/u.test(p.text.slice(s.start, s.start + 3))) last[1] = s.end;
    else out.push([s.start, s.end]);
  }
  return out;
}

/** The quotes of one paragraph with their own attributions, and the subjects of its narration sentences. */
function readParagraph(p: Passage, pi: number, spans: readonly QuoteSpan[], ds: DocumentSpeakers, prevPlain: Passage | null, speakerBefore: LocalSpeaker | null): QuoteRecord[] {
  let lastSpeaker = speakerBefore;
  const text = p.text;
  const masked = maskQuotes(text, spans);
  const ranges = sentencesOutsideQuotes(p, spans);
  const out: QuoteRecord[] = [];
  let si = 0;
  // A list item's marker ("- Putin pledges ...") opens no sentence: its first sentence starts after it.
  const marker = /^\s*[-*•]\s+/u.exec(text);
  if (marker && ranges[0] && ranges[0][0] < marker[0].length && marker[0].length < ranges[0][1]) ranges[0][0] = marker[0].length;
  ranges.forEach(([rs, re], ri) => {
    ds.nextSentence(p.paragraph, masked, rs, re);
    const inSentence: QuoteSpan[] = [];
    while (si < spans.length && spans[si]!.open < re) inSentence.push(spans[si++]!);
    if (inSentence.length === 0) {
      noteSubject(masked, rs, re, p.paragraph, ds);
      return;
    }
    // A sentence that opens with its subject before a quote ("Ban Ki-moon condemned what he called a ..."):
    // the subject is at hand for a pronoun inside it.
    if (inSentence[0]!.open > rs + 1) noteSubject(masked, rs, re, p.paragraph, ds);
    for (const span of inSentence) {
      // A quote that ends its sentence with "?" or "!" may be credited in the next one: `"Why?" Graham asked.`
      const next = ranges[ri + 1];
      const grammarEnd = next && onlySpaces(masked, span.close + 1, re) ? next[1] : Math.max(re, span.close + 1);
      const record = readQuote(p, pi, span, spans, masked, rs, Math.max(re, span.close + 1), grammarEnd, ds);
      // A full sentence quoted on its own after a sentence of reported speech with no quote in it: "Carter said
      // that ... . “That's because ...”" is Carter's (in the paragraph, or ending the paragraph before).
      if (!record.local && !record.own && record.sentenceInitial && !record.quote.partial && span === inSentence[0] && !creditAfter(masked, span.close + 1, re)) {
        const before = ri > 0 ? (spans.some((s) => s.open < ranges[ri - 1]![1] && s.close >= ranges[ri - 1]![0]) ? null : { text, range: ranges[ri - 1]! }) : record.paragraphInitial && prevPlain?.sentences.length ? { text: prevPlain.text, range: lastSentence(prevPlain) } : null;
        const read = before ? reportingSubject(before.text, before.range[0], before.range[1]) : null;
        const parsed = read ? parseSubjectPhrase(read.phrase) : null;
        if (read && parsed) {
          record.local = ds.resolve(parsed, p.paragraph, read.role, true);
          record.path = `reported speech before | ${ds.lastPath}`;
          record.attributedRole = cleanRole(read.role ?? (parsed.type === 'name' ? parsed.role : null));
          record.own = true;
          record.quote.speech = true;
        } else if (before && lastSpeaker && namesOpening(before.text.slice(before.range[0], before.range[1]), lastSpeaker)) {
          // A sentence about the one who spoke last, named as its subject ("Viguerie is upbeat about ...",
          // after Viguerie's quotes), before a quote standing alone: the thread of his words goes on.
          record.local = lastSpeaker;
          record.path = 'thread: subject of the sentence before';
          record.quote.speech = true;
        }
      }
      if (record.local && record.quote.speech) lastSpeaker = record.local;
      out.push(record);
    }
  });
  return out;
}

/**
 * Whether `sentence` opens with a name of `speaker` (its surname, alone or after a title or first name) as the
 * subject of a verb that follows it: "Viguerie is upbeat about ...", "Mr. Viguerie sees ...".
 */
function namesOpening(sentence: string, speaker: LocalSpeaker): boolean {
  if (speaker.kind !== 'person') return false;
  const m = /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:also\s+|then\s+|still\s+)?(\p{Ll}+)/u.exec(sentence);
  if (!m || /['’]s?$/u.test(m[1]!) || /^(?:and|or|of|who|which|that|in|on|at|for|with)$/u.test(m[2]!)) return false;
  const last = m[1]!.split(/\s+/u).pop()!;
  return speaker.names.some((n) => n.split(/\s+/u).pop() === last);
}

/** Whether a reporting verb follows a quote in its sentence (`masked[from, to)`): a credit that could not be read. */
function creditAfter(masked: string, from: number, to: number): boolean {
  SPEECH_VERB.lastIndex = 0;
  const has = SPEECH_VERB.test(masked.slice(from, to));
  SPEECH_VERB.lastIndex = 0;
  return has;
}

/** Where the last sentence of a passage starts and ends. */
function lastSentence(p: Passage): [number, number] {
  const s = p.sentences[p.sentences.length - 1]!;
  return [s.start, s.end];
}

function readQuote(p: Passage, pi: number, span: QuoteSpan, spans: readonly QuoteSpan[], masked: string, rs: number, re: number, grammarEnd: number, ds: DocumentSpeakers): QuoteRecord {
  const text = p.text;
  const latestBefore = ds.latest();
  const words = text.slice(span.start, span.end);
  const beforeMasked = masked.slice(rs, span.open);
  const sentenceInitial = /^[\s(—–-]*$/u.test(beforeMasked);
  // The cue reads only the last 40 characters before the quote.
  // A label with the one who gave it after it is that person's words: `been called "..." by Jane Doe`.
  // "what he called "..."": the one who called it speaks, the words are no label.
  const called = sentenceInitial ? null : whatCalledSubject(masked.slice(Math.max(rs, span.open - 60), span.open));
  // (Not "the words" a named subject greeted someone with: `X met him with the words "..."` is X's speech.)
  const label = !called && !sentenceInitial && !withWordsSpeaker(beforeMasked) && isLabelCue(text.slice(Math.max(rs, span.open - 40), span.open)) && !/^\s*by\s+(?:[\p{Lu}]|the\s+[\p{Lu}])/u.test(masked.slice(span.close + 1, span.close + 12));
  const partial = label || isPartial(beforeMasked, words, sentenceInitial);
  let local: LocalSpeaker | null = null;
  let attributedRole: string | null = null;
  let own = false;
  let path: string | undefined;
  if (!label) {
    let attribution: { phrase: string; appositive: string | null } | null = null;
    let parsed: ParsedSpeaker | null = null;
    // The plainest attributions are read as they stand; the rest by the grammar of the sentence, then by the
    // older reading of the words before it.
    const inner = lastNonSpace(text, span.open + 1, span.close);
    const plain = (span.closed ? plainAttribution(masked.slice(span.close + 1, re), inner) : null) ?? plainAttributionBefore(beforeMasked);
    const calledBy = called ? parseSubjectPhrase(called) : null;
    if (called && calledBy) {
      attribution = { phrase: called, appositive: null };
      parsed = calledBy;
    }
    for (const read of attribution ? [] : [() => plain, () => grammarAttribution(text, spans, spans.indexOf(span), rs, grammarEnd)]) {
      let grammar = read();
      // A heading's "Name: 'fragment'" counts only for a name the document knows ("Summary: ..." is none).
      if (grammar?.cue === 'heading' && !ds.knowsName(grammar.phrase)) grammar = null;
      parsed = grammar ? parseSubjectPhrase(grammar.phrase) : null;
      if (grammar && parsed) {
        attribution = { phrase: grammar.phrase, appositive: grammar.role };
        break;
      }
    }
    let complement = false;
    // "Kask and Lind called them "..."": one person of several subjects does not speak alone (a group may).
    if (attribution && parsed && ((parsed.type === 'name' && parsed.kind === 'person') || (parsed.type === 'description' && !parsed.plural))) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      if (at >= rs && joinedSubject(masked.slice(rs, re), at - rs, attribution.phrase, span.open - rs)) {
        attribution = null;
        parsed = null;
        complement = true;
      }
    }
    // A phrase after "of" or "from" is the complement of the noun before it ("Jane Roe of the Armenian
    // Patriarchate told", "37 percent of Americans say"): the head of the whole phrase speaks, or nobody told.
    if (attribution && parsed) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      const read = at >= 0 ? ofComplement(masked.slice(rs, re), at - rs, attribution.phrase) : null;
      const owner = read?.owner ? parseSubjectPhrase(read.owner) : null;
      if (read) {
        complement = true;
        attribution = owner ? { phrase: read.owner!, appositive: attribution.appositive } : null;
        parsed = owner;
      }
    }
    // The older reading of the words before the quote, when the grammar found nothing. (Its reading of the
    // words after the quote was dropped: on PolNeAR's train split it gave 15 right speakers for 10 wrong.)
    if (!parsed && !sentenceInitial && !complement) {
      attribution = attributionBefore(beforeMasked);
      parsed = attribution ? parseSpeakerPhrase(attribution.phrase) : null;
    }
    // `..., chaired by Jane Roe, who opened by asking whether it was "..."`: the antecedent of "who" speaks;
    // `Jane Roe met him with a handshake and the words "..."`: the sentence's subject does.
    if (!parsed && !sentenceInitial && !complement) {
      const antecedent = relativeSpeaker(beforeMasked) ?? withWordsSpeaker(beforeMasked);
      const named = antecedent ? parseSubjectPhrase(antecedent) : null;
      if (antecedent && named?.type === 'name') {
        attribution = { phrase: antecedent, appositive: null };
        parsed = named;
      }
    }
    // A description with a name in apposition ("Florida's attorney general, Jane Roe, vowed"): the name speaks.
    // (A description the phrase reader took for a name ends in a lowercase word: "Florida's attorney general".)
    if (attribution && parsed && (parsed.type === 'description' || (parsed.type === 'name' && /(?:^|\s)[\p{Ll}]+$/u.test(attribution.phrase)))) {
      const at = phraseAt(masked, rs, re, span, attribution.phrase);
      const name = at >= 0 ? appositiveName(masked.slice(rs, re), at - rs, attribution.phrase) : null;
      const named = name ? parseSubjectPhrase(name) : null;
      if (name && named) {
        attribution = { phrase: name, appositive: attribution.appositive ?? attribution.phrase };
        parsed = named;
      }
    }
    // A quote inside a fronted clause of time or cause ("After X said ... "...," Y said") is that clause's.
    // (Only against a credit read after the quote: one read inside the clause, before the quote, stands.)
    if (attribution && parsed && phraseAt(masked, rs, re, span, attribution.phrase) > span.close) {
      const fronted = frontedClause(beforeMasked, masked.slice(span.close + 1, re), inner);
      if (fronted) {
        const subject = fronted.subject ? parseSubjectPhrase(fronted.subject) : null;
        complement = true;
        attribution = subject ? { phrase: fronted.subject!, appositive: null } : null;
        parsed = subject;
      }
    }
    // `X had told Y that ... "...", Z recalled`: the words are X's, Z only passes them on.
    if (attribution && parsed && phraseAt(masked, rs, re, span, attribution.phrase) > span.close) {
      const reporter = reportedClauseSubject(beforeMasked, masked.slice(span.close + 1, re), inner);
      const named = reporter ? parseSubjectPhrase(reporter) : null;
      if (reporter && named?.type === 'name' && named.kind === 'person') {
        attribution = { phrase: reporter, appositive: null };
        parsed = named;
      }
    }
    // `The agency reported that Kim invited Putin "..."`: the medium relays, the subject of the speech act speaks.
    if (attribution && parsed && parsed.type !== 'pronoun') {
      const relayed = relayedSpeaker(beforeMasked);
      const subject = relayed ? parseSubjectPhrase(relayed) : null;
      if (relayed && subject && subject.type !== 'pronoun' && beforeMasked.indexOf(attribution.phrase) >= 0 && beforeMasked.indexOf(attribution.phrase) < beforeMasked.indexOf(relayed)) {
        attribution = { phrase: relayed, appositive: null };
        parsed = subject;
      }
    }
    // The one asked does not speak the question: "X was asked by host Y, "...?"" is Y's, or nobody's told.
    if (attribution && parsed) {
      // (The phrase as the clause's subject: its first mention in the sentence.)
      const at = masked.indexOf(attribution.phrase, rs);
      const asked = at >= 0 && at < span.open ? askedBy(masked.slice(at + attribution.phrase.length, span.open)) : null;
      if (asked) {
        const asker = asked.asker ? parseSubjectPhrase(asked.asker) : null;
        complement = true;
        attribution = asker ? { phrase: asked.asker!, appositive: null } : null;
        parsed = asker;
      }
    }
    // A credit after the quote with words set off around the name that the grammar could not read.
    if (!parsed && !complement && span.closed && /[,?!—–-]/u.test(inner)) {
      const credit = creditAfterQuote(masked.slice(span.close + 1, re));
      const named = credit ? parseSubjectPhrase(credit.name) : null;
      if (credit && named) {
        attribution = { phrase: credit.name, appositive: credit.role };
        parsed = named;
      }
    }
    // `"...," as Cruz said on Monday`: the subject of a clause of manner after the quote gave the words.
    if (!parsed && !complement && span.closed) {
      const as = asCreditAfter(masked.slice(span.close + 1, re));
      const named = as ? parseSubjectPhrase(as) : null;
      if (as && named && named.type !== 'pronoun') {
        attribution = { phrase: as, appositive: null };
        parsed = named;
      }
    }
    // `"...," so Putin.`: a credit by "so" and no verb, as translations from German write it.
    if (!parsed && !complement && span.closed) {
      const so = soCreditAfter(masked.slice(span.close + 1, re), inner);
      const named = so ? parseSubjectPhrase(so) : null;
      if (so && named && named.type !== 'pronoun') {
        attribution = { phrase: so, appositive: null };
        parsed = named;
      }
    }
    // A full sentence quoted after a colon, the clause before it opening with a name as its subject.
    if (!parsed && !complement && /^[\p{Lu}\p{N}]/u.test(words)) {
      const name = colonSubject(beforeMasked);
      const named = name ? parseSubjectPhrase(name) : null;
      if (name && named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
        attribution = { phrase: name, appositive: null };
        parsed = named;
      }
    }
    // A name before the quote with long words set off between it and its reporting verb.
    if (!parsed && !complement && !sentenceInitial) {
      const setOff = setOffSubject(beforeMasked);
      const named = setOff ? parseSubjectPhrase(setOff.name) : null;
      if (setOff && named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
        attribution = { phrase: setOff.name, appositive: setOff.role };
        parsed = named;
      }
    }
    if (attribution && parsed) {
      own = true;
      local = ds.resolve(parsed, p.paragraph, attribution.appositive, true);
      path = ds.lastPath;
      attributedRole = cleanRole(attribution.appositive ?? (parsed.type === 'name' ? parsed.role : null));
    } else if (complement) {
      // Credited in its sentence, to someone who cannot be told: no speaker of a quote nearby is meant.
      own = true;
    } else if (span.closed && creditFollows(masked, span.close + 1, re, text.slice(span.start, span.close).replace(/[\s'’"”]+$/u, '').slice(-1))) {
      // A credit follows in the sentence but could not be read ("..., said United Auto Workers Secretary-
      // Treasurer Gary Casteel"): someone is named there, so the speaker of the quote before is not meant.
      own = true;
    }
  }
  SPEECH_VERB.lastIndex = 0;
  const speech = !label && (local !== null || !partial || SPEECH_VERB.test(masked.slice(rs, re)));
  SPEECH_VERB.lastIndex = 0;
  const [sentenceStart, sentenceEnd] = sentenceAround(p, span);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  return {
    quote: { quote: words, partial, speakerId: null, speaker: null, role: null, speech, sentence, citation: p.citation },
    passage: pi,
    span,
    sentenceStart,
    local,
    attributedRole,
    // A quote opening its sentence as its subject, the narration going on with an auxiliary (`"American Skin"
    // was written by ...`), is a title or a name, not words going on from the quote before.
    sentenceInitial: sentenceInitial && !(span.closed && !/[,?!—–-]/u.test(lastNonSpace(text, span.open + 1, span.close)) && /^\s*(?:is|was|are|were|has|had|have|will|would|became|becomes|remains)\b/u.test(masked.slice(span.close + 1, re))),
    paragraphInitial: onlySpaces(text, 0, span.open),
    own,
    latestBefore,
    path,
  };
}

/** Where the speaker phrase stands in the quote's sentence `masked[rs, re)`: the nearest before the quote, else after it; -1 if not found. */
function phraseAt(masked: string, rs: number, re: number, span: QuoteSpan, phrase: string): number {
  const before = masked.lastIndexOf(phrase, span.open);
  if (before >= rs) return before;
  const after = masked.indexOf(phrase, span.close);
  return after >= 0 && after < re ? after : -1;
}

/**
 * Whether `masked[from, to)`, the rest of a quote's sentence, holds a comma or dash and then a reporting verb
 * (`inner`: the quote's last mark inside its quotation marks, a comma there counting as the comma).
 */
function creditFollows(masked: string, from: number, to: number, inner: string): boolean {
  const after = masked.slice(from, Math.min(to, from + 300));
  // A described subject and its verb right after a quote that ends on its own comma, "?" or "!" (`"Mexico!" the
  // audience screamed back.`, `"Out!" the crowd yelled.`): someone is credited, whatever the verb.
  if (/[,?!]/u.test(inner) && DESCRIBED_CREDIT.test(after)) return true;
  // The comma may close the quote inside its marks (`"...," the editorial board writes.`).
  const comma = /[,?!]/u.test(inner) ? 0 : after.search(/[,—–―]/u);
  if (comma < 0) return false;
  SPEECH_VERB.lastIndex = 0;
  const has = SPEECH_VERB.test(after.slice(comma));
  SPEECH_VERB.lastIndex = 0;
  return has;
}

/** A description and a verb in the past or present tense: "the crowd yelled", "some protesters chanted". */
const DESCRIBED_CREDIT = /^\s*(?:the|a|an|some|one|another|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+\s+(?:[\p{Ll}]+ed|[\p{Ll}]+[^s]s|cried|told|said|sang|shouted|yelled)\b/u;

/** `text.slice(from, to).trimEnd().slice(-1)`, without the copies. */
function lastNonSpace(text: string, from: number, to: number): string {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k > from ? text[k - 1]! : '';
}

/** `text.slice(from, to).trim() === ''`, without the copy. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Where the passage's sentences that the quote stands in start and end, from the one with the opening mark to the closing one. */
function sentenceAround(p: Passage, span: QuoteSpan): [number, number] {
  const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
  let start = 0;
  let end = p.text.length;
  for (const s of sentences) if (s.start <= span.open) start = s.start;
  const last = Math.max(span.open, Math.min(span.close, p.text.length - 1));
  for (const s of sentences) {
    if (s.end > last) {
      end = s.end;
      break;
    }
  }
  return [start, Math.max(end, start)];
}

const HEADLIKE = /^(?:[\p{Lu}]|(?:official|officials|spokesman|spokeswoman|spokesperson|diplomat|diplomats|source|sources|analyst|analysts|expert|experts|researcher|researchers|officer|lawmaker|lawmakers|aide|minister|leader|leaders|president|adviser|envoy|ambassador|director|chief|commander|ministry|agency|government|office|media|military|army)$)/u;

/**
 * Records who a narration sentence (`masked[rs, re)`) is about, so that a later "he said" can point back to
 * them: the longest run of its first words that reads as a speaker and is followed by a verb-like word.
 */
function noteSubject(masked: string, rs: number, re: number, paragraph: number, ds: DocumentSpeakers): void {
  // "..., a Seoul official told me, ...": the source in the parenthesis is at hand for a later "the official".
  if (masked.includes(',', rs)) {
    const source = parentheticalSource(masked.slice(rs, re));
    const parsed = source ? parseSpeakerPhrase(source) : null;
    if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) ds.resolve(parsed, paragraph, null, false);
  }
  // Most sentences open with a word that can be no subject (a digit, a quote mark, a lowercase word that
  // is no determiner or head noun): tell them by their first character, before copying any text.
  let k = rs;
  while (k < re && isSpaceCode(masked.charCodeAt(k))) k++;
  const c0 = masked.charCodeAt(k);
  if (k === re || (c0 < 128 && !(c0 >= 65 && c0 <= 90) && !(c0 >= 97 && c0 <= 122))) return;
  // Only the first ten words are read: copy no more than twelve (a lead-in takes one).
  let s = masked.slice(k, wordsEnd(masked, k, re, 12)).trim().replace(DATELINE, '').replace(LEAD_IN, '');
  // "At the reception given in his honour, Kim Jong Un made a speech.": a fronted phrase of time or place
  // before the subject is no part of it (read over more words, as the phrase takes some).
  if (FRONTED_START.test(s)) {
    // (After a lead-in too: "Later, over lunch, he raised his glass.")
    const longer = FRONTED.exec(masked.slice(k, wordsEnd(masked, k, re, 24)).trim().replace(DATELINE, '').replace(LEAD_IN, ''));
    if (longer) s = longer[1]!.trim();
  }
  // "Later he raised his glass.", "Later, over lunch, he ...": a pronoun left first by a lead-in or a fronted
  // phrase is the subject all the same, as "He" opening the sentence would be. (PolNeAR train: 9 more right,
  // none more wrong among the judgeable; the 5 more counted wrong are gold chains giving "she" to a man or
  // a statement to another, read by hand.)
  // (So is a description: "Finally tonight, his sister, Mari Tamm, was seen ...".)
  if (/^(?:he|she|his|her|their|its|the|a|an)\s/u.test(s)) s = s.charAt(0).toUpperCase() + s.slice(1);
  // "Sen. David Perdue (R-Ga.) said ...": a party tag, state or age in parentheses after a name is no part
  // of the subject and does not end it.
  if (s.includes('(')) s = s.replace(/(?<=[\p{Lu}][\p{L}.'’-]*)\s*\([^()_]{1,25}\)/u, '');
  // "I asked Jane Roe, the harbour master, whether ...": the one the writer puts a question to answers next
  // ("'...,' she replied"), so she is at hand for that pronoun as a subject would be.
  // (After a fronted clause too: "To learn more, we spoke to Jane Roe, a fellow at ...".)
  const asked = WRITER_ASKS.exec(masked.slice(k, wordsEnd(masked, k, re, 24)).trim().replace(LEAD_IN, ''));
  // (In a clause of time too: "When I asked Jane Roe ..., she smiled.")
  if (asked && /^(?:(?:When|After|As|Once)\s+)?(?:I|We|we)$/u.test(asked[1]!)) {
    const parsed = parseSpeakerPhrase(asked[2]!);
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name))) {
      ds.resolve(parsed, paragraph, null, false);
      return;
    }
    // Or a description of a person, its longest opening that reads as one: "When I asked a Russian official
    // what Moscow wanted, he smiled."
    const words = asked[2]!.split(/\s+/u);
    if (/^(?:a|an|the|one)$/iu.test(words[0]!)) {
      for (let n = words.length; n >= 2; n--) {
        const described = parseSpeakerPhrase(words.slice(0, n).join(' '));
        if (described?.type === 'description' && described.kind === 'unnamed' && !described.plural) {
          ds.resolve(described, paragraph, null, false);
          return;
        }
      }
    }
  }
  // "A retired general, who ..., put it bluntly.": one described, set up to speak next; so is one a relative
  // clause shows speaking to the writer ("belongs to a Russian diplomat, who spoke to us ...").
  const manner = mannerSubject(masked.slice(k, re)) ?? sourceByClause(masked.slice(k, re));
  const mannered = manner ? parseSpeakerPhrase(manner) : null;
  if (mannered?.type === 'description' && mannered.kind === 'unnamed' && !mannered.plural) {
    const s = ds.resolve(mannered, paragraph, null, false);
    if (s) s.setUpToSpeak = true;
    return;
  }
  // "A sharp essay by Jane Roe argues ...": the author is who the sentence has speak.
  const author = workAuthor(s);
  const byAuthor = author ? parseSpeakerPhrase(author) : null;
  if (byAuthor?.type === 'name' && byAuthor.kind === 'person' && /\s/u.test(byAuthor.name)) {
    ds.resolve(byAuthor, paragraph, null, false);
    return;
  }
  const words = s.split(/\s+/u, 10);
  const first = words[0] ?? '';
  if (!startsUpper(first) && !/^(?:a|an|the|some|many|several|two|three)$/iu.test(first) && !HEADLIKE.test(first)) return;
  // "X and Y met ...": several people; a pronoun right after it is ambiguous.
  for (let i = 1; i < words.length; i++) {
    if (!startsLower(words[i]!)) continue;
    if (words[i] === 'and') {
      ds.ambiguous();
      return;
    }
    break;
  }
  // "Mark Bryant, a fellow at ..., was more cautious.": the name before an appositive set off by commas.
  // The appositive may run past the words read so far ("Kim Jong Un, general secretary of the Workers' Party
  // of Korea and ..., held talks"): read on then, as its role ties a later "the general secretary" to him.
  // "The South Korean foreign minister, Park Jin, warned ...": a description, then the name it gives; the
  // description is the person's role, for a later "the minister".
  const described = DESCRIBED_SUBJECT.exec(s);
  if (described) {
    const desc = parseSpeakerPhrase(described[1]!);
    const parsed = parseSpeakerPhrase(described[2]!);
    if (desc?.type === 'description' && desc.kind === 'unnamed' && !desc.plural && parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) {
      ds.resolve(parsed, paragraph, described[1]!.replace(/^(?:the|a|an|its|his|her|their)\s+/iu, ''), false);
      return;
    }
  }
  // "A senior defence official, speaking on condition of anonymity, said ...": a description set off from its
  // verb by a participle's clause is the subject all the same, for a later "the official said".
  const interrupted = INTERRUPTED_DESCRIPTION.exec(masked.slice(k, wordsEnd(masked, k, re, 30)).trim().replace(DATELINE, '').replace(LEAD_IN, ''));
  if (interrupted) {
    const desc = parseSpeakerPhrase(interrupted[1]!);
    if (desc?.type === 'description' && desc.kind === 'unnamed' && !desc.plural) {
      ds.resolve(desc, paragraph, null, false);
      return;
    }
  }
  // "Speaking in exercise of the right of reply, KIM SONG (Estmark) said", "Jane Roe, Assistant
  // Secretary-General for ..., said": the person a meetings record names as the subject.
  const recorded = recordSubject(masked.slice(k, wordsEnd(masked, k, re, 30)).trim().replace(DATELINE, '').replace(LEAD_IN, ''));
  if (recorded) {
    const parsed = parseSpeakerPhrase(recorded.name);
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) {
      ds.resolve(parsed, paragraph, recorded.role, false);
      return;
    }
  }
  const appositive = APPOSITIVE_SUBJECT.exec(s) ?? (NAME_COMMA.test(s) ? APPOSITIVE_SUBJECT.exec(masked.slice(k, wordsEnd(masked, k, re, 30)).trim().replace(DATELINE, '').replace(LEAD_IN, '')) : null);
  if (appositive) {
    const parsed = parseSpeakerPhrase(appositive[1]!);
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name))) {
      const role = appositive[2]!.trim();
      ds.resolve(parsed, paragraph, /^(?:who|\d)/u.test(role) || !isRoleAppositive(role) ? null : role, false);
      return;
    }
  }
  // "U.S. Ambassador to the United Nations Linda Greenfield, who spoke after Kirby, said ...": a title holding
  // lowercase words ("to the") before the name and its appositive; the phrase must read as a person's full name.
  const titled = TITLED_APPOSITIVE.exec(masked.slice(k, wordsEnd(masked, k, re, 30)).trim().replace(DATELINE, '').replace(LEAD_IN, ''));
  if (titled) {
    const parsed = parseSpeakerPhrase(titled[1]!);
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) && parsed.role) {
      ds.resolve(parsed, paragraph, null, false);
      return;
    }
  }
  // The longest candidate wins: find where the subject must end, then try the longest first.
  let limit = 0;
  for (let n = 1; n <= Math.min(9, words.length - 1); n++) {
    const last = words[n - 1]!;
    if (/[,;:()]/u.test(last.slice(0, -1)) || /[,;:]$/u.test(last)) break;
    limit = n;
  }
  // Whether words[0, n) can be read as a speaker at all: all proper words so far, or a noun among them.
  let properUpTo = 0;
  let nounFrom = limit + 1;
  for (let i = 0; i < limit; i++) {
    const f = speakerWord(words[i]!, i);
    if ((f & SPEAKER_PROPER) !== 0 && properUpTo === i) properUpTo = i + 1;
    if ((f & SPEAKER_NOUN) !== 0 && nounFrom > limit) nounFrom = i + 1;
  }
  for (let n = limit; n >= 1; n--) {
    if (n > properUpTo && n < nounFrom) continue;
    const last = words[n - 1]!;
    const next = words[n]!;
    // "Ivan Petrov was more blunt.", "Novak was cautious.": a copula and a short stance ending the sentence
    // makes the name its subject, the one a "she said" after it may mean.
    const stance = /^(?:is|was)$/u.test(next) && STANCE.test(words.slice(n).join(' '));
    if (!startsLower(next) || (NOT_A_VERB.test(next) && !stance) || !HEADLIKE.test(last)) continue;
    const parsed = parseSpeakerPhrase(words.slice(0, n).join(' '));
    if (!parsed) continue;
    if (parsed.type === 'pronoun') {
      // "He then ...": the sentence is about whoever "he" is, which keeps him at hand for the next pronoun.
      if (n === 1 && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) ds.resolve(parsed, paragraph, null, false);
      continue;
    }
    // A surname alone stands for a person when the document names them in full, or the lexicon knows it as a
    // person's name ("Novak", not "Moscow").
    if (parsed.type === 'name' && parsed.kind === 'person' && !/\s/u.test(parsed.name) && !parsed.role && !ds.knowsName(parsed.name) && !lexTags(parsed.name).some((g) => PERSON_NAME_TAG.test(g))) continue;
    ds.resolve(parsed, paragraph, null, false);
    return;
  }
}

/** Where the `count`-th run of non-space characters from `from` ends (`to` if there are fewer). */
function wordsEnd(text: string, from: number, to: number, count: number): number {
  let k = from;
  for (let n = 0; n < count; n++) {
    while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
    if (k === to) return to;
    while (k < to && !isSpaceCode(text.charCodeAt(k))) k++;
  }
  return k;
}

/** `/^[\p{Lu}]/u`, without the regular expression for ASCII. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(w);
}

/** `/^[\p{Ll}]/u`, without the regular expression for ASCII. */
function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^[\p{Ll}]/u.test(w);
}

/**
 * Quotes with no attribution of their own: a full sentence in quotation marks continues the speaker of the
 * quote before it in the paragraph, else takes the speaker named by a later quote of the paragraph when the
 * paragraph has only one, else (first thing in its paragraph) the speaker of the quote that ended the
 * paragraph before. A quote left open at a paragraph's end and continued in the next takes its speaker from
 * wherever the chain names one.
 */
function resolveContinuations(para: QuoteRecord[], prevLast: QuoteRecord | null, prevEndsInQuote: boolean, openChain: QuoteRecord[]): void {
  const speakersHere = new Set(para.filter((r) => r.own && r.local).map((r) => r.local));
  for (let i = 0; i < para.length; i++) {
    const r = para[i]!;
    if (r.local || r.own || !r.quote.speech || r.quote.partial || !r.sentenceInitial) continue;
    let earlier: QuoteRecord | null = null;
    let untold = false;
    for (let j = i - 1; j >= 0; j--) {
      const p = para[j]!;
      // The quote before has a credit of its own that could not be told ('"...," she said. "..."' with no sure
      // "she"): this one continues it, not a speaker further back.
      if (!p.local && p.own && p.quote.speech) untold = true;
      if (untold || (p.local && p.quote.speech)) {
        earlier = untold ? null : p;
        break;
      }
    }
    if (untold) continue;
    // Someone else named or credited between ("..., Petrov said. Lena Vos disagreed. '...'"): not his, maybe hers.
    if (earlier && r.latestBefore !== earlier.local) continue;
    if (earlier) {
      r.local = earlier.local;
      r.path = 'continuation: quote before in the paragraph';
    } else if (i === 0 && r.paragraphInitial && prevLast?.local && prevEndsInQuote) {
      r.local = prevLast.local;
      r.path = 'continuation: paragraph before';
    } else if (speakersHere.size === 1) {
      r.path = 'continuation: later quote of the paragraph';
      // Not across someone else named between this quote and the credited one ('"..." Vos disagreed. "...,"
      // Petrov said.'): the first may be hers.
      const credited = para.find((x, j) => j > i && x.own && x.local);
      if (!credited || credited.latestBefore === r.latestBefore || credited.latestBefore === credited.local) r.local = [...speakersHere][0]!;
    }
  }
  const first = para[0];
  if (first && openChain.length && first.paragraphInitial && first.local) {
    for (const r of openChain) {
      r.local = first.local;
      r.path = 'continuation: open chain';
    }
  }
}
