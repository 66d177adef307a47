/**
 * Every direct quotation of the corpus as a record (verbatim words, fragment or full statement, speaker,
 * role, citation), the speakers behind them, and the look-ups on top: who said some words, what a speaker
 * said, who the speakers are.
 */
import { stemmer } from 'stemmer';
import { baseForm } from '../text/terms.ts';
import type { Document, Passage, Quote, QuotesAnswer, Speaker, SpeakersAnswer, WhoSaidAnswer, WhoSaidMatch } from '../types.ts';
import {
  attributionAfter,
  attributionBefore,
  findQuoteSpans,
  isLabelCue,
  isPartial,
  maskQuotes,
  sentenceRanges,
  SPEECH_VERB,
  type QuoteSpan,
} from './attribution.ts';
import { cleanRole, DocumentSpeakers, mergeSpeakers, parseSpeakerPhrase, SpeakerDirectory, type LocalSpeaker, type ParsedSpeaker } from './speakers.ts';

interface QuoteRecord {
  quote: Quote;
  passage: number;
  span: QuoteSpan;
  local: LocalSpeaker | null;
  attributedRole: string | null;
  sentenceInitial: boolean;
  /** Only spaces come before the opening mark in the paragraph. */
  paragraphInitial: boolean;
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
    for (const pi of indices) {
      const p = passages[pi]!;
      const found = safeSpans(p.text);
      spans[pi] = found;
      const paraRecords = readParagraph(p, pi, found, ds);
      resolveContinuations(paraRecords, prevLast, prevEndsInQuote, openChain);
      records.push(...paraRecords);
      const lastSpan = found[found.length - 1];
      const lastRecord = paraRecords[paraRecords.length - 1] ?? null;
      const tail = lastSpan ? p.text.slice(lastSpan.close + 1) : p.text;
      prevEndsInQuote = lastRecord !== null && lastRecord.quote.speech && !lastRecord.quote.partial && (!lastSpan!.closed || !/[.!?]\s*\S/u.test(tail.replace(/^[^.!?]*[.!?]/u, '')));
      prevLast = lastRecord && lastRecord.quote.speech ? lastRecord : null;
      openChain = lastSpan && !lastSpan.closed && lastRecord ? (lastRecord.local ? [] : [...openChain, lastRecord]) : [];
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

function safeSpans(text: string): QuoteSpan[] {
  try {
    return findQuoteSpans(text);
  } catch {
    return [];
  }
}

const LEAD_IN = /^(?:But|And|However|Meanwhile|Still|Yet|Also|Later|Earlier|So|Then|Now)[,]?\s+/u;
const NOT_A_VERB = /^(?:the|a|an|of|in|to|at|on|for|with|by|from|and|or|as|than|its|their|his|her|is|was|are|were)$/u;

/** The quotes of one paragraph with their own attributions, and the subjects of its narration sentences. */
function readParagraph(p: Passage, pi: number, spans: readonly QuoteSpan[], ds: DocumentSpeakers): QuoteRecord[] {
  const text = p.text;
  const masked = maskQuotes(text, spans);
  const ranges = sentenceRanges(masked);
  const out: QuoteRecord[] = [];
  let si = 0;
  for (const [rs, re] of ranges) {
    const inSentence: QuoteSpan[] = [];
    while (si < spans.length && spans[si]!.open < re) inSentence.push(spans[si++]!);
    if (inSentence.length === 0) {
      noteSubject(masked.slice(rs, re), p.paragraph, ds);
      continue;
    }
    for (const span of inSentence) out.push(readQuote(p, pi, span, masked, rs, Math.max(re, span.close + 1), ds));
  }
  return out;
}

function readQuote(p: Passage, pi: number, span: QuoteSpan, masked: string, rs: number, re: number, ds: DocumentSpeakers): QuoteRecord {
  const text = p.text;
  const words = text.slice(span.start, span.end);
  const beforeMasked = masked.slice(rs, span.open);
  const sentenceInitial = /^[\s(—–-]*$/u.test(beforeMasked);
  const label = !sentenceInitial && isLabelCue(text.slice(rs, span.open));
  const partial = label || isPartial(beforeMasked, words, sentenceInitial);
  let local: LocalSpeaker | null = null;
  let attributedRole: string | null = null;
  let own = false;
  if (!label) {
    let attribution = null;
    if (span.closed) {
      const inner = text.slice(span.open + 1, span.close).trimEnd();
      attribution = attributionAfter(masked.slice(span.close + 1, re), inner.slice(-1));
    }
    let parsed: ParsedSpeaker | null = attribution ? parseSpeakerPhrase(attribution.phrase) : null;
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
  const sentenceMasked = masked.slice(rs, re);
  const speech = !label && (local !== null || !partial || SPEECH_VERB.test(sentenceMasked));
  SPEECH_VERB.lastIndex = 0;
  const sentence = sentenceAround(p, span);
  return {
    quote: { quote: words, partial, speakerId: null, speaker: null, role: null, speech, sentence, citation: p.citation },
    passage: pi,
    span,
    local,
    attributedRole,
    sentenceInitial,
    paragraphInitial: text.slice(0, span.open).trim() === '',
    own,
  };
}

/** The passage's sentences that the quote stands in, verbatim, from the one with the opening mark to the closing one. */
function sentenceAround(p: Passage, span: QuoteSpan): string {
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
  return p.text.slice(start, Math.max(end, start));
}

const HEADLIKE = /^(?:[\p{Lu}]|(?:official|officials|spokesman|spokeswoman|spokesperson|diplomat|diplomats|source|sources|analyst|analysts|expert|experts|researcher|researchers|officer|lawmaker|lawmakers|aide|minister|leader|leaders|president|adviser|envoy|ambassador|director|chief|commander|ministry|agency|government|office|media|military|army)$)/u;

/** Records who a narration sentence is about, so that a later "he said" can point back to them. */
function noteSubject(sentence: string, paragraph: number, ds: DocumentSpeakers): void {
  const s = sentence.trim().replace(LEAD_IN, '');
  const words = s.split(/\s+/u, 10);
  const first = words[0] ?? '';
  if (!/^[\p{Lu}]/u.test(first) && !/^(?:a|an|the|some|many|several|two|three)$/iu.test(first) && !HEADLIKE.test(first)) return;
  let best: ParsedSpeaker | null = null;
  for (let n = 1; n <= Math.min(9, words.length - 1); n++) {
    const last = words[n - 1]!;
    if (/[,;:()]/u.test(last.slice(0, -1))) break;
    const next = words[n]!;
    if (/[,;:]$/u.test(last)) break;
    if (!HEADLIKE.test(last) || !/^[\p{Ll}]/u.test(next) || NOT_A_VERB.test(next)) continue;
    const parsed = parseSpeakerPhrase(words.slice(0, n).join(' '));
    if (!parsed || parsed.type === 'pronoun') continue;
    if (parsed.type === 'name' && parsed.kind === 'person' && !/\s/u.test(parsed.name) && !parsed.role && !ds.knowsName(parsed.name)) continue;
    best = parsed;
  }
  if (words.length > 1 && /^and$/u.test(words.find((w, i) => i > 0 && /^[\p{Ll}]/u.test(w)) ?? '')) {
    ds.ambiguous();
    return;
  }
  if (best) ds.resolve(best, paragraph, null, false);
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
    if (r.local || !r.quote.speech || r.quote.partial || !r.sentenceInitial) continue;
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
  const t = baseWords(s).replace(/n't\b/gu, ' not').replace(/'(?:s|ve|ll|re|d|m)\b/gu, ' ').replace(/'/gu, '');
  for (const raw of t.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    for (const w of (own(BARE_CONTRACTIONS, raw) ?? raw).split(' ')) out.push(stemmer(base(w)));
  }
  return out;
}

const STOP_STEMS = new Set([...STOP].map((w) => stemmer(base(w))));

/** A table's own entry only: typed words such as "constructor" must not reach Object.prototype. */
function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

interface QuoteIndexEntry {
  exact: string;
  /** The quote's close-matching words as numbers (see `stemIds`). */
  stems: Int32Array;
}

/** Posting lists: a word → the sorted ids of the items that contain it. */
class Postings {
  private readonly map = new Map<string, number[]>();
  add(word: string, id: number): void {
    const list = this.map.get(word);
    if (!list) this.map.set(word, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }
  get(word: string): readonly number[] {
    return this.map.get(word) ?? [];
  }
}

function intersect(lists: (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = [...sorted[0]!];
  for (const list of sorted.slice(1)) {
    if (result.length === 0) break;
    result = result.filter((id) => binaryHas(list, id));
  }
  return result;
}

function binaryHas(list: readonly number[], id: number): boolean {
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

/** The narration of passages (text outside quotes), indexed by word, for "who said" answers that nobody said. */
class NarrationIndex {
  private readonly postings = new Postings();
  private readonly narrated: string[];

  constructor(
    private readonly passages: readonly Passage[],
    private readonly spans: readonly QuoteSpan[][],
  ) {
    this.narrated = passages.map((p, i) => ` ${exactWords(narrationOf(p.text, spans[i] ?? [], 0, p.text.length)).join(' ')} `);
    this.narrated.forEach((n, i) => {
      for (const w of n.split(' ')) if (w) this.postings.add(w, i);
    });
  }

  find(words: string[], limit: number): { text: string; citation: Passage['citation'] }[] {
    const phrase = ` ${words.join(' ')} `;
    const out: { text: string; citation: Passage['citation'] }[] = [];
    const lists = words.map((w) => this.postings.get(w)).sort((a, b) => a.length - b.length);
    const [smallest, ...rest] = lists;
    // Walk the rarest word's passages and stop at `limit`: a common phrase never costs a full intersection.
    for (const id of smallest ?? []) {
      if (out.length >= limit) break;
      if (!rest.every((l) => binaryHas(l, id))) continue;
      if (!this.narrated[id]!.includes(phrase)) continue;
      const p = this.passages[id]!;
      const spans = this.spans[id] ?? [];
      const sentences = p.sentences.length ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
      const hit = sentences.find((s) => ` ${exactWords(narrationOf(p.text, spans, s.start, s.end)).join(' ')} `.includes(phrase));
      out.push({ text: hit ? hit.text : p.text, citation: p.citation });
    }
    return out;
  }
}

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

/** The quotes and speakers of the corpus, built once, and the answers about them. */
export class QuoteBook {
  readonly quotes: Quote[];
  readonly speakers: Speaker[];
  private readonly records: QuoteRecord[];
  private readonly counts = new Map<string, number>();
  private readonly byId = new Map<string, Speaker>();
  private readonly directory: SpeakerDirectory;
  private readonly entries: QuoteIndexEntry[];
  private readonly stemPostings = new Postings();
  private readonly docFreq = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly narration = new WeakMap<readonly Passage[], NarrationIndex>();

  private constructor(
    private readonly passages: readonly Passage[],
    extraction: Extraction,
  ) {
    this.records = extraction.records;
    this.quotes = this.records.map((r) => r.quote);
    for (const q of this.quotes) if (q.speakerId) this.counts.set(q.speakerId, (this.counts.get(q.speakerId) ?? 0) + 1);
    this.speakers = [...extraction.speakers].sort((a, b) => (this.counts.get(b.id) ?? 0) - (this.counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    for (const s of this.speakers) this.byId.set(s.id, s);
    this.directory = new SpeakerDirectory(this.speakers, (s) => this.counts.get(s.id) ?? 0);
    this.entries = this.quotes.map((q, i) => {
      const stems = closeWords(q.quote);
      for (const st of new Set(stems)) {
        this.stemPostings.add(st, i);
        this.docFreq.set(st, (this.docFreq.get(st) ?? 0) + 1);
      }
      const ids = new Int32Array(stems.length);
      stems.forEach((st, k) => {
        let sid = this.stemIds.get(st);
        if (sid === undefined) {
          sid = this.stemIds.size;
          this.stemIds.set(st, sid);
        }
        ids[k] = sid;
      });
      return { exact: ` ${exactWords(q.quote).join(' ')} `, stems: ids };
    });
    this.narration.set(passages, new NarrationIndex(passages, extraction.spans));
  }

  /** Finds every quotation in the passages and who said it. */
  static build(passages: Passage[], _docs: readonly Document[]): QuoteBook {
    return new QuoteBook(passages, extract(passages));
  }

  /**
   * The quotes containing the words, best first: the exact phrase (case, punctuation and apostrophes aside),
   * then close wording (same words in other forms, "we came here" ~ "we've come here"). Where the words stand
   * outside any quote, they are the reporter's: listed under narration.
   */
  whoSaid(words: string, limit: number, passages: readonly Passage[]): WhoSaidAnswer {
    const query = words.trim();
    const max = Math.max(1, Math.floor(limit) || 1);
    const exactQuery = exactWords(query);
    if (exactQuery.length === 0) return { kind: 'who-said', query, matches: [], narration: [] };
    const phrase = ` ${exactQuery.join(' ')} `;
    const stems = [...new Set(closeWords(query))];
    const content = stems.filter((s) => !STOP_STEMS.has(s));
    const n = this.quotes.length || 1;
    const weight = (s: string): number => (STOP_STEMS.has(s) ? 0.25 : 1) * Math.log(1 + n / (1 + (this.docFreq.get(s) ?? 0)));
    const total = stems.reduce((a, s) => a + weight(s), 0) || 1;

    const exact: { id: number }[] = [];
    const close: { id: number; score: number }[] = [];
    const enoughExact = max * 4;
    if (content.length) {
      // Accumulate the weight of the content words each quote has. Quotes with all of them are checked for
      // the exact phrase (a cheap string test) until enough are found; only the best few hundred of the
      // rest get the costlier closeness score.
      const contentTotal = content.reduce((a, s) => a + weight(s), 0);
      const hits = new Map<number, number>();
      for (const s of content) {
        const w = weight(s);
        for (const id of this.stemPostings.get(s)) hits.set(id, (hits.get(id) ?? 0) + w);
      }
      const need = contentTotal * 0.5 - 1e-9;
      const ranked = [...hits.entries()].filter(([, w]) => w >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const slots = new Map<number, number>();
      const weights: number[] = [];
      for (const st of stems) {
        const sid = this.stemIds.get(st);
        if (sid !== undefined && !slots.has(sid)) {
          slots.set(sid, weights.length);
          weights.push(weight(st));
        }
      }
      let scored = 0;
      for (const [id, w] of ranked) {
        const e = this.entries[id]!;
        if (exact.length < enoughExact && e.exact.includes(phrase)) {
          exact.push({ id });
          continue;
        }
        if (scored >= 300) {
          if (exact.length >= enoughExact || w < contentTotal - 1e-9) break;
          continue;
        }
        scored++;
        const score = closeness(slots, weights, stems.length, e.stems, total);
        if (score >= 0.6) close.push({ id, score });
      }
    } else {
      // Only little words ("on the"): an exact phrase or nothing, and the first few in corpus order will do.
      const lists = stems.map((s) => this.stemPostings.get(s)).sort((a, b) => a.length - b.length);
      const [smallest, ...rest] = lists;
      for (const id of smallest ?? []) {
        if (exact.length >= enoughExact) break;
        if (rest.every((l) => binaryHas(l, id)) && this.entries[id]!.exact.includes(phrase)) exact.push({ id });
      }
    }
    const rank = (id: number): number => (this.quotes[id]!.speech ? 0 : 2) + (this.quotes[id]!.speaker ? 0 : 1);
    exact.sort((a, b) => rank(a.id) - rank(b.id) || a.id - b.id);
    close.sort((a, b) => b.score - a.score || rank(a.id) - rank(b.id) || a.id - b.id);
    const matches: WhoSaidMatch[] = [
      ...exact.map((x) => this.match(x.id, 'exact')),
      ...close.map((x) => this.match(x.id, 'close')),
    ].slice(0, max);
    const narration = this.narrationIndex(passages).find(exactQuery, max);
    return { kind: 'who-said', query, matches, narration };
  }

  private match(id: number, match: 'exact' | 'close'): WhoSaidMatch {
    const q = this.quotes[id]!;
    return { speaker: q.speaker, role: q.role, quote: q.quote, partial: q.partial, sentence: q.sentence, citation: q.citation, match };
  }

  private narrationIndex(passages: readonly Passage[]): NarrationIndex {
    let idx = this.narration.get(passages);
    if (!idx) {
      idx = new NarrationIndex(passages, passages.map((p) => safeSpans(p.text)));
      this.narration.set(passages, idx);
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
function closeness(slots: ReadonlyMap<number, number>, weights: readonly number[], queryLength: number, quote: Int32Array, total: number): number {
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
