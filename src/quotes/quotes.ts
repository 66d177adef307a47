/**
 * The quote book: the quotes and speakers of the corpus, built once (`extract-quotes.ts`) or read from a
 * snapshot (`quote-snapshot.ts`), and the look-ups on top: who said some words, what a speaker said, who
 * the speakers are, suggestions for a typed name.
 */
import { readPassages, type Reading } from '../text/reading.ts';
import type { Document, Passage, Quote, QuotesAnswer, Speaker, SpeakersAnswer, WhoSaidAnswer } from '../types.ts';
import { answerClaim, type FoundWords } from './who-said.ts';
import { SpeakerDirectory } from './speaker-directory.ts';
import { flattenLists, invertingLists, invertLists, listAt, type SmallInts } from '../engine/packing.ts';
import { LazyInverse, lazyInverse } from '../engine/lazy-inverse.ts';
import { extract, safeSpans, type QuotesSplit } from './extract-quotes.ts';
import { EMPTY, NarrationIndex, narrationSharing } from './narration-index.ts';
import { joinQuoteParts, packSpeakerPart, packTables, packWordPart, type QuoteBookSnapshot, type QuoteSpeakerPart, type QuoteTables, type QuoteWordPart, unpackTables } from './quote-snapshot.ts';
import { quoteWordSpans, readQuoteWords, type QuoteWordSpans } from './quote-word-tables.ts';
import type { QuoteRecord } from './quote-record.ts';
import { binaryHas, closeWords, exactWords, holdsPhrase, spacedWords, STOP_STEMS, WordNumbers } from './quote-words.ts';
import { QuoteWordReader } from './quote-reading.ts';
import { findAcrossQuotes, type AcrossQuotesSources } from './across-quotes.ts';
import { WeightTally } from './weight-tally.ts';

const PARTIAL = 1;
const SPEECH = 2;

/** The quotes and speakers of the corpus, built once, and the answers about them. */
export class QuoteBook {
  readonly quotes: Quote[];
  readonly speakers: Speaker[];
  private readonly counts = new Map<string, number>();
  private readonly byId = new Map<string, Speaker>();
  private readonly directory: SpeakerDirectory;
  private readonly wordIds: WordNumbers;
  // Both made at the first "who said" question (or by `preparing`): restoring the book need not wait for them.
  private stemIdMap: Map<string, number> | null = null;
  private readonly stemPostingLists: LazyInverse;
  private readonly narration: NarrationIndex;
  // What a claim found across quotation marks is looked up in, made at the first such look-up (see across-quotes.ts).
  private acrossSources: AcrossQuotesSources | null = null;
  private readonly quotesByWord: LazyInverse;
  /** Narration indexes of passage lists other than the book's own, made on demand. */
  private readonly otherNarration = new WeakMap<readonly Passage[], NarrationIndex>();
  /** Each speaker's quote ids, made at the first look-up of a named speaker's quotes. */
  private bySpeaker: Map<string, number[]> | null = null;
  /** who-said's running sums per quote, kept between calls (see WeightTally). */
  private tally: WeightTally | null = null;

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly data: QuoteTables,
    directory: SpeakerDirectory | null,
    narration: NarrationIndex | null,
    wordIds: WordNumbers | null,
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
      wordIds = new WordNumbers(data.words);
      narration = NarrationIndex.fromSnapshot(from.narration, passages, wordIds);
    }
    this.directory = directory;
    this.wordIds = wordIds;
    if (data.stemPostingLengths && data.stemPostingLengths.length !== data.stems.length) {
      throw new Error(`The quote book counts quotes for ${data.stemPostingLengths.length} stems, but has ${data.stems.length} stems.`);
    }
    this.narration = narration;
    const { quoteStems, stems, stemPostingLengths, quoteWords } = data;
    this.stemPostingLists = lazyInverse(quoteStems.start, quoteStems.values, stems.length, stemPostingLengths ?? undefined);
    this.quotesByWord = new LazyInverse(() => invertingLists(quoteWords.start, quoteWords.values, this.wordIds.size));
  }

  /**
   * Makes, a part per step, the tables the first "who said" question would otherwise wait for (each made at
   * first use all the same): for a server to run between answers once it is ready. An answer that comes
   * midway finishes the part it needs.
   */
  *preparing(): Generator<void, void, void> {
    this.stemIds();
    yield;
    while (!this.stemPostingLists.step()) yield;
    while (!this.narration.prepareStep()) yield;
    this.tally ??= new WeightTally(this.quotes.length);
    this.quoteIdsBy('');
    yield;
    this.personsNamed('');
    while (!this.quotesByWord.step()) yield;
    this.acrossQuotesSources();
  }

  /**
   * Finds every quotation in the passages and who said it; their words are read from `reading` (asked for
   * once the quotes are found, when it is a function; made here when not given).
   */
  static build(passages: Passage[], _docs: readonly Document[], reading?: Reading | (() => Reading), split?: QuotesSplit): QuoteBook {
    const extraction = extract(passages, split);
    const { tables, directory } = speakerTables(passages.length, extraction);
    const words = readQuoteWords(passages, (typeof reading === 'function' ? reading() : reading) ?? readPassages(passages), quoteWordSpans(extraction.records, extraction.spans));
    const data: QuoteTables = { ...tables, words: words.reader.words.words, quoteWords: words.quoteWords, stems: words.reader.stems, quoteStems: words.quoteStems, stemPostingLengths: null };
    return new QuoteBook(passages, data, directory, words.narration, words.reader.words, null);
  }

  /**
   * The speakers' part of the snapshot of the book `build` makes with `split` (see QuoteSpeakerPart), for a build
   * that reads the quotes' words elsewhere (`buildWordPart`, on another thread): `wordsAside` is told where the
   * quotes and quotations stand as soon as every document is read, before the speakers are merged.
   */
  static buildSpeakerPart(passages: Passage[], split: QuotesSplit, wordsAside: (spans: QuoteWordSpans) => void): QuoteSpeakerPart {
    const extraction = extract(passages, { ...split, read: (records, spans) => wordsAside(quoteWordSpans(records, spans)) });
    const { tables, directory } = speakerTables(passages.length, extraction);
    return packSpeakerPart(tables, directory);
  }

  /** The words' part of the book's snapshot (see QuoteWordPart), read from the passages' reading where `buildSpeakerPart` said the quotes stand. */
  static buildWordPart(passages: readonly Passage[], reading: Reading, spans: QuoteWordSpans): QuoteWordPart {
    const words = readQuoteWords(passages, reading, spans);
    return packWordPart({ words: words.reader.words.words, quoteWords: words.quoteWords, stems: words.reader.stems, quoteStems: words.quoteStems, stemPostingLengths: null }, words.narration);
  }

  /** The book from its two parts made apart (`buildSpeakerPart`, `buildWordPart`): the one `build` makes. */
  static fromParts(speakers: QuoteSpeakerPart, words: QuoteWordPart, passages: Passage[], docs: readonly Document[]): QuoteBook {
    return QuoteBook.fromSnapshot(joinQuoteParts(speakers, words), passages, docs);
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
    return listAt(this.stemPostingLists.get(), sid);
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
      speakerId: (name) => this.directory.find(name, true)?.id ?? null,
      quotesBy: (speakerId) => this.quoteIdsBy(speakerId),
      personsNamed: (word) => this.personsNamed(word),
      textBefore: (id) => this.passages[this.data.quotes.passage[id]!]?.text.slice(0, this.data.quotes.start[id]!) ?? '',
      documentBefore: (id) => {
        const at = this.data.quotes.passage[id]!;
        const here = this.passages[at];
        if (!here) return '';
        // (A document's passages are contiguous and in order, so the walk back from the quote's passage stops at the first of another document.)
        const earlier: string[] = [];
        for (let k = at - 1; k >= 0 && this.passages[k]!.doc === here.doc; k--) if (this.passages[k]!.paragraph < here.paragraph) earlier.unshift(this.passages[k]!.text);
        return [...earlier, here.text.slice(0, this.data.quotes.start[id]!)].join('\n');
      },
      narrationSharing: (claim) => narrationSharing(this.narrationIndex(passages), claim, max),
      quotesWithStems: (stems) => [...new Set(stems.flatMap((s) => [...this.stemPosting(s)]))].sort((a, b) => a - b),
    });
  }

  private byNameWord: Map<string, string[]> | null = null;

  /** The ids of the people quoted whose shown name holds `word` (lower case; indexed at the first call). */
  private personsNamed(word: string): string[] {
    if (!this.byNameWord) {
      const map = new Map<string, string[]>();
      for (const s of this.speakers) {
        if (s.kind !== 'person') continue;
        for (const w of new Set(s.name.toLowerCase().split(/[^\p{L}'’]+/u))) {
          const list = map.get(w);
          if (list) list.push(s.id);
          else map.set(w, [s.id]);
        }
      }
      this.byNameWord = map;
    }
    return this.byNameWord.get(word) ?? [];
  }

  /** The ids of the quotes credited to a speaker, in corpus order (indexed at the first call). */
  private quoteIdsBy(speakerId: string): number[] {
    if (!this.bySpeaker) {
      // From the speaker column (index + 1, 0 for none): one array per speaker, no Map look-up per quote.
      const column = this.data.quotes.speaker;
      const lists: number[][] = this.speakers.map(() => []);
      for (let id = 0; id < column.length; id++) if (column[id]! > 0) lists[column[id]! - 1]!.push(id);
      const map = new Map<string, number[]>();
      lists.forEach((ids, i) => {
        if (ids.length) map.set(this.speakers[i]!.id, ids);
      });
      this.bySpeaker = map;
    }
    return this.bySpeaker.get(speakerId) ?? [];
  }

  /** The quotes holding the words, best first (exact, then close; not cut to `max`), and the narration holding them. */
  private findWords(query: string, max: number, passages: readonly Passage[]): FoundWords {
    const exactQuery = exactWords(query);
    if (exactQuery.length === 0) return { found: [], narration: [], acrossQuotes: [] };
    const phrase = exactQuery.map((w) => this.wordIds.find(w));
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
      this.tally ??= new WeightTally(this.quotes.length);
      const ranked = this.tally.ranked(content.map((s) => this.stemPosting(s)), content.map(weight), contentTotal * 0.5 - 1e-9);
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
      for (let r = 0; r < ranked.ids.length; r++) {
        const id = ranked.ids[r]!;
        const w = ranked.weights[r]!;
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
    const inner = this.quotesInside([...exact, ...close].map((x) => x.id));
    const found: FoundWords['found'] = [
      ...exact.filter((x) => !inner.has(x.id)).map((x) => ({ id: x.id, match: 'exact' as const })),
      ...close.filter((x) => !inner.has(x.id)).map((x) => ({ id: x.id, match: 'close' as const })),
    ];
    const narration = this.narrationIndex(passages).find(exactQuery, max);
    // Found in no quote as typed and in no narration: the words may run across a quotation mark. (Only the
    // book's own passages have quotes to look in.)
    if (exact.length === 0 && narration.length === 0 && passages === this.passages) {
      const across = findAcrossQuotes(exactQuery, phrase, max, this.acrossQuotesSources());
      return { found, narration: across.narration, acrossQuotes: across.across };
    }
    return { found, narration, acrossQuotes: [] };
  }

  /**
   * Of the quotes found, those holding another one found (a quote inside a quote, `"He said 'we came here'"`):
   * the words found are the inner speaker's, whom the outer speaker only reports.
   */
  private quotesInside(ids: readonly number[]): Set<number> {
    const out = new Set<number>();
    if (ids.length < 2) return out;
    const { passage, start, end } = this.data.quotes;
    const byPassage = new Map<number, number[]>();
    for (const id of ids) {
      const list = byPassage.get(passage[id]!);
      if (list) list.push(id);
      else byPassage.set(passage[id]!, [id]);
    }
    for (const list of byPassage.values()) {
      if (list.length < 2) continue;
      for (const outer of list) {
        const holds = list.some((i) => i !== outer && start[outer]! <= start[i]! && end[i]! <= end[outer]! && end[i]! - start[i]! < end[outer]! - start[outer]!);
        if (holds) out.add(outer);
      }
    }
    return out;
  }

  private acrossQuotesSources(): AcrossQuotesSources {
    if (!this.acrossSources) {
      const { quoteWords, quotes } = this.data;
      const n = quotes.passage.length;
      // Both inverted once: the quotes having each word, the quotes in each passage.
      const byWord = this.quotesByWord.get();
      const byPassage = invertLists(Int32Array.from({ length: n + 1 }, (_, i) => i), quotes.passage, this.passages.length);
      this.acrossSources = {
        passages: this.passages,
        narration: this.narration,
        quotesWith: (word) => (word >= 0 && word < this.wordIds.size ? listAt(byWord, word) : EMPTY),
        quotesIn: (passage) => listAt(byPassage, passage),
        passageOf: (id) => quotes.passage[id]!,
        quoteWords: (id) => listAt(quoteWords, id),
        quote: (id) => ({ start: quotes.start[id]!, end: quotes.end[id]!, speaker: this.quotes[id]!.speaker, role: this.quotes[id]!.role }),
      };
    }
    return this.acrossSources;
  }

  private narrationIndex(passages: readonly Passage[]): NarrationIndex {
    if (passages === this.passages) return this.narration;
    let idx = this.otherNarration.get(passages);
    if (!idx) {
      // Its own copy of the word numbers: the book's stay as they were built (and as its snapshot says).
      const reader = new QuoteWordReader(readPassages(passages), passages, this.wordIds.clone());
      idx = NarrationIndex.build(passages, passages.map((p) => safeSpans(p.text)), reader);
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

/**
 * The speakers (most quoted first) and the quotes' columns of an extraction, and the directory of the speakers:
 * the tables of a quote book that need the speakers merged.
 */
function speakerTables(passageCount: number, extraction: { records: readonly QuoteRecord[]; speakers: readonly Speaker[] }): { tables: Pick<QuoteTables, 'passages' | 'speakers' | 'quotes'>; directory: SpeakerDirectory } {
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
  });
  const directory = SpeakerDirectory.build(speakers, speakers.map((s) => counts.get(s.id) ?? 0));
  return { tables: { passages: passageCount, speakers: speakerData, quotes }, directory };
}
