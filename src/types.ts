/**
 * The types every part of the bot speaks. The answer types are exactly what the command line prints under
 * `--json` (see the CLI contract); fields may be added, never renamed or removed.
 */

/** Where an excerpt comes from. Made once with the passage and carried along unchanged. */
export interface Citation {
  doc: string;
  /** Body paragraph, counted from 1. */
  paragraph: number;
  /** `<doc>#p<paragraph>` */
  passage: string;
  outlet: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  url: string | null;
}

/** One article of the corpus, as loaded and validated from `corpus/<id>.md`. */
export interface Document {
  id: string;
  /** The file it came from, relative to the corpus folder. */
  file: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  published: string;
  url: string | null;
  language: string;
  paragraphs: string[];
}

/** A sentence of a passage with its place in the passage text (`text.slice(start, end) === text`). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** One body paragraph: the unit of search and citation. */
export interface Passage {
  id: string;
  doc: string;
  paragraph: number;
  text: string;
  sentences: Sentence[];
  citation: Citation;
}

export interface Speaker {
  /** Stable id, unique in the corpus. */
  id: string;
  /** The fullest form the corpus uses. */
  name: string;
  aliases: string[];
  role: string | null;
  kind: 'person' | 'organisation' | 'unnamed';
}

export interface Quote {
  /** Verbatim, without the quotation marks. */
  quote: string;
  /** A fragment inside a sentence rather than a full statement. */
  partial: boolean;
  /** Speaker id, or null when the quote is not attributed (scare quotes, labels, unknown). */
  speakerId: string | null;
  /** Display name of the speaker, or null. */
  speaker: string | null;
  role: string | null;
  /** False for labels and scare quotes: words in quotation marks that nobody is stating. */
  speech: boolean;
  /** The sentence the quote stands in, verbatim. */
  sentence: string;
  citation: Citation;
}

export type Precision = 'year' | 'month' | 'day';
export type Qualifier = 'early' | 'mid' | 'late' | null;

export interface TimelineEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD, per precision. */
  date: string;
  precision: Precision;
  qualifier: Qualifier;
  /** The time expression as written. */
  expression: string;
  sentence: string;
  citation: Citation;
  /** The same event as other documents report it. */
  also: { sentence: string; citation: Citation }[];
  /** Last day, month or year of a range or decade ("September 13–17, 2023", "the 1950s"), same format as `date`. */
  end?: string;
}

export interface SummarySentence {
  sentence: string;
  citation: Citation;
}

// ---- answers: one per command, the `--json` shape ----

export interface SourcesAnswer {
  kind: 'sources';
  documents: { id: string; title: string; outlet: string; published: string; url: string | null; paragraphs: number }[];
}

export interface PassageAnswer {
  kind: 'passage';
  passage: string;
  text: string;
  citation: Citation;
}

export interface AskResult {
  passage: string;
  text: string;
  highlight: string;
  score: number;
  citation: Citation;
  /**
   * Why this passage: each question word that met it, the term it met as, and how ("exact", "synonym",
   * "country for capital", "capital for country", "person" for "they", "prefix", "typo", "headline"), and
   * for a where/when/who/how-many question the kind of answer found ("place", "date", "person", "number",
   * "duration") with the word "where"/"when"... as `word`.
   */
  matched?: AskMatch[];
}

/** One reason an /ask result was found (see AskResult.matched). */
export interface AskMatch {
  word: string;
  term: string;
  how: string;
}

export interface AskAnswer {
  kind: 'ask';
  query: string;
  answered: boolean;
  results: AskResult[];
}

export interface WhoSaidMatch {
  speaker: string | null;
  role: string | null;
  quote: string;
  partial: boolean;
  /** The sentence the quote stands in, verbatim (the Discord face bolds the quote inside it). */
  sentence: string;
  citation: Citation;
  /** 'exact' when the words stand in the quote as typed, 'close' for close wording. */
  match: 'exact' | 'close';
}

export interface WhoSaidAnswer {
  kind: 'who-said';
  query: string;
  matches: WhoSaidMatch[];
  narration: { text: string; citation: Citation }[];
}

export interface QuotesAnswer {
  kind: 'quotes';
  query: string;
  /** The speaker as the corpus names them best; null when unknown. */
  speaker: string | null;
  role: string | null;
  quotes: { quote: string; partial: boolean; role: string | null; sentence: string; citation: Citation }[];
  /** Closest known names when the speaker is unknown. */
  suggestions: string[];
}

export interface SpeakersAnswer {
  kind: 'speakers';
  speakers: { name: string; aliases: string[]; role: string | null; quotes: number }[];
}

export interface TimelineAnswer {
  kind: 'timeline';
  filters: { from: string | null; to: string | null; topic: string | null; source: string | null };
  events: TimelineEvent[];
}

export interface SummaryAnswer {
  kind: 'summary';
  length: 'short' | 'medium' | 'long';
  topic: string | null;
  source: string | null;
  sentences: SummarySentence[];
}

export interface IngestAnswer {
  kind: 'ingest';
  document: { id: string; file: string; paragraphs: number };
  dropped: string[];
}

export interface HelpAnswer {
  kind: 'help';
  commands: { name: string; description: string; usage: string; example: string }[];
}

/** A refusal the user should see: bad input, unknown document, and so on. Never a crash. */
export interface ErrorAnswer {
  kind: 'error';
  error: { code: string; message: string };
}

export type Answer =
  | SourcesAnswer
  | PassageAnswer
  | AskAnswer
  | WhoSaidAnswer
  | QuotesAnswer
  | SpeakersAnswer
  | TimelineAnswer
  | SummaryAnswer
  | IngestAnswer
  | HelpAnswer
  | ErrorAnswer;
