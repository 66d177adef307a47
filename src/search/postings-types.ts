/** The postings index's vocabulary of types: what it is given, what it keeps, what a search returns. */

export type Field = 'title' | 'body';

export interface ScoringOptions {
  /** The fields searched, in MiniSearch's order of scoring. */
  fields: readonly Field[];
  boost: Readonly<Record<Field, number>>;
  bm25: { k: number; b: number; d: number };
  weights: { fuzzy: number; prefix: number };
  /** Whether a query term also matches the longer terms it is a prefix of. */
  prefix: (term: string) => boolean;
  /** The edit distance a query term may match at, or false. */
  fuzzy: (term: string) => number | false;
  /** A query term's weight (MiniSearch's `boostTerm`); 1 when absent. */
  boostTerm?: (term: string) => number;
  /** A document weight; 0 leaves the passage out for that term (MiniSearch's `boostDocument`). */
  boostDocument?: (id: number) => number;
}

/** One matching passage, as MiniSearch's search result describes it. */
export interface IndexResult {
  /** Passage number. */
  id: number;
  /** BM25+ sum times the number of query terms matched. */
  score: number;
  /** The BM25+ sum alone (not in MiniSearch's result). */
  sum?: number;
  /** The query terms that matched, in query order. */
  queryTerms: string[];
  /** Index term → the fields it matched in (the last query term that reached it decides, as in MiniSearch). */
  match: Record<string, Field[]>;
}

/** At most this many query terms for `searchLean` (one bit each). */
export const LEAN_TERMS = 31;
/** How a query term met a passage in `searchLean`, as a share of an exact match in the body. */
export const LEAN_PREFIX = 0.7;
export const LEAN_FUZZY = 0.5;
export const LEAN_TITLE_ONLY = 0.4;

/**
 * What `searchLean` found: the passages touched, in MiniSearch's order, and per passage its score (as
 * `search` gives it) and, per query term (by its place in the query), how the term met it: 1 exact in the
 * body, LEAN_PREFIX or LEAN_FUZZY for a longer or misspelt form, times LEAN_TITLE_ONLY when only the
 * headline holds it, 0 not at all. Valid until the next search.
 */
export interface LeanResults {
  ids: number[];
  /** The same as the methods, by passage: bit q of matched/body for query term q, values[q], the BM25+ sum. */
  matched: Int32Array;
  body: Int32Array;
  values: Float64Array[];
  sum: Float64Array;
  score(passage: number): number;
  value(passage: number, queryTerm: number): number;
  inBody(passage: number, queryTerm: number): boolean;
}

/** The plain-data form of a PostingsIndex (see PostingsIndex.toSnapshot). */
export interface PostingsSnapshot {
  /** The vocabulary in order of first occurrence: term number → term. */
  terms: string[];
  passageCount: number;
  /** Body postings: term t's passages are bodyPassages[bodyOffsets[t] .. bodyOffsets[t + 1]), ascending. */
  bodyOffsets: Int32Array;
  bodyPassages: Int32Array;
  bodyFreqs: Uint16Array | Int32Array;
  /** Distinct terms of each passage body (MiniSearch's field length). */
  bodyLengths: Int32Array;
  /** Headline postings by headline group, like the body's. */
  titleOffsets: Int32Array;
  titleGroups: Int32Array;
  titleFreqs: Uint16Array | Int32Array;
  /** Headline group of each passage. */
  groupOf: Int32Array;
  /** Passages of each group, ascending: groupPassages[groupPassageOffsets[g] .. groupPassageOffsets[g + 1]). */
  groupPassageOffsets: Int32Array;
  groupPassages: Int32Array;
  /** Distinct headline terms of each group: groupTerms[groupTermOffsets[g] .. groupTermOffsets[g + 1]). */
  groupTermOffsets: Int32Array;
  groupTerms: Int32Array;
  averageBodyLength: number;
  averageTitleLength: number;
}

/**
 * Input of PostingsIndex.build: each passage's body terms and headline group, each group's headline terms.
 * Terms come as the caller's numbers (any numbering, one number per distinct term, from 0), so that the
 * caller can map words to numbers with one lookup; the index renumbers them in order of first occurrence.
 */
export interface PostingsInput {
  /** The body terms of passage i, in order; called once per passage, in order. */
  bodyTerms: (passage: number) => readonly number[];
  passageCount: number;
  /** Headline group of each passage; groups are numbered from 0 in order of their first passage. */
  groupOf: Int32Array;
  /** The headline terms of each group, in order. */
  groupTitles: readonly (readonly number[])[];
  /** The term the caller's number stands for. */
  termText: (term: number) => string;
}

export const FIELD_TITLE = 0;
export const FIELD_BODY = 1;
export const FIELD_NAMES: readonly Field[] = ['title', 'body'];
