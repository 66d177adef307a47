import type {
  AskAnswer,
  Document,
  ErrorAnswer,
  Passage,
  PassageAnswer,
  QuotesAnswer,
  SourcesAnswer,
  SpeakersAnswer,
  SummaryAnswer,
  TimelineAnswer,
  WhoSaidAnswer,
} from '../types.ts';
import { buildPassages, packDocuments, restorePassages, unpackDocuments, type PackedDocuments, type SentenceBounds } from '../text/passages.ts';
import { readPassages, type Reading } from '../text/reading.ts';
import { readingSnapshot, restoreReading, type ReadingSnapshot } from '../text/reading-snapshot.ts';
import { SearchIndex } from '../search/search.ts';
import { QuoteBook } from '../quotes/quotes.ts';
import type { QuoteSpeakerPart, QuoteWordPart } from '../quotes/quote-snapshot.ts';
import type { QuoteWordSpans } from '../quotes/quote-word-tables.ts';
import { DocumentChunks, type DocumentsRead, type QuotesSplit } from '../quotes/extract-quotes.ts';
import { Timeline, type TimelineFilters } from '../timeline/timeline.ts';
import { Summarizer, type SummaryOptions } from '../summary/summary.ts';

export type { TimelineFilters, SummaryOptions };

/**
 * The built engine as plain data (strings, numbers, arrays, typed arrays): what `Engine.fromSnapshot`
 * needs to answer exactly as the engine it was taken from, without analysing the corpus again.
 */
export interface EngineSnapshot {
  // The parts, in the order a snapshot file keeps them: SNAPSHOT_PARTS.
  documents: PackedDocuments;
  /** The passages' sentence bounds: the first part of the shared reading, all a start needs of it. */
  sentences: SentenceBounds;
  search: ReturnType<SearchIndex['toSnapshot']>;
  quotes: ReturnType<QuoteBook['toSnapshot']>;
  timeline: ReturnType<Timeline['toSnapshot']>;
  /** The rest of the shared reading (text/reading.ts): tokens and proper names, which no start waits for. */
  reading: Omit<ReadingSnapshot, 'sentences'>;
  summary: ReturnType<Summarizer['toSnapshot']>;
}

/** The parts of an EngineSnapshot, in the order they are saved and read back. */
export const SNAPSHOT_PARTS = ['documents', 'sentences', 'search', 'quotes', 'timeline', 'reading', 'summary'] as const satisfies readonly (keyof EngineSnapshot)[];

/** The documents and passages of an engine read back from a snapshot, before its analyses. */
export interface RestoredText {
  documents: Document[];
  passages: Passage[];
  /** The sentence bounds the passages were made from. */
  sentences: SentenceBounds;
}

/** The analyses that read the shared reading when they are built. */
export const READERS: readonly AnalysisName[] = ['search', 'quotes', 'timeline', 'summary'];

/** The analyses built from the passages, each independent of the others. */
interface Analyses {
  search: SearchIndex;
  quotes: QuoteBook;
  timeline: Timeline;
  summary: Summarizer;
}

/**
 * What a build aside hands back: the snapshots of its analyses, and of its reading when it made one; when the
 * quotes' words were read on the other thread, the speakers' part of the quotes instead of their snapshot.
 */
export type AsideSnapshots = Partial<Pick<EngineSnapshot, AnalysisName>> & { reading?: ReadingSnapshot; quoteSpeakers?: QuoteSpeakerPart };

/**
 * How a thread helps another build the quotes (`Engine.buildSplit`): chunks of `size` documents it may `claim`
 * and then `share`, read; and, when given, `words`: where the quotes stand (a promise of them, or null when the
 * other side will not say), once it has read every chunk, for this thread to read their words.
 */
export interface QuotesHelp {
  size: number;
  claim: (chunks: number) => number | null;
  share: (chunk: number, read: DocumentsRead | null) => void;
  words?: () => Promise<QuoteWordSpans | null> | null;
}

/** The name of one analysis; its snapshot is the EngineSnapshot field of the same name. */
export type AnalysisName = keyof Analyses;

/** Every analysis, in the order `build` makes them. */
export const ANALYSIS_NAMES: readonly AnalysisName[] = ['search', 'quotes', 'timeline', 'summary'];

export type { QuotesSplit };

/**
 * Builds one analysis from the passages and their reading (made here when not given and the analysis reads
 * it). The reading may be given as a function: the quotes ask for it only once they have found the quotes,
 * so that a build worker waits for the reading of the other thread no longer than it must.
 */
export function buildAnalysis<N extends AnalysisName>(name: N, passages: Passage[], docs: readonly Document[], reading?: Reading | (() => Reading), quotesSplit?: QuotesSplit): Analyses[N] {
  const now = (): Reading | undefined => (typeof reading === 'function' ? reading() : reading);
  const builders: { [K in AnalysisName]: () => Analyses[K] } = {
    search: () => SearchIndex.build(passages, docs, now()),
    quotes: () => QuoteBook.build(passages, docs, reading, quotesSplit),
    timeline: () => Timeline.build(passages, docs, now()),
    summary: () => Summarizer.build(passages, docs, now()),
  };
  return builders[name]() as Analyses[N];
}

/** One analysis as plain data: its part of an EngineSnapshot. */
export function analysisSnapshot<N extends AnalysisName>(_name: N, analysis: Analyses[N]): EngineSnapshot[N] {
  return (analysis as unknown as { toSnapshot(): EngineSnapshot[N] }).toSnapshot();
}

/** One analysis restored from its snapshot, for the passages it was built from. */
export function restoreAnalysis<N extends AnalysisName>(name: N, data: EngineSnapshot[N], passages: Passage[], docs: readonly Document[]): Analyses[N] {
  const restorers: { [K in AnalysisName]: (d: EngineSnapshot[K]) => Analyses[K] } = {
    search: (d) => SearchIndex.fromSnapshot(d, passages, docs),
    quotes: (d) => QuoteBook.fromSnapshot(d, passages, docs),
    timeline: (d) => Timeline.fromSnapshot(d, passages, docs),
    summary: (d) => Summarizer.fromSnapshot(d, passages, docs),
  };
  return (restorers[name] as (d: EngineSnapshot[N]) => Analyses[N])(data);
}

function setAnalysis<N extends AnalysisName>(parts: Partial<Analyses>, name: N, value: Analyses[N]): void {
  parts[name] = value;
}

/**
 * Everything the bot knows, built once from the corpus and then only read. A corpus change builds a new
 * Engine aside and swaps it in; answers in progress finish on the old one.
 */
export class Engine {
  readonly passages: Passage[];
  readonly index: SearchIndex;
  readonly quoteBook: QuoteBook;
  readonly timelineData: Timeline;
  readonly summarizer: Summarizer;
  // Made on the first look-up by id: a quarter of a million entries that a start from a snapshot need not wait for.
  private byPassageMap: Map<string, Passage> | undefined;
  private readonly byDoc: Map<string, Document>;
  // The reading as its snapshot keeps it (a byte a word), or how to make it; made into a Reading on first
  // use. No analysis reads it once built: held in full, it would cost six bytes a word for the engine's life.
  #readingData: ReadingSnapshot | (() => ReadingSnapshot);
  #reading: Reading | undefined;

  private constructor(
    readonly documents: readonly Document[],
    passages: Passage[],
    parts: Analyses,
    reading: ReadingSnapshot | (() => ReadingSnapshot),
  ) {
    this.passages = passages;
    this.#readingData = reading;
    this.index = parts.search;
    this.quoteBook = parts.quotes;
    this.timelineData = parts.timeline;
    this.summarizer = parts.summary;
    this.byDoc = new Map(documents.map((d) => [d.id, d]));
  }

  /** Builds the engine: passages, their reading, search index, quotes, timeline and summary scores. */
  static build(documents: readonly Document[]): Engine {
    const passages = buildPassages(documents);
    const reading = readPassages(passages);
    const engine = new Engine(
      documents,
      passages,
      {
        search: buildAnalysis('search', passages, documents, reading),
        quotes: buildAnalysis('quotes', passages, documents, reading),
        timeline: buildAnalysis('timeline', passages, documents, reading),
        summary: buildAnalysis('summary', passages, documents, reading),
      },
      readingSnapshot(reading),
    );
    // The engine keeps the reading's snapshot form; an analysis may still hold the reading itself.
    reading.release();
    return engine;
  }

  /**
   * The shared reading of the passages (sentences, tokens, spellings, proper names; see text/reading.ts), for
   * analyses and answers that need the words of a passage without scanning its text.
   */
  get reading(): Reading {
    this.#reading ??= restoreReading(this.readingData(), this.passages);
    return this.#reading;
  }

  private readingData(): ReadingSnapshot {
    if (typeof this.#readingData === 'function') this.#readingData = this.#readingData();
    return this.#readingData;
  }

  /**
   * Builds the same engine as `build`, with the analyses named in `elsewhere` built at the same time by
   * `buildAside` (a worker thread, see parallel.ts), which hands back their snapshots. When `buildAside`
   * fails, they are built here: slower, never wrong. `shareReading` is told, once and as soon as it is made,
   * the reading made here (its per-token lists in shared memory, read by both threads, neither copied nor
   * moved), or null when none is made here, so that the other side need not read the text again. With
   * `quotesHelp`, once its own analyses are built this thread reads chunks of the quotes' documents of `size`
   * documents, each it can `claim` before the other side does, and gives each to `share` (null should reading
   * it fail), for the other side's quotes to take (`QuotesSplit`). With `quotesHelp.words` as well, the other
   * side tells where the quotes stand once every chunk is read and hands back only the speakers' part of the
   * quotes (`quoteSpeakers`): this thread reads the quotes' words meanwhile, from the reading made here.
   */
  static async buildSplit(
    documents: readonly Document[],
    elsewhere: readonly AnalysisName[],
    buildAside: () => Promise<AsideSnapshots>,
    shareReading?: (reading: Reading | null) => void,
    quotesHelp?: QuotesHelp,
  ): Promise<Engine> {
    // Started before this thread's own work, which holds the event loop until it is done.
    type Aside = { snapshots: AsideSnapshots } | { err: unknown };
    const aside: Promise<Aside> = elsewhere.length > 0 ? buildAside().then((snapshots) => ({ snapshots }), (err: unknown) => ({ err })) : Promise.resolve({ snapshots: {} });
    let shared = false;
    const share = (r: Reading | null): void => {
      if (!shared) shareReading?.(r);
      shared = true;
    };
    try {
      const passages = buildPassages(documents);
      // Read here when an analysis built here reads it, and shared at once with the other side when one there
      // reads it too. Its snapshot form is kept first.
      const here = ANALYSIS_NAMES.filter((n) => !elsewhere.includes(n));
      const readsHere = here.some((n) => READERS.includes(n));
      let reading: Reading | undefined = readsHere ? readPassages(passages, elsewhere.some((n) => READERS.includes(n))) : undefined;
      const readingData = reading ? readingSnapshot(reading) : undefined;
      share(reading ?? null);
      const readingHere = (): Reading => (reading ??= readPassages(passages));
      const parts: Partial<Analyses> = {};
      for (const name of here) setAnalysis(parts, name, buildAnalysis(name, passages, documents, READERS.includes(name) ? readingHere() : undefined));
      // Its own analyses built, this thread reads chunks of the quotes' documents for the other side, which reads
      // the others meanwhile (the quotes take the longest to build): whichever thread is free takes the next chunk,
      // so that both stay busy until the last, however fast each reads. (Should reading one fail here, the other
      // side reads it itself: slower, never wrong.)
      const helping = quotesHelp && elsewhere.includes('quotes') ? quotesHelp : undefined;
      if (helping) helpWithQuotes(passages, helping);
      // Then it reads the quotes' words while the other side merges the speakers, which the words do not need. (Should
      // the other side fail first, or the words fail here, the quotes are built here after all: slower, never wrong.)
      const wordsAt = helping?.words?.();
      const quoteWords = wordsAt && reading ? await readQuoteWordsHere(passages, reading, wordsAt, aside) : null;
      // Let go of it here (an analysis may keep a reference to it): the other side holds the shared lists as
      // long as it needs them, and should it fail, the text is read again (slower, never wrong).
      reading?.release();
      reading = undefined;
      const result = await aside;
      for (const name of elsewhere) {
        const snapshots = 'snapshots' in result ? result.snapshots : undefined;
        const snapshot = snapshots?.[name];
        if (name === 'quotes' && snapshots?.quoteSpeakers && quoteWords) setAnalysis(parts, 'quotes', QuoteBook.fromParts(snapshots.quoteSpeakers, quoteWords, passages, documents));
        else setAnalysis(parts, name, snapshot ? restoreAnalysis(name, snapshot, passages, documents) : buildAnalysis(name, passages, documents, READERS.includes(name) ? readingHere() : undefined));
      }
      const readAside = 'snapshots' in result ? result.snapshots.reading : undefined;
      return new Engine(documents, passages, parts as Analyses, readingData ?? readAside ?? (() => readingSnapshot(readingHere())));
    } finally {
      // Whatever failed here, the other side must not wait for a reading that will never come. (Every chunk of
      // documents claimed here was handed over: see helpWithQuotes.)
      share(null);
    }
  }

  /** The engine as plain data, for `Engine.fromSnapshot` (see snapshot.ts for the file around it). */
  toSnapshot(): EngineSnapshot {
    return {
      documents: this.snapshotPart('documents'),
      sentences: this.snapshotPart('sentences'),
      search: this.snapshotPart('search'),
      quotes: this.snapshotPart('quotes'),
      timeline: this.snapshotPart('timeline'),
      reading: this.snapshotPart('reading'),
      summary: this.snapshotPart('summary'),
    };
  }

  /** One part of `toSnapshot()`, so that a large engine can be saved a part at a time. */
  snapshotPart<K extends keyof EngineSnapshot>(name: K): EngineSnapshot[K] {
    const parts: { [P in keyof EngineSnapshot]: () => EngineSnapshot[P] } = {
      documents: () => packDocuments(this.documents),
      sentences: () => this.readingData().sentences,
      reading: () => {
        const { sentences: _sentences, ...rest } = this.readingData();
        return rest;
      },
      search: () => this.index.toSnapshot(),
      quotes: () => this.quoteBook.toSnapshot(),
      timeline: () => this.timelineData.toSnapshot(),
      summary: () => this.summarizer.toSnapshot(),
    };
    return parts[name]() as EngineSnapshot[K];
  }

  /** The engine a snapshot was taken from, answering exactly as it did, without analysing the corpus. */
  static fromSnapshot(data: EngineSnapshot): Engine {
    return Engine.fromSnapshotParts(Engine.restoreText(data), data);
  }

  /**
   * The first step of `fromSnapshot`: the documents and passages, from the first two parts of a snapshot,
   * so that a reader can make them while the other parts are still being read.
   */
  static restoreText(data: Pick<EngineSnapshot, 'documents' | 'sentences'>): RestoredText {
    const documents = unpackDocuments(data.documents);
    return { documents, passages: restorePassages(documents, data.sentences), sentences: data.sentences };
  }

  /** The second step of `fromSnapshot`: the analyses, for the documents and passages of the first. */
  static fromSnapshotParts(text: RestoredText, data: Pick<EngineSnapshot, AnalysisName | 'reading'>): Engine {
    const { documents, passages } = text;
    // A snapshot file hands the reading's tokens over unread (a function that reads them back): see snapshot.ts.
    const tokens = data.reading as EngineSnapshot['reading'] | (() => EngineSnapshot['reading']);
    return new Engine(
      documents,
      passages,
      {
        search: restoreAnalysis('search', data.search, passages, documents),
        quotes: restoreAnalysis('quotes', data.quotes, passages, documents),
        timeline: restoreAnalysis('timeline', data.timeline, passages, documents),
        summary: restoreAnalysis('summary', data.summary, passages, documents),
      },
      typeof tokens === 'function' ? () => ({ ...tokens(), sentences: text.sentences }) : { ...tokens, sentences: text.sentences },
    );
  }

  /** The document with that id, if any. */
  document(id: string): Document | undefined {
    return this.byDoc.get(id);
  }

  /** The documents in the corpus. */
  sources(): SourcesAnswer {
    return {
      kind: 'sources',
      documents: this.documents.map((d) => ({
        id: d.id,
        title: d.title,
        outlet: d.outlet,
        published: d.published,
        url: d.url,
        paragraphs: d.paragraphs.length,
      })),
    };
  }

  /** One passage by its id (`<doc>#p<N>`). */
  passage(id: string): PassageAnswer | ErrorAnswer {
    this.byPassageMap ??= new Map(this.passages.map((p) => [p.id, p]));
    const p = this.byPassageMap.get(id.trim());
    if (!p) {
      return {
        kind: 'error',
        error: { code: 'unknown_passage', message: `There is no passage "${id.trim()}". Passage ids look like "<document id>#p<N>"; /sources lists the documents.` },
      };
    }
    return { kind: 'passage', passage: p.id, text: p.text, citation: p.citation };
  }

  /** The best passages for a question, each with its best sentence. */
  ask(question: string, limit = 3): AskAnswer {
    const results = this.index.ask(question, limit);
    return { kind: 'ask', query: question, answered: results.length > 0, results };
  }

  /**
   * Makes, a part per step, the tables that answers would otherwise make at their first use (see
   * `warmUpInTurns`); the answers are the same either way.
   */
  preparing(): Generator<void, void, void> {
    return this.quoteBook.preparing();
  }

  /** Who said these words: quotes containing them (exact first, then close wording), else narration. */
  whoSaid(words: string, limit = 5): WhoSaidAnswer {
    return this.quoteBook.whoSaid(words, limit, this.passages);
  }

  /** Every quote of a speaker, any alias accepted. */
  quotes(speaker: string): QuotesAnswer {
    return this.quoteBook.quotesOf(speaker);
  }

  /** Every speaker with aliases, role and number of quotes. */
  speakers(): SpeakersAnswer {
    return this.quoteBook.speakersAnswer();
  }

  /** Dated events in date order, filtered. */
  timeline(filters: TimelineFilters): TimelineAnswer | ErrorAnswer {
    if (filters.source && !this.byDoc.has(filters.source)) return unknownSource(filters.source);
    const topicScores = filters.topic ? this.index.topicScores(filters.topic) : null;
    return this.timelineData.query(filters, topicScores);
  }

  /** A cited extractive summary, of one source or the whole corpus, optionally on a topic. */
  summary(options: SummaryOptions): SummaryAnswer | ErrorAnswer {
    if (options.source && !this.byDoc.has(options.source)) return unknownSource(options.source);
    const topicScores = options.topic ? this.index.topicScores(options.topic) : null;
    return this.summarizer.summarize(options, topicScores);
  }
}

/**
 * Reads, for another thread's quotes, every chunk of the documents this thread can claim before it, and
 * hands each over (null when reading it failed here: the other thread then reads it).
 */
function helpWithQuotes(passages: readonly Passage[], help: QuotesHelp): void {
  let chunks: DocumentChunks;
  try {
    chunks = new DocumentChunks(passages, help.size);
  } catch {
    // (Claiming none, this thread leaves every chunk to the other.)
    return;
  }
  for (let c = help.claim(chunks.count); c !== null; c = help.claim(chunks.count)) {
    let read: DocumentsRead | null = null;
    try {
      read = chunks.read(c);
    } catch {
      read = null;
    }
    help.share(c, read);
  }
}

/**
 * The words' part of the quotes (`QuoteBook.buildWordPart`), read here from `reading` once the other side says
 * where the quotes stand; null should it fail before it does (`aside` settling first), or reading them fail.
 */
async function readQuoteWordsHere(passages: readonly Passage[], reading: Reading, where: Promise<QuoteWordSpans | null>, aside: Promise<unknown>): Promise<QuoteWordPart | null> {
  const spans = await Promise.race([where, aside.then(() => null)]);
  if (!spans) return null;
  try {
    return QuoteBook.buildWordPart(passages, reading, spans);
  } catch {
    return null;
  }
}

function unknownSource(id: string): ErrorAnswer {
  return {
    kind: 'error',
    error: { code: 'unknown_source', message: `There is no document "${id}" in the corpus. /sources lists the documents and their ids.` },
  };
}
