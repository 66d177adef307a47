import { buildPostings } from './postings-build.ts';
import { searchExact } from './postings-exact.ts';
import { searchLean } from './postings-lean.ts';
import { PostingsReader } from './postings-reader.ts';
import { searchTop } from './postings-top.ts';
import type { TopPassage, TopScorer } from './max-score.ts';
import type { IndexResult, LeanResults, PostingsInput, PostingsSnapshot, ScoringOptions } from './postings-types.ts';

export type { TopPassage, TopScorer } from './max-score.ts';
export type { Field, IndexResult, LeanResults, PostingsInput, PostingsSnapshot, ScoringOptions } from './postings-types.ts';
export { LEAN_FUZZY, LEAN_PREFIX, LEAN_TERMS, LEAN_TITLE_ONLY } from './postings-types.ts';

/**
 * A compact inverted index of passages with two fields, the body (per passage) and the headline (per
 * document, shared by its passages), scored exactly as MiniSearch 7 scores its index: BM25+ over term
 * frequencies, with prefix and typo expansion of query terms and OR combination. MiniSearch keeps a Map of
 * document → frequency per term per field, millions of small entries that are slow to build, to collect
 * and to restore; here the postings are a few flat typed arrays filled in two passes, and a snapshot of
 * them restores in milliseconds.
 *
 * Exactness matters because answers carry rounded scores and ties are broken by order: every score is
 * computed with the same floating-point operations in the same order as MiniSearch's `search` (see
 * `termResults`, `executeQuerySpec` and the OR combinator in minisearch/dist/es/index.js), the vocabulary is
 * expanded through MiniSearch's own radix tree filled in the same order, and results come in the same order.
 */

/** The passages' inverted index: build it, search it as MiniSearch would, snapshot and restore it. */
export class PostingsIndex {
  private readonly reader: PostingsReader;

  private constructor(private readonly data: PostingsSnapshot) {
    this.reader = new PostingsReader(data);
  }

  /** Indexes the passages: vocabulary in MiniSearch's insertion order, postings by term, field lengths (postings-build.ts). */
  static build(input: PostingsInput): PostingsIndex {
    return new PostingsIndex(buildPostings(input));
  }

  /** The index as plain data and typed arrays, for v8.serialize. */
  toSnapshot(): PostingsSnapshot {
    return this.data;
  }

  /** Restores an index from `toSnapshot()` without re-indexing. */
  static fromSnapshot(data: PostingsSnapshot): PostingsIndex {
    if (!Array.isArray(data.terms) || !(data.bodyOffsets instanceof Int32Array) || data.bodyOffsets.length !== data.terms.length + 1) {
      throw new Error('PostingsIndex.fromSnapshot: the snapshot is not a postings snapshot (terms and body offsets disagree)');
    }
    if (data.groupOf.length !== data.passageCount || data.bodyLengths.length !== data.passageCount) {
      throw new Error(`PostingsIndex.fromSnapshot: the snapshot is of ${data.groupOf.length} passages, expected ${data.passageCount}`);
    }
    return new PostingsIndex(data);
  }

  /** Number of passages whose body holds the term. */
  bodyFrequency(term: string): number {
    const t = this.reader.dictionary.get(term);
    return t === undefined ? 0 : this.data.bodyOffsets[t + 1]! - this.data.bodyOffsets[t]!;
  }

  /** The number of passages of the passage's document (its headline group). */
  documentSize(passage: number): number {
    const g = this.data.groupOf[passage]!;
    return this.data.groupPassageOffsets[g + 1]! - this.data.groupPassageOffsets[g]!;
  }

  /** The number of passages of the passage's document (its headline group) whose body holds the term. */
  bodyFrequencyInDocument(term: string, passage: number): number {
    const t = this.reader.dictionary.get(term);
    if (t === undefined) return 0;
    const { bodyOffsets, bodyPassages, groupOf, groupPassageOffsets, groupPassages } = this.data;
    const g = groupOf[passage]!;
    const start = bodyOffsets[t]!;
    const end = bodyOffsets[t + 1]!;
    if (!this.reader.titleOrdered) {
      let count = 0;
      for (let r = start; r < end; r++) if (groupOf[bodyPassages[r]!] === g) count++;
      return count;
    }
    // A document's passages are consecutive and postings ascend: two binary searches bound its postings.
    const first = groupPassages[groupPassageOffsets[g]!]!;
    const last = groupPassages[groupPassageOffsets[g + 1]! - 1]!;
    return lowerBound(bodyPassages, start, end, last + 1) - lowerBound(bodyPassages, start, end, first);
  }

  /** Number of passages whose headline holds the term. */
  titleFrequency(term: string): number {
    const t = this.reader.dictionary.get(term);
    return t === undefined ? 0 : this.reader.titlePassageCount(t);
  }

  /** Whether the headline of the passage's document holds the term. */
  titleHas(passage: number, term: string): boolean {
    const t = this.reader.dictionary.get(term);
    if (t === undefined) return false;
    const { groupTermOffsets, groupTerms } = this.data;
    const g = this.data.groupOf[passage]!;
    for (let j = groupTermOffsets[g]!; j < groupTermOffsets[g + 1]!; j++) if (groupTerms[j] === t) return true;
    return false;
  }

  /**
   * MiniSearch's `search(terms.join(' '), options)` with OR combination: calls `each` for every matching
   * passage, in MiniSearch's result order (before its final sort), with the same score and matches.
   */
  search(queryTerms: readonly string[], options: ScoringOptions, each: (result: IndexResult) => void): void {
    searchExact(this.reader, queryTerms, options, each);
  }

  /**
   * `search` without a result object per passage: the same scores from the same floating-point operations,
   * and, per query term (at most LEAN_TERMS), the best way it met each passage (see LeanResults). What the
   * ranking of a large corpus needs, where a common word touches a good share of all passages. `groups`
   * (bit masks of query terms) makes the sum's multiplier the number of groups met rather than of terms, so
   * that two words for one thing ("Moscow", "Russia") count once. Every passage holding a query term is
   * weighed: the reference `searchTop` must equal.
   */
  searchLean(queryTerms: readonly string[], options: ScoringOptions, groups?: readonly number[]): LeanResults {
    return searchLean(this.reader, queryTerms, options, groups);
  }

  /**
   * The best `depth` passages by `scorer`, exactly as weighing every passage `searchLean` touches gives them
   * (same sums, same values, same order), without weighing those that cannot be among them (see
   * max-score.ts). Null when the index cannot prune (headline groups out of passage order, document boosts,
   * more than LEAN_TERMS terms): use `searchLean`.
   */
  searchTop(queryTerms: readonly string[], options: ScoringOptions, depth: number, scorer: TopScorer): TopPassage[] | null {
    return searchTop(this.reader, queryTerms, options, depth, scorer);
  }
}

/** The first position in list[start, end) (ascending) whose value is at least `value`. */
function lowerBound(list: Int32Array, start: number, end: number, value: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
