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
  /** The same fact as other outlets report it (the summarizer always sets it; empty within one article). */
  also?: { sentence: string; citation: Citation }[];
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
  /**
   * The claim against the quote, word by word: 'same' (the quote's words), 'close' (other forms, words left
   * out, synonyms) or 'different' (a changed negation, opposite, number, name, quantity or other word).
   */
  verdict: 'same' | 'close' | 'different';
  /** Where the quote says something different from the claim (empty unless the verdict is 'different'). */
  differences: WordDifference[];
  /** Whether the quote's speaker is the one the claim names; null when it names nobody or the quote has no speaker. */
  speakerMatches: boolean | null;
}

/** One place where a quote and a claim differ in meaning. */
export interface WordDifference {
  kind: 'negation' | 'opposite' | 'number' | 'name' | 'quantity' | 'word';
  /** The quote's words here, verbatim; '' where the claim adds words the quote does not have. */
  quote: string;
  /** Where those words are in `quote` ([start, end) in UTF-16 units; equal where the claim adds words). */
  quoteStart: number;
  quoteEnd: number;
  /** The claim's words here, as typed; '' where the claim leaves out words of the quote. */
  claim: string;
}

export interface WhoSaidAnswer {
  kind: 'who-said';
  query: string;
  /** The words looked for: the query without its attribution frame ("Putin said ..."), quotation marks and "?". */
  claim: string;
  /** The speaker the query names ("Putin" in "did Putin say ..."), as typed; null when it names nobody. */
  claimedSpeaker: string | null;
  matches: WhoSaidMatch[];
  narration: { text: string; citation: Citation }[];
  /**
   * Sentences holding the claim's words once their quotation marks are read past (`Kim expressed his "full"
   * support`): found only when no quote holds the words exactly and the narration alone does not either.
   */
  acrossQuotes?: AcrossQuotes[];
}

/** A sentence holding a claim's words partly in the reporter's words and partly inside quotation marks. */
export interface AcrossQuotes {
  /** The sentence, verbatim (the passage when no one sentence holds the words). */
  text: string;
  citation: Citation;
  /** The claim's words as they stand in `text`, verbatim, quotation marks and all. */
  words: string;
  /** Whether some of the words are the reporter's (outside every quotation); false when they run across quotations only. */
  narrated: boolean;
  /** Each quotation the words run into: the quoted words among them, verbatim, and whom the quote is credited to. */
  quoted: { quote: string; speaker: string | null; role: string | null }[];
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
  document: { id: string; file: string; paragraphs: number; title: string; outlet: string; published: string; url: string | null; byline: string | null };
  dropped: string[];
  /** False when the same file was there already. */
  written: boolean;
  source: 'url' | 'html' | 'text';
  /** The page's address after redirects, for a URL. */
  fetched: string | null;
  /** Where the date came from: meta, json-ld, time, dateline (the page) or option (--published). */
  publishedFrom: string;
  /** Quotes and dated events found in the new article. */
  quotes: number;
  events: number;
  /** The article this one replaced (--force), moved to `.removed/`. */
  replaced: string | null;
  /** Discord: whether the bot answers from it already (the corpus watcher has reloaded). */
  live?: boolean;
}

/** An article moved out of the corpus into `.removed/` (`/corpus remove`). */
export interface RemovedAnswer {
  kind: 'removed';
  document: { id: string; title: string; outlet: string; published: string };
  /** Where the file went, relative to the corpus folder; moving it back undoes the removal. */
  movedTo: string;
  /** Whether the bot has stopped answering from it (the corpus watcher has reloaded). */
  live?: boolean;
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
  | RemovedAnswer
  | HelpAnswer
  | ErrorAnswer;
