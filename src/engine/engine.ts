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
import { buildPassages } from './passages.ts';
import { SearchIndex } from './search.ts';
import { QuoteBook } from './quotes.ts';
import { Timeline, type TimelineFilters } from './timeline.ts';
import { Summarizer, type SummaryOptions } from './summary.ts';

export type { TimelineFilters, SummaryOptions };

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
  private readonly byPassage: Map<string, Passage>;
  private readonly byDoc: Map<string, Document>;

  private constructor(readonly documents: readonly Document[]) {
    this.passages = buildPassages(documents);
    this.byPassage = new Map(this.passages.map((p) => [p.id, p]));
    this.byDoc = new Map(documents.map((d) => [d.id, d]));
    this.index = SearchIndex.build(this.passages, documents);
    this.quoteBook = QuoteBook.build(this.passages, documents);
    this.timelineData = Timeline.build(this.passages, documents);
    this.summarizer = Summarizer.build(this.passages, documents);
  }

  /** Builds the engine: passages, sentences, search index, quotes, timeline and summary scores. */
  static build(documents: readonly Document[]): Engine {
    return new Engine(documents);
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
    const p = this.byPassage.get(id.trim());
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

function unknownSource(id: string): ErrorAnswer {
  return {
    kind: 'error',
    error: { code: 'unknown_source', message: `There is no document "${id}" in the corpus. /sources lists the documents and their ids.` },
  };
}
