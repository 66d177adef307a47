/**
 * Every direct quotation of the corpus as a record (verbatim words, fragment or full statement, speaker,
 * role, citation), the speakers behind them, and the look-ups on top: who said some words, what a speaker
 * said, who the speakers are.
 */
import { stemmer } from 'stemmer';
import { baseForm } from '../text/terms.ts';
import { isSpace as isSpaceCode } from '../text/chars.ts';
import { FNV_OFFSET, FNV_PRIME, fnv1a as wordHash } from '../text/hash.ts';
import { IntList } from '../collections/int-list.ts';
import type { Document, Passage, Quote, QuotesAnswer, Speaker, SpeakersAnswer, WhoSaidAnswer } from '../types.ts';
import { answerClaim, type FoundWords } from './who-said.ts';
import {
  attributionAfter,
  attributionBefore,
  isRoleAppositive,
  findQuoteSpans,
  isLabelCue,
  isPartial,
  maskQuotes,
  sentenceRanges,
  SPEECH_VERB,
  type QuoteSpan,
} from './attribution.ts';
import { grammarAttribution, plainAttribution, plainAttributionBefore } from './grammar.ts';
import { cleanRole, DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { mergeSpeakers } from './merge-speakers.ts';
import { SpeakerDirectory, type SpeakerDirectorySnapshot } from './speaker-directory.ts';
import {
  parseSpeakerPhrase,
  parseSubjectPhrase,
  type ParsedSpeaker,
  speakerWord,
  SPEAKER_NOUN,
  SPEAKER_PROPER,
} from './speaker-phrases.ts';
import {
  flattenLists,
  invertedLengths,
  invertLists,
  listAt,
  packedLengths,
  packLists,
  packStrings,
  smallestInts,
  startsOf,
  unpackLists,
  unpackStrings,
  type FlatLists,
  type PackedLists,
  type PackedStrings,
  type SmallInts,
} from '../engine/packing.ts';

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
}

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

function extract(passages: readonly Passage[]): Extraction {
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
    const ds = new DocumentSpeakers(doc, indices.map((i) => passages[i]!.text), nextKey);
    let prevLast: QuoteRecord | null = null;
    let prevEndsInQuote = false;
    let openChain: QuoteRecord[] = [];
    /** The quotes of the previous paragraph when it held nothing else (a quote standing alone, to be credited). */
    let prevBare: QuoteRecord[] = [];
    for (const pi of indices) {
      const p = passages[pi]!;
      const found = safeSpans(p.text);
      spans[pi] = found;
      if (found.length === 0 && prevBare.length && creditLine(p, prevBare, ds)) {
        prevBare = [];
        continue;
      }
      const paraRecords = readParagraph(p, pi, found, ds);
      resolveContinuations(paraRecords, prevLast, prevEndsInQuote, openChain);
      records.push(...paraRecords);
      const lastSpan = found[found.length - 1];
      const lastRecord = paraRecords[paraRecords.length - 1] ?? null;
      const tail = lastSpan ? p.text.slice(lastSpan.close + 1) : p.text;
      prevEndsInQuote = lastRecord !== null && lastRecord.quote.speech && !lastRecord.quote.partial && (!lastSpan!.closed || !/[.!?]\s*\S/u.test(tail.replace(/^[^.!?]*[.!?]/u, '')));
      prevLast = lastRecord && lastRecord.quote.speech ? lastRecord : null;
      openChain = lastSpan && !lastSpan.closed && lastRecord ? (lastRecord.local ? [] : [...openChain, lastRecord]) : [];
      prevBare = found.length && onlyQuotes(p.text, found) ? paraRecords.filter((r) => !r.local && !r.quote.partial) : [];
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
  }
  const quoted = new Set(records.map((r) => r.quote.speakerId).filter(Boolean));
  return { records, speakers: merged.speakers.filter((s) => quoted.has(s.id)), spans };
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

function safeSpans(text: string): QuoteSpan[] {
  try {
    return findQuoteSpans(text);
  } catch {
    return [];
  }
}

const APPOSITIVE_SUBJECT = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*),\s+((?:a|an|the|who|\d+)\b[^,]*|[\p{Ll}][^,_]*),\s+\p{Ll}/u;
const NAME_COMMA = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*,\s+[^,]*$/u;
// A wire dateline opens the first sentence: "Pyongyang, September 14 (KCB) -- Kim Jong Un, ...".
const DATELINE = /^[\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{L}\d.]+){0,4}\s*(?:\([^()_]{1,20}\))?\s*(?:--|—|–)\s+/u;
const LEAD_IN = /^(?:But|And|However|Meanwhile|Still|Yet|Also|Later|Earlier|So|Then|Now)[,]?\s+/u;
const FRONTED_START = /^(?:At|In|On|During|After|Before|Upon|Throughout|Inside|Outside|Later|Earlier|Shortly)\s/u;
const FRONTED = /^(?:At|In|On|During|After|Before|Upon|Throughout|Inside|Outside|Later|Earlier|Shortly)\s[^,;:_]{1,80},\s+((?:[\p{Lu}]|(?:he|she)\s).*)$/u;
const NOT_A_VERB = /^(?:the|a|an|of|in|to|at|on|for|with|by|from|and|or|as|than|its|their|his|her|is|was|are|were)$/u;

/** The quotes of one paragraph with their own attributions, and the subjects of its narration sentences. */
function readParagraph(p: Passage, pi: number, spans: readonly QuoteSpan[], ds: DocumentSpeakers): QuoteRecord[] {
  const text = p.text;
  const masked = maskQuotes(text, spans);
  const ranges = sentenceRanges(masked);
  const out: QuoteRecord[] = [];
  let si = 0;
  ranges.forEach(([rs, re], ri) => {
    ds.nextSentence(p.paragraph, masked, rs, re);
    const inSentence: QuoteSpan[] = [];
    while (si < spans.length && spans[si]!.open < re) inSentence.push(spans[si++]!);
    if (inSentence.length === 0) {
      noteSubject(masked, rs, re, p.paragraph, ds);
      return;
    }
    for (const span of inSentence) {
      // A quote that ends its sentence with "?" or "!" may be credited in the next one: `"Why?" Graham asked.`
      const next = ranges[ri + 1];
      const grammarEnd = next && onlySpaces(masked, span.close + 1, re) ? next[1] : Math.max(re, span.close + 1);
      out.push(readQuote(p, pi, span, spans, masked, rs, Math.max(re, span.close + 1), grammarEnd, ds));
    }
  });
  return out;
}

function readQuote(p: Passage, pi: number, span: QuoteSpan, spans: readonly QuoteSpan[], masked: string, rs: number, re: number, grammarEnd: number, ds: DocumentSpeakers): QuoteRecord {
  const text = p.text;
  const words = text.slice(span.start, span.end);
  const beforeMasked = masked.slice(rs, span.open);
  const sentenceInitial = /^[\s(—–-]*$/u.test(beforeMasked);
  // The cue reads only the last 40 characters before the quote.
  const label = !sentenceInitial && isLabelCue(text.slice(Math.max(rs, span.open - 40), span.open));
  const partial = label || isPartial(beforeMasked, words, sentenceInitial);
  let local: LocalSpeaker | null = null;
  let attributedRole: string | null = null;
  let own = false;
  if (!label) {
    let attribution: { phrase: string; appositive: string | null } | null = null;
    let parsed: ParsedSpeaker | null = null;
    // The plainest attributions are read as they stand; the rest by the grammar of the sentence, then by the
    // older reading of the words around the quote.
    const inner = lastNonSpace(text, span.open + 1, span.close);
    const plain = (span.closed ? plainAttribution(masked.slice(span.close + 1, re), inner) : null) ?? plainAttributionBefore(beforeMasked);
    for (const read of [() => plain, () => grammarAttribution(text, spans, spans.indexOf(span), rs, grammarEnd)]) {
      const grammar = read();
      parsed = grammar ? parseSubjectPhrase(grammar.phrase) : null;
      if (grammar && parsed) {
        attribution = { phrase: grammar.phrase, appositive: grammar.role };
        break;
      }
    }
    if (!parsed && span.closed) attribution = attributionAfter(masked.slice(span.close + 1, re), inner);
    if (!parsed) parsed = attribution ? parseSpeakerPhrase(attribution.phrase) : null;
    if (!parsed && !sentenceInitial) {
      attribution = attributionBefore(beforeMasked);
      parsed = attribution ? parseSpeakerPhrase(attribution.phrase) : null;
    }
    if (attribution && parsed) {
      own = true;
      local = ds.resolve(parsed, p.paragraph, attribution.appositive, true);
      attributedRole = cleanRole(attribution.appositive ?? (parsed.type === 'name' ? parsed.role : null));
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
    sentenceInitial,
    paragraphInitial: onlySpaces(text, 0, span.open),
    own,
  };
}

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
    const longer = FRONTED.exec(masked.slice(k, wordsEnd(masked, k, re, 24)).trim());
    if (longer) s = longer[1]!.trim();
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
  const appositive = APPOSITIVE_SUBJECT.exec(s) ?? (NAME_COMMA.test(s) ? APPOSITIVE_SUBJECT.exec(masked.slice(k, wordsEnd(masked, k, re, 30)).trim().replace(DATELINE, '').replace(LEAD_IN, '')) : null);
  if (appositive) {
    const parsed = parseSpeakerPhrase(appositive[1]!);
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name))) {
      const role = appositive[2]!.trim();
      ds.resolve(parsed, paragraph, /^(?:who|\d)/u.test(role) || !isRoleAppositive(role) ? null : role, false);
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
    if (!startsLower(next) || NOT_A_VERB.test(next) || !HEADLIKE.test(last)) continue;
    const parsed = parseSpeakerPhrase(words.slice(0, n).join(' '));
    if (!parsed) continue;
    if (parsed.type === 'pronoun') {
      // "He then ...": the sentence is about whoever "he" is, which keeps him at hand for the next pronoun.
      if (n === 1 && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) ds.resolve(parsed, paragraph, null, false);
      continue;
    }
    if (parsed.type === 'name' && parsed.kind === 'person' && !/\s/u.test(parsed.name) && !parsed.role && !ds.knowsName(parsed.name)) continue;
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
    for (let j = i - 1; j >= 0; j--) if (para[j]!.local && para[j]!.quote.speech) {
      earlier = para[j]!;
      break;
    }
    if (earlier) r.local = earlier.local;
    else if (i === 0 && r.paragraphInitial && prevLast?.local && prevEndsInQuote) r.local = prevLast.local;
    else if (speakersHere.size === 1) r.local = [...speakersHere][0]!;
  }
  const first = para[0];
  if (first && openChain.length && first.paragraphInitial && first.local) {
    for (const r of openChain) r.local = first.local;
  }
}

// ---------- matching words ----------

const STOP = new Set(
  'a an the and or but of in on at to for with by from as is are was were be been being it its this that these those i we you he she they me us him her them my our your his their there here what which who whom do does did have has had not no so if then than too very can could will would shall should may might must just also about into over s t'.split(
    ' ',
  ),
);

// Quotes are matched on every word, auxiliaries included (search drops them as stop words): their base
// forms, and the stems "won't" and "can't" leave behind, on top of the irregular forms search knows.
const AUXILIARIES: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', had: 'have', has: 'have', did: 'do', does: 'do', done: 'do',
  shown: 'show', wo: 'will', ca: 'can',
};

/** A word's base form for close matching. */
function base(word: string): string {
  return own(AUXILIARIES, word) ?? baseForm(word);
}

function baseWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'");
}

/** Words for exact matching: case, accents and punctuation ignored, apostrophes dropped ("that's" → "thats"). */
export function exactWords(s: string): string[] {
  return baseWords(s).replace(/'/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// Contractions typed without their apostrophe ("thats why weve come"), read as the contraction would be.
const BARE_CONTRACTIONS: Record<string, string> = {
  thats: 'that', weve: 'we', ive: 'i', youve: 'you', theyve: 'they', im: 'i', youre: 'you', theyre: 'they',
  hes: 'he', whats: 'what', lets: 'let', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not',
  wont: 'will not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not',
  hasnt: 'has not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', theres: 'there',
  youll: 'you', theyll: 'they', itll: 'it', theyd: 'they',
};

/** Words for close matching: contractions split, irregular verbs to their base form, then Porter stems. */
export function closeWords(s: string): string[] {
  const out: string[] = [];
  if (!closeWordsByRun(s, out)) closeWordsOf(s, out);
  return out;
}

function closeWordsOf(s: string, out: string[]): void {
  const t = baseWords(s).replace(/n't\b/gu, ' not').replace(/'(?:s|ve|ll|re|d|m)\b/gu, ' ').replace(/'/gu, '');
  for (const raw of t.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    let stems = closeStems.get(raw);
    if (!stems) {
      stems = (own(BARE_CONTRACTIONS, raw) ?? raw).split(' ').map((w) => stemmer(base(w)));
      // Stemming is the costly part and quotes repeat their words: remember them, within bounds.
      if (closeStems.size >= 200_000) closeStems.clear();
      closeStems.set(raw, stems);
    }
    for (const st of stems) out.push(st);
  }
}

/**
 * `closeWordsOf` run by run of letters, digits and apostrophes, each run's words remembered. The same words:
 * in text of ASCII and the punctuation `pushWordIds` knows, every replacement stays inside one run (the
 * character after a run is never a word character for `\b`, "_" aside, which sends the text the long way).
 * False, with nothing pushed, for any other text. With `numbering`, pushes stem numbers to `numbering.out` instead.
 */
function closeWordsByRun(s: string, out: string[], numbering?: StemNumbering): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 || (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0)) return false;
  }
  let k = 0;
  while (k < s.length) {
    if (!isWordChar(s.charCodeAt(k))) {
      k++;
      continue;
    }
    const from = k;
    while (k < s.length && isWordChar(s.charCodeAt(k))) k++;
    const run = s.slice(from, k);
    if (numbering) {
      let numbers = numbering.runIds.get(run);
      if (!numbers) {
        const found: string[] = [];
        closeWordsOf(run, found);
        numbers = Int32Array.from(found, numbering.stemId);
        numbering.runIds.set(run, numbers);
      }
      for (let j = 0; j < numbers.length; j++) numbering.out.push(numbers[j]!);
      continue;
    }
    let stems = closeRuns.get(run);
    if (!stems) {
      const found: string[] = [];
      closeWordsOf(run, found);
      stems = found;
      if (closeRuns.size >= 200_000) closeRuns.clear();
      closeRuns.set(run, stems);
    }
    for (const st of stems) out.push(st);
  }
  return true;
}

const closeRuns = new Map<string, readonly string[]>();

/**
 * `closeWords(s).map(stemId)` pushed to `out`, each run of the text numbered once per build: a corpus's
 * quotes repeat their words, and a run's numbers are those of its stems when first met.
 */
function closeStemIds(s: string, stemId: (stem: string) => number, runIds: Map<string, Int32Array>, out: IntList): void {
  const found: string[] = [];
  if (!closeWordsByRun(s, found, { stemId, runIds, out })) {
    closeWordsOf(s, found);
    for (const st of found) out.push(stemId(st));
  }
}

/** Numbering stems instead of listing them: `runIds` remembers each run's numbers (they belong to `stemId`). */
interface StemNumbering {
  stemId: (stem: string) => number;
  runIds: Map<string, Int32Array>;
  out: IntList;
}
const closeStems = new Map<string, readonly string[]>();

const STOP_STEMS = new Set([...STOP].map((w) => stemmer(base(w))));

/** A table's own entry only: typed words such as "constructor" must not reach Object.prototype. */
function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

// Words are indexed by a 32-bit hash of their exact form, without making a string of each word of the
// corpus. Two words may share a hash: a hit on hashes is confirmed on the words themselves before it counts.

/** Word hashes to small dense numbers (open addressing on typed arrays: no object per word). */
class HashIds {
  private slots: Int32Array;
  private keys: Int32Array;
  /** The hash of each number, in order. */
  hashes: Int32Array;
  size = 0;

  constructor(hashes: Int32Array = new Int32Array(0)) {
    let capacity = 1 << 12;
    while (capacity < hashes.length * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    this.hashes = new Int32Array(Math.max(1024, hashes.length));
    for (const h of hashes) this.id(h);
  }

  /** A copy that can grow without changing this one. */
  clone(): HashIds {
    return new HashIds(this.hashes.slice(0, this.size));
  }

  /** The number of a hash, given a new one if the hash is new. */
  id(h: number): number {
    const mask = this.slots.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) break;
      if (this.keys[i] === h) return v - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    if (id === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = h;
    this.slots[i] = id + 1;
    this.keys[i] = h;
    if (this.size * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The number of a hash, or -1 when no word has it. */
  find(h: number): number {
    const mask = this.slots.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) return -1;
      if (this.keys[i] === h) return v - 1;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      const h = this.hashes[id]!;
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = id + 1;
      this.keys[i] = h;
    }
  }
}

/**
 * Pushes the numbers of the words of `text[from, to)` (the words `exactWords` gives) to `out`. ASCII letters
 * and digits are words (lower-cased), apostrophes join, other ASCII separates, and so do curly quotes, dashes,
 * the ellipsis and the no-break space (NFKD makes none of them a letter). A text with any other character
 * goes through `exactWords`, which knows Unicode.
 */
function pushWordIds(text: string, from: number, to: number, ids: HashIds, out: IntList): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0) {
      for (const w of exactWords(text.slice(from, to))) out.push(ids.id(wordHash(w)));
      return;
    }
  }
  let k = from;
  while (k < to) {
    let c = text.charCodeAt(k);
    if (!isWordChar(c)) {
      k++;
      continue;
    }
    let h = FNV_OFFSET;
    let length = 0;
    while (k < to && isWordChar((c = text.charCodeAt(k)))) {
      k++;
      if (c === 39 || c === 96 || c === 0x2018 || c === 0x2019) continue;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      length++;
    }
    if (length > 0) out.push(ids.id(h));
  }
}

/** Letters, digits and the apostrophes that join a word, among the characters `pushWordIds` reads. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
}

/** A text's exact words as one string, spaced at both ends, for a phrase test by `includes`. */
function spacedWords(text: string): string {
  return ` ${exactWords(text).join(' ')} `;
}

/** Whether `seq[from..to)` holds `phrase` as consecutive words. */
function holdsPhrase(seq: SmallInts, from: number, to: number, phrase: readonly number[]): boolean {
  const n = phrase.length;
  const first = phrase[0]!;
  for (let i = from; i + n <= to; i++) {
    if (seq[i] !== first) continue;
    let k = 1;
    while (k < n && seq[i + k] === phrase[k]) k++;
    if (k === n) return true;
  }
  return false;
}

function binaryHas(list: ArrayLike<number>, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The narration index as plain data: each passage's narration words, and how many passages have each word. */
export interface NarrationSnapshot {
  words: PackedLists;
  postingLengths: SmallInts;
}

/** The narration of every passage (its words outside quotes) as word numbers. */
interface NarrationData {
  /** Passage i's words: `words.values[words.start[i]] ..` (kept as the snapshot has them: no copy). */
  words: { start: Int32Array; values: SmallInts };
  /** How many words were numbered when the index was made: its words are those below. */
  size: number;
  /** How many passages have each word, when known from a snapshot. */
  postingLengths: SmallInts | null;
}

/**
 * The narration of passages (text outside quotes), indexed by word, for "who said" answers that nobody said.
 * Words are numbers of their hashes (HashIds): a phrase is a run of numbers in a passage's narration, confirmed
 * on the passage's words.
 */
class NarrationIndex {
  /**
   * Word w's passages, in passage order; made at the first look-up, not with the index: building or restoring
   * the engine need not wait for lists that only "who said" questions about narration read.
   */
  private postingLists: FlatLists | null = null;

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly ids: HashIds,
    private readonly data: NarrationData,
  ) {}

  /** Reads the narration of every passage, numbering new word hashes in `ids`. */
  static build(passages: readonly Passage[], spans: readonly (readonly QuoteSpan[])[], ids: HashIds): NarrationIndex {
    const start = new Int32Array(passages.length + 1);
    const tokens = new IntList();
    passages.forEach((p, i) => {
      start[i] = tokens.length;
      const found = spans[i] ?? [];
      if (found.length === 0) pushWordIds(p.text, 0, p.text.length, ids, tokens);
      else {
        const narrated = narrationOf(p.text, found, 0, p.text.length);
        pushWordIds(narrated, 0, narrated.length, ids, tokens);
      }
    });
    start[passages.length] = tokens.length;
    const values = tokens.data;
    return new NarrationIndex(passages, ids, { words: { start, values }, size: ids.size, postingLengths: null });
  }

  /** The index again from `toSnapshot()` data: the word lists as they are, the posting lists filled from them. */
  static fromSnapshot(data: NarrationSnapshot, passages: readonly Passage[], ids: HashIds): NarrationIndex {
    const { lengths, values } = data.words;
    if (lengths.length !== passages.length) {
      throw new Error(`The quote book's narration index covers ${lengths.length} passages, but ${passages.length} were given.`);
    }
    const start = startsOf(lengths);
    if (start[passages.length] !== values.length) throw new Error(`The quote book's narration index holds ${values.length} words, but its passages add up to ${start[passages.length]}.`);
    if (data.postingLengths.length !== ids.size) throw new Error(`The quote book's narration index counts passages for ${data.postingLengths.length} words, but ${ids.size} are known.`);
    return new NarrationIndex(passages, ids, { words: { start, values }, size: ids.size, postingLengths: data.postingLengths });
  }

  /** The word lists, compact, and the posting lists' lengths only (the lists are filled again at first use). */
  toSnapshot(): NarrationSnapshot {
    const { start, values } = this.data.words;
    return {
      words: packLists(start, values),
      postingLengths: this.data.postingLengths ?? (this.postingLists ? packedLengths(this.postingLists) : smallestInts(invertedLengths(start, values, this.data.size))),
    };
  }

  private postings(word: number): SmallInts {
    // Words numbered after this index was built have no passages here.
    if (word < 0 || word >= this.data.size) return EMPTY;
    const { words, size, postingLengths } = this.data;
    this.postingLists ??= invertLists(words.start, words.values, size, postingLengths ?? undefined);
    return listAt(this.postingLists, word);
  }

  find(words: string[], limit: number): { text: string; citation: Passage['citation'] }[] {
    const phrase = ` ${words.join(' ')} `;
    const ids = words.map((w) => this.ids.find(wordHash(w)));
    const out: { text: string; citation: Passage['citation'] }[] = [];
    const lists = ids.map((w) => this.postings(w)).sort((a, b) => a.length - b.length);
    const [smallest, ...rest] = lists;
    const { start, values } = this.data.words;
    // Walk the rarest word's passages and stop at `limit`: a common phrase never costs a full intersection.
    for (const id of smallest ?? []) {
      if (out.length >= limit) break;
      if (!rest.every((l) => binaryHas(l, id))) continue;
      if (!holdsPhrase(values, start[id]!, start[id + 1]!, ids)) continue;
      const p = this.passages[id]!;
      const spans = safeSpans(p.text);
      // The hashes agree; the words must too.
      if (!spacedWords(narrationOf(p.text, spans, 0, p.text.length)).includes(phrase)) continue;
      const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
      const hit = sentences.find((s) => ` ${exactWords(narrationOf(p.text, spans, s.start, s.end)).join(' ')} `.includes(phrase));
      out.push({ text: hit ? hit.text : p.text, citation: p.citation });
    }
    return out;
  }
}

const EMPTY = new Int32Array(0);

// A word no text has, standing where a quotation was, so a phrase never runs across one.
const QUOTE_GAP = ' 0quotegap0 ';

function narrationOf(text: string, spans: readonly QuoteSpan[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.close < from || s.open >= to) continue;
    out += text.slice(at, Math.max(at, s.open)) + QUOTE_GAP;
    at = Math.min(to, s.close + 1);
  }
  return out + text.slice(at, to);
}

/**
 * The tables a QuoteBook answers from. Quotes are places in passages (passage number, offsets of the words and
 * of the sentence), speakers flat lists, and the word indexes numbers; no passage text is copied.
 */
interface QuoteTables {
  passages: number;
  speakers: {
    id: string[];
    name: string[];
    role: (string | null)[];
    kind: Speaker['kind'][];
    /** Speaker i's aliases: `aliasNames[aliases.start[i]] ..`. */
    aliases: FlatLists;
    aliasNames: string[];
  };
  quotes: {
    passage: SmallInts;
    start: SmallInts;
    end: SmallInts;
    sentenceStart: SmallInts;
    sentenceEnd: SmallInts;
    /** Bit 1: partial, bit 2: speech. */
    flags: Uint8Array;
    /** Index in `speakers` plus one, 0 for none. */
    speaker: SmallInts;
    /** Index in `roles` plus one, 0 for none. */
    role: SmallInts;
    roles: string[];
  };
  /** The hash of each exact word, by number (see HashIds). */
  wordHashes: Int32Array;
  /** Quote i's exact words as numbers. */
  quoteWords: FlatLists;
  /** The close-matching stems, by number. */
  stems: string[];
  /** Quote i's close-matching words as stem numbers, in order. */
  quoteStems: FlatLists;
  /** How many quotes have each stem, when known from a snapshot (the posting lists are made at first use). */
  stemPostingLengths: SmallInts | null;
}

/**
 * A QuoteBook as plain data: its tables (see QuoteTables) with strings joined, numbers in the smallest typed
 * arrays that hold them (indexes that may be missing, -1, stored plus one), and no posting lists, which
 * fromSnapshot counts again from the word lists.
 */
export interface QuoteBookSnapshot {
  passages: number;
  speakers: {
    id: PackedStrings;
    name: PackedStrings;
    /** Index in `roles` plus one, 0 for none. */
    role: SmallInts;
    roles: PackedStrings;
    /** Index in SPEAKER_KINDS. */
    kind: Uint8Array;
    aliases: PackedLists;
    aliasNames: PackedStrings;
  };
  quotes: {
    passage: SmallInts;
    start: SmallInts;
    end: SmallInts;
    sentenceStart: SmallInts;
    sentenceEnd: SmallInts;
    flags: Uint8Array;
    /** Index in `speakers` plus one, 0 for none. */
    speaker: SmallInts;
    /** Index in `roles` plus one, 0 for none. */
    role: SmallInts;
    roles: PackedStrings;
  };
  wordHashes: Int32Array;
  quoteWords: PackedLists;
  stems: PackedStrings;
  quoteStems: PackedLists;
  narration: NarrationSnapshot;
  /** How many quotes have each stem (the lengths of the stems' posting lists, which fromSnapshot fills again). */
  stemPostingLengths: SmallInts;
  directory: SpeakerDirectorySnapshot;
}

const SPEAKER_KINDS: readonly Speaker['kind'][] = ['person', 'organisation', 'unnamed'];

/** The tables as compact plain data (see QuoteBookSnapshot). */
function packTables(t: QuoteTables, narration: NarrationIndex, directory: SpeakerDirectory): QuoteBookSnapshot {
  const sp = t.speakers;
  const speakerRoles = new Map<string, number>();
  const speakerRole = sp.role.map((r) => {
    if (r === null) return 0;
    let i = speakerRoles.get(r);
    if (i === undefined) speakerRoles.set(r, (i = speakerRoles.size));
    return i + 1;
  });
  const q = t.quotes;
  return {
    passages: t.passages,
    speakers: {
      id: packStrings(sp.id),
      name: packStrings(sp.name),
      role: smallestInts(speakerRole),
      roles: packStrings([...speakerRoles.keys()]),
      kind: Uint8Array.from(sp.kind, (k) => SPEAKER_KINDS.indexOf(k)),
      aliases: packLists(sp.aliases.start, sp.aliases.values),
      aliasNames: packStrings(sp.aliasNames),
    },
    quotes: {
      passage: smallestInts(q.passage),
      start: smallestInts(q.start),
      end: smallestInts(q.end),
      sentenceStart: smallestInts(q.sentenceStart),
      sentenceEnd: smallestInts(q.sentenceEnd),
      flags: q.flags.slice(),
      speaker: smallestInts(q.speaker),
      role: smallestInts(q.role),
      roles: packStrings(q.roles),
    },
    wordHashes: t.wordHashes.slice(),
    quoteWords: packLists(t.quoteWords.start, t.quoteWords.values),
    stems: packStrings(t.stems),
    quoteStems: packLists(t.quoteStems.start, t.quoteStems.values),
    narration: narration.toSnapshot(),
    stemPostingLengths: t.stemPostingLengths ?? smallestInts(invertedLengths(t.quoteStems.start, t.quoteStems.values, t.stems.length)),
    directory: directory.toSnapshot(),
  };
}

/** The tables again from `packTables` data (the narration and directory aside), with the stems' posting lists counted. */
function unpackTables(d: QuoteBookSnapshot): QuoteTables {
  const sp = d.speakers;
  const speakerRoles = unpackStrings(sp.roles);
  const stems = unpackStrings(d.stems);
  const quoteStems = unpackLists(d.quoteStems);
  return {
    passages: d.passages,
    speakers: {
      id: unpackStrings(sp.id),
      name: unpackStrings(sp.name),
      role: Array.from(sp.role, (r) => (r === 0 ? null : speakerRoles[r - 1]!)),
      kind: Array.from(sp.kind, (k) => {
        const kind = SPEAKER_KINDS[k];
        if (!kind) throw new Error(`The quote book's snapshot has speaker kind ${k}, which is none of ${SPEAKER_KINDS.length}.`);
        return kind;
      }),
      aliases: unpackLists(sp.aliases),
      aliasNames: unpackStrings(sp.aliasNames),
    },
    quotes: { ...d.quotes, roles: unpackStrings(d.quotes.roles) },
    wordHashes: d.wordHashes,
    quoteWords: unpackLists(d.quoteWords),
    stems,
    quoteStems,
    stemPostingLengths: d.stemPostingLengths,
  };
}

const PARTIAL = 1;
const SPEECH = 2;

/** The quotes and speakers of the corpus, built once, and the answers about them. */
export class QuoteBook {
  readonly quotes: Quote[];
  readonly speakers: Speaker[];
  private readonly counts = new Map<string, number>();
  private readonly byId = new Map<string, Speaker>();
  private readonly directory: SpeakerDirectory;
  private readonly wordIds: HashIds;
  // Both made at the first "who said" question: restoring the book need not wait for them.
  private stemIdMap: Map<string, number> | null = null;
  private stemPostingLists: FlatLists | null = null;
  private readonly narration: NarrationIndex;
  /** Narration indexes of passage lists other than the book's own, made on demand. */
  private readonly otherNarration = new WeakMap<readonly Passage[], NarrationIndex>();

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly data: QuoteTables,
    directory: SpeakerDirectory | null,
    narration: NarrationIndex | null,
    wordIds: HashIds | null,
    private snapshot: QuoteBookSnapshot | null,
  ) {
    if (data.passages !== passages.length) throw new Error(`The quote book was built on ${data.passages} passages, but ${passages.length} were given.`);
    const sp = data.speakers;
    const { start: aliasStart, values: aliasValues } = sp.aliases;
    this.speakers = sp.id.map((id, i) => {
      const aliases: string[] = [];
      for (let k = aliasStart[i]!; k < aliasStart[i + 1]!; k++) aliases.push(sp.aliasNames[aliasValues[k]!]!);
      return { id, name: sp.name[i]!, aliases, role: sp.role[i] ?? null, kind: sp.kind[i]! };
    });
    const q = data.quotes;
    const weights = new Array<number>(this.speakers.length).fill(0);
    this.quotes = new Array<Quote>(q.passage.length);
    for (let i = 0; i < q.passage.length; i++) {
      const p = passages[q.passage[i]!];
      if (!p) throw new Error(`Quote ${i} stands in passage ${q.passage[i]}, which is not among the ${passages.length} passages.`);
      const si = q.speaker[i]! - 1;
      const s = si >= 0 ? this.speakers[si] : null;
      if (s === undefined) throw new Error(`Quote ${i} names speaker ${si}, but there are only ${this.speakers.length} speakers.`);
      if (si >= 0) weights[si]!++;
      const ri = q.role[i]! - 1;
      this.quotes[i] = {
        quote: p.text.slice(q.start[i]!, q.end[i]!),
        partial: (q.flags[i]! & PARTIAL) !== 0,
        speakerId: s ? s.id : null,
        speaker: s ? s.name : null,
        role: ri >= 0 ? q.roles[ri]! : null,
        speech: (q.flags[i]! & SPEECH) !== 0,
        sentence: p.text.slice(q.sentenceStart[i]!, q.sentenceEnd[i]!),
        citation: p.citation,
      };
    }
    this.speakers.forEach((s, i) => {
      if (weights[i]! > 0) this.counts.set(s.id, weights[i]!);
      this.byId.set(s.id, s);
    });
    const from = snapshot ?? null;
    if (!directory || !narration || !wordIds) {
      if (!from) throw new Error('A quote book needs either its built indexes or a snapshot to restore them from.');
      directory = SpeakerDirectory.fromSnapshot(from.directory, this.speakers, weights);
      wordIds = new HashIds(data.wordHashes);
      narration = NarrationIndex.fromSnapshot(from.narration, passages, wordIds);
    }
    this.directory = directory;
    this.wordIds = wordIds;
    if (data.stemPostingLengths && data.stemPostingLengths.length !== data.stems.length) {
      throw new Error(`The quote book counts quotes for ${data.stemPostingLengths.length} stems, but has ${data.stems.length} stems.`);
    }
    this.narration = narration;
  }

  /** Finds every quotation in the passages and who said it. */
  static build(passages: Passage[], _docs: readonly Document[]): QuoteBook {
    const extraction = extract(passages);
    const records = extraction.records;
    const counts = new Map<string, number>();
    for (const r of records) if (r.quote.speakerId) counts.set(r.quote.speakerId, (counts.get(r.quote.speakerId) ?? 0) + 1);
    const speakers = [...extraction.speakers].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
    const aliasNames: string[] = [];
    const speakerData: QuoteTables['speakers'] = {
      id: speakers.map((s) => s.id),
      name: speakers.map((s) => s.name),
      role: speakers.map((s) => s.role),
      kind: speakers.map((s) => s.kind),
      aliases: flattenLists(speakers.map((s) => s.aliases.map((a) => aliasNames.push(a) - 1))),
      aliasNames,
    };
    const n = records.length;
    const roles = new Map<string, number>();
    const roleNames: string[] = [];
    const quotes: QuoteTables['quotes'] = {
      passage: new Int32Array(n),
      start: new Int32Array(n),
      end: new Int32Array(n),
      sentenceStart: new Int32Array(n),
      sentenceEnd: new Int32Array(n),
      flags: new Uint8Array(n),
      speaker: new Int32Array(n),
      role: new Int32Array(n),
      roles: roleNames,
    };
    const wordIds = new HashIds();
    const quoteWords = new IntList();
    const quoteWordStart = new Int32Array(n + 1);
    const quoteStems = new IntList();
    const quoteStemStart = new Int32Array(n + 1);
    const stemIds = new Map<string, number>();
    const runIds = new Map<string, Int32Array>();
    const stemId = (st: string): number => {
      let sid = stemIds.get(st);
      if (sid === undefined) {
        sid = stemIds.size;
        stemIds.set(st, sid);
      }
      return sid;
    };
    records.forEach((r, i) => {
      const q = r.quote;
      quotes.passage[i] = r.passage;
      quotes.start[i] = r.span.start;
      quotes.end[i] = r.span.end;
      quotes.sentenceStart[i] = r.sentenceStart;
      quotes.sentenceEnd[i] = r.sentenceStart + q.sentence.length;
      quotes.flags[i] = (q.partial ? PARTIAL : 0) | (q.speech ? SPEECH : 0);
      quotes.speaker[i] = q.speakerId ? speakerIndex.get(q.speakerId)! + 1 : 0;
      let role = q.role === null ? -1 : roles.get(q.role);
      if (role === undefined) {
        role = roleNames.push(q.role!) - 1;
        roles.set(q.role!, role);
      }
      quotes.role[i] = role + 1;
      quoteWordStart[i] = quoteWords.length;
      pushWordIds(q.quote, 0, q.quote.length, wordIds, quoteWords);
      quoteStemStart[i] = quoteStems.length;
      closeStemIds(q.quote, stemId, runIds, quoteStems);
    });
    const weights = speakers.map((s) => counts.get(s.id) ?? 0);
    const directory = SpeakerDirectory.build(speakers, weights);
    quoteWordStart[n] = quoteWords.length;
    quoteStemStart[n] = quoteStems.length;
    const narration = NarrationIndex.build(passages, extraction.spans, wordIds);
    const stemValues = quoteStems.toArray();
    const data: QuoteTables = {
      passages: passages.length,
      speakers: speakerData,
      quotes,
      wordHashes: wordIds.hashes.slice(0, wordIds.size),
      quoteWords: { start: quoteWordStart, values: quoteWords.toArray() },
      stems: [...stemIds.keys()],
      quoteStems: { start: quoteStemStart, values: stemValues },
      stemPostingLengths: null,
    };
    return new QuoteBook(passages, data, directory, narration, wordIds, null);
  }

  /** The book again from `toSnapshot()` data and the same passages, without reading any passage. */
  static fromSnapshot(data: QuoteBookSnapshot, passages: Passage[], _docs: readonly Document[]): QuoteBook {
    if (data.passages !== passages.length) throw new Error(`The quote book was built on ${data.passages} passages, but ${passages.length} were given.`);
    return new QuoteBook(passages, unpackTables(data), null, null, null, data);
  }

  /** The book as plain data (see QuoteBookSnapshot), made once. */
  toSnapshot(): QuoteBookSnapshot {
    this.snapshot ??= packTables(this.data, this.narration, this.directory);
    return this.snapshot;
  }

  private stemPosting(stem: string): SmallInts {
    const sid = this.stemIds().get(stem);
    if (sid === undefined) return EMPTY;
    const { quoteStems, stems, stemPostingLengths } = this.data;
    this.stemPostingLists ??= invertLists(quoteStems.start, quoteStems.values, stems.length, stemPostingLengths ?? undefined);
    return listAt(this.stemPostingLists, sid);
  }

  private stemIds(): Map<string, number> {
    if (!this.stemIdMap) {
      const map = new Map<string, number>();
      this.data.stems.forEach((st, i) => map.set(st, i));
      this.stemIdMap = map;
    }
    return this.stemIdMap;
  }

  /**
   * The quotes containing the words, best first: the exact phrase (case, punctuation and apostrophes aside),
   * then close wording (same words in other forms, "we came here" ~ "we've come here"). Where the words stand
   * outside any quote, they are the reporter's: listed under narration.
   */
  whoSaid(words: string, limit: number, passages: readonly Passage[]): WhoSaidAnswer {
    const max = Math.max(1, Math.floor(limit) || 1);
    return answerClaim(words, max, {
      find: (claim) => this.findWords(claim, max, passages),
      quote: (id) => this.quotes[id]!,
      speakerId: (name) => this.directory.find(name)?.id ?? null,
    });
  }

  /** The quotes holding the words, best first (exact, then close; not cut to `max`), and the narration holding them. */
  private findWords(query: string, max: number, passages: readonly Passage[]): FoundWords {
    const exactQuery = exactWords(query);
    if (exactQuery.length === 0) return { found: [], narration: [] };
    const phrase = exactQuery.map((w) => this.wordIds.find(wordHash(w)));
    const phraseText = ` ${exactQuery.join(' ')} `;
    // A word no quote or narration has: no quote holds the phrase.
    const phraseKnown = phrase.every((id) => id >= 0);
    const quoteWords = this.data.quoteWords;
    // The hashes first (cheap, and they never miss a quote that holds the phrase), then the words themselves.
    const holds = (id: number): boolean =>
      phraseKnown && holdsPhrase(quoteWords.values, quoteWords.start[id]!, quoteWords.start[id + 1]!, phrase) && spacedWords(this.quotes[id]!.quote).includes(phraseText);
    const stems = [...new Set(closeWords(query))];
    const content = stems.filter((s) => !STOP_STEMS.has(s));
    const n = this.quotes.length || 1;
    const weight = (s: string): number => (STOP_STEMS.has(s) ? 0.25 : 1) * Math.log(1 + n / (1 + this.stemPosting(s).length));
    const total = stems.reduce((a, s) => a + weight(s), 0) || 1;

    const exact: { id: number }[] = [];
    const close: { id: number; score: number }[] = [];
    const enoughExact = max * 4;
    if (content.length) {
      // Accumulate the weight of the content words each quote has. Quotes with all of them are checked for
      // the exact phrase (a cheap test) until enough are found; only the best few hundred of the rest get
      // the costlier closeness score.
      const contentTotal = content.reduce((a, s) => a + weight(s), 0);
      const hits = new Map<number, number>();
      for (const s of content) {
        const w = weight(s);
        for (const id of this.stemPosting(s)) hits.set(id, (hits.get(id) ?? 0) + w);
      }
      const need = contentTotal * 0.5 - 1e-9;
      const ranked = [...hits.entries()].filter(([, w]) => w >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const slots = new Map<number, number>();
      const weights: number[] = [];
      for (const st of stems) {
        const sid = this.stemIds().get(st);
        if (sid !== undefined && !slots.has(sid)) {
          slots.set(sid, weights.length);
          weights.push(weight(st));
        }
      }
      let scored = 0;
      for (const [id, w] of ranked) {
        if (exact.length < enoughExact && holds(id)) {
          exact.push({ id });
          continue;
        }
        if (scored >= 300) {
          if (exact.length >= enoughExact || w < contentTotal - 1e-9) break;
          continue;
        }
        scored++;
        const score = closeness(slots, weights, stems.length, listAt(this.data.quoteStems, id), total);
        if (score >= 0.6) close.push({ id, score });
      }
    } else {
      // Only little words ("on the"): an exact phrase or nothing, and the first few in corpus order will do.
      const lists = stems.map((s) => this.stemPosting(s)).sort((a, b) => a.length - b.length);
      const [smallest, ...rest] = lists;
      for (const id of smallest ?? []) {
        if (exact.length >= enoughExact) break;
        if (rest.every((l) => binaryHas(l, id)) && holds(id)) exact.push({ id });
      }
    }
    const rank = (id: number): number => (this.quotes[id]!.speech ? 0 : 2) + (this.quotes[id]!.speaker ? 0 : 1);
    exact.sort((a, b) => rank(a.id) - rank(b.id) || a.id - b.id);
    close.sort((a, b) => b.score - a.score || rank(a.id) - rank(b.id) || a.id - b.id);
    const found: FoundWords['found'] = [
      ...exact.map((x) => ({ id: x.id, match: 'exact' as const })),
      ...close.map((x) => ({ id: x.id, match: 'close' as const })),
    ];
    const narration = this.narrationIndex(passages).find(exactQuery, max);
    return { found, narration };
  }

  private narrationIndex(passages: readonly Passage[]): NarrationIndex {
    if (passages === this.passages) return this.narration;
    let idx = this.otherNarration.get(passages);
    if (!idx) {
      // Its own copy of the word numbers: the book's stay as they were built (and as its snapshot says).
      idx = NarrationIndex.build(passages, passages.map((p) => safeSpans(p.text)), this.wordIds.clone());
      this.otherNarration.set(passages, idx);
    }
    return idx;
  }

  /** Every quote of a speaker, any alias accepted; for an unknown name, the closest known names. */
  quotesOf(name: string): QuotesAnswer {
    const query = name.trim();
    const speaker = query ? this.directory.find(query) : null;
    if (!speaker) {
      return { kind: 'quotes', query, speaker: null, role: null, quotes: [], suggestions: query ? this.directory.suggest(query) : [] };
    }
    const quotes = this.quotes
      .filter((q) => q.speakerId === speaker.id)
      .map((q) => ({ quote: q.quote, partial: q.partial, role: q.role, sentence: q.sentence, citation: q.citation }));
    return { kind: 'quotes', query, speaker: speaker.name, role: speaker.role, quotes, suggestions: [] };
  }

  /** Every speaker with aliases, role and number of quotes, most quoted first. */
  speakersAnswer(): SpeakersAnswer {
    return {
      kind: 'speakers',
      speakers: this.speakers.map((s) => ({ name: s.name, aliases: s.aliases, role: s.role, quotes: this.counts.get(s.id) ?? 0 })),
    };
  }

  /** For Discord autocomplete: up to `max` speaker display names matching what was typed (prefix/substring on any alias, case-insensitive), most quoted first when typed is empty. */
  suggestSpeakers(typed: string, max: number): string[] {
    return this.directory.autocomplete(typed, Math.max(0, Math.floor(max)));
  }

  /** The speaker with that id, if any. */
  speaker(id: string): Speaker | undefined {
    return this.byId.get(id);
  }
}

/**
 * How closely a quote's words cover the query's: the weighted share of query words present, times how
 * tightly they sit together in the quote. `slots` numbers the query's words, `weights` weighs each slot.
 */
function closeness(slots: ReadonlyMap<number, number>, weights: readonly number[], queryLength: number, quote: SmallInts, total: number): number {
  const present = new Uint8Array(weights.length);
  let covered = 0;
  let count = 0;
  for (let k = 0; k < quote.length; k++) {
    const slot = slots.get(quote[k]!);
    if (slot !== undefined && present[slot] === 0) {
      present[slot] = 1;
      covered += weights[slot]!;
      count++;
    }
  }
  if (count === 0 || count / queryLength < 0.5) return 0;
  // The shortest stretch of the quote holding every query word it has.
  const seen = new Int32Array(weights.length);
  let inWindow = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < quote.length; right++) {
    const slot = slots.get(quote[right]!);
    if (slot !== undefined) {
      if (seen[slot] === 0) inWindow++;
      seen[slot] = seen[slot]! + 1;
    }
    while (inWindow === count) {
      best = Math.min(best, right - left + 1);
      const ls = slots.get(quote[left]!);
      if (ls !== undefined) {
        seen[ls] = seen[ls]! - 1;
        if (seen[ls] === 0) inWindow--;
      }
      left++;
    }
  }
  const tightness = Number.isFinite(best) ? count / best : 0;
  return (covered / total) * (0.75 + 0.25 * tightness);
}
