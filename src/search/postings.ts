import SearchableMap from 'minisearch/SearchableMap';
import { topByMaxScore, WINDOW_BITS, type TopPassage, type TopScorer } from './max-score.ts';

export type { TopPassage, TopScorer } from './max-score.ts';

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

const SIZE_SAMPLE = 2000;
const FIELD_TITLE = 0;
const FIELD_BODY = 1;
const FIELD_NAMES: readonly Field[] = ['title', 'body'];

/**
 * (unit, term, frequency) triples, one per distinct term of each unit (a passage body, a headline), in
 * growable typed arrays, so that millions of postings need no JS array.
 */
class Pairs {
  units = new Int32Array(1 << 16);
  terms = new Int32Array(1 << 16);
  freqs = new Int32Array(1 << 16);
  length = 0;
  // Per term: the unit it was last counted for, and where its triple is.
  private seen = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  /** Adds a unit's terms (term numbers, in order); returns how many distinct terms it has. */
  add(unit: number, ids: Int32Array, n: number, termCount: number): number {
    if (this.length + n > this.units.length) this.grow(this.length + n);
    if (termCount > this.seen.length) {
      const size = Math.max(termCount, this.seen.length * 2);
      const seen = new Int32Array(size).fill(-1);
      seen.set(this.seen);
      this.seen = seen;
      const slot = new Int32Array(size);
      slot.set(this.slot);
      this.slot = slot;
    }
    const { seen, slot, units, terms, freqs } = this;
    const start = this.length;
    let at = start;
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      if (seen[id] !== unit) {
        seen[id] = unit;
        slot[id] = at;
        units[at] = unit;
        terms[at] = id;
        freqs[at] = 1;
        at++;
      } else freqs[slot[id]!]!++;
    }
    this.length = at;
    return at - start;
  }

  /** Makes room for `size` triples in all. */
  reserve(size: number): void {
    if (size > this.units.length) this.grow(size);
  }

  private grow(need: number): void {
    const size = Math.max(need, this.units.length * 2);
    for (const key of ['units', 'terms', 'freqs'] as const) {
      const grown = new Int32Array(size);
      grown.set(this[key].subarray(0, this.length));
      this[key] = grown;
    }
  }
}

/** Postings grouped by term, units ascending, from triples listed unit by unit. */
function invert(termCount: number, pairs: Pairs): { offsets: Int32Array; units: Int32Array; freqs: Uint16Array | Int32Array } {
  const { units, terms, freqs: pairFreqs, length } = pairs;
  const offsets = new Int32Array(termCount + 1);
  for (let i = 0; i < length; i++) offsets[terms[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, termCount);
  const out = new Int32Array(length);
  let maxFreq = 0;
  for (let i = 0; i < length; i++) if (pairFreqs[i]! > maxFreq) maxFreq = pairFreqs[i]!;
  const freqs = maxFreq <= 0xffff ? new Uint16Array(length) : new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const slot = fill[terms[i]!]!++;
    out[slot] = units[i]!;
    freqs[slot] = pairFreqs[i]!;
  }
  return { offsets, units: out, freqs };
}

/** The passages' inverted index: build it, search it as MiniSearch would, snapshot and restore it. */
export class PostingsIndex {
  private readonly dictionary: Map<string, number>;
  private radix: SearchableMap<number> | null = null;
  private readonly titleOrdered: boolean;
  /** Distinct headline terms of each passage's headline. */
  private readonly titleLengths: Int32Array;
  // Scratch state of a search, reused so that a query allocates only its results.
  private readonly totalScore: Float64Array;
  private readonly specScore: Float64Array;
  private readonly totalStamp: Int32Array;
  private readonly specStamp: Int32Array;
  private readonly derivedStamp: Int32Array;
  private readonly queryTermsOf: string[][];
  private readonly matchOf: Record<string, Field[]>[];
  private stamp = 0;

  private constructor(private readonly data: PostingsSnapshot) {
    const { terms, passageCount: n, groupOf } = data;
    this.dictionary = new Map();
    for (let t = 0; t < terms.length; t++) this.dictionary.set(terms[t]!, t);
    let ordered = true;
    for (let i = 1; i < n; i++) if (groupOf[i]! < groupOf[i - 1]!) ordered = false;
    this.titleOrdered = ordered;
    this.titleLengths = new Int32Array(n);
    for (let i = 0; i < n; i++) this.titleLengths[i] = data.groupTermOffsets[groupOf[i]! + 1]! - data.groupTermOffsets[groupOf[i]!]!;
    this.totalScore = new Float64Array(n);
    this.specScore = new Float64Array(n);
    this.totalStamp = new Int32Array(n);
    this.specStamp = new Int32Array(n);
    this.derivedStamp = new Int32Array(n);
    this.queryTermsOf = new Array<string[]>(n);
    this.matchOf = new Array<Record<string, Field[]>>(n);
  }

  /** Indexes the passages: vocabulary in MiniSearch's insertion order, postings by term, field lengths. */
  static build(input: PostingsInput): PostingsIndex {
    const { passageCount: n, groupOf, groupTitles } = input;
    const terms: string[] = [];
    // Caller's term number → term number here (in MiniSearch's vocabulary order), or -1 while unseen.
    let renumber = new Int32Array(1024).fill(-1);
    const idOf = (term: number): number => {
      if (term >= renumber.length) {
        const grown = new Int32Array(Math.max(term + 1, renumber.length * 2)).fill(-1);
        grown.set(renumber);
        renumber = grown;
      }
      let id = renumber[term]!;
      if (id < 0) {
        id = terms.length;
        renumber[term] = id;
        terms.push(input.termText(term));
      }
      return id;
    };
    let ids = new Int32Array(256);
    const toIds = (list: readonly number[]): number => {
      if (list.length > ids.length) ids = new Int32Array(list.length * 2);
      for (let j = 0; j < list.length; j++) ids[j] = idOf(list[j]!);
      return list.length;
    };

    const groupCount = groupTitles.length;
    const groupDone = new Uint8Array(groupCount);
    const bodyLengths = new Int32Array(n);
    const titleLengths = new Int32Array(groupCount);
    const bodyPairs = new Pairs();
    const titlePairs = new Pairs();
    let groupsSeen = 0;
    for (let i = 0; i < n; i++) {
      // MiniSearch adds the headline field before the body, so a headline's terms enter the vocabulary first.
      const g = groupOf[i]!;
      if (groupDone[g] === 0) {
        if (g !== groupsSeen) throw new Error(`PostingsIndex: headline groups must be numbered in order of their first passage (passage ${i} has group ${g}, expected ${groupsSeen})`);
        groupDone[g] = 1;
        groupsSeen++;
        const count = toIds(groupTitles[g]!);
        titleLengths[g] = titlePairs.add(g, ids, count, terms.length);
      }
      const count = toIds(input.bodyTerms(i));
      bodyLengths[i] = bodyPairs.add(i, ids, count, terms.length);
      // Doubling hundreds of megabytes costs more than the copies: size for the whole corpus from a sample.
      if (i === SIZE_SAMPLE && n > 2 * SIZE_SAMPLE) bodyPairs.reserve(Math.ceil((bodyPairs.length / (i + 1)) * n * 1.05));
    }
    if (groupsSeen !== groupCount) throw new Error(`PostingsIndex: ${groupCount - groupsSeen} headline groups have no passage`);

    const body = invert(terms.length, bodyPairs);
    const title = invert(terms.length, titlePairs);
    // Groups' headline terms are the title triples, unit by unit.
    const groupTerms = titlePairs.terms.slice(0, titlePairs.length);
    const groupTermOffsets = new Int32Array(groupCount + 1);
    for (let g = 0; g < groupCount; g++) groupTermOffsets[g + 1] = groupTermOffsets[g]! + titleLengths[g]!;

    const groupPassageOffsets = new Int32Array(groupCount + 1);
    for (let i = 0; i < n; i++) groupPassageOffsets[groupOf[i]! + 1]!++;
    for (let g = 0; g < groupCount; g++) groupPassageOffsets[g + 1]! += groupPassageOffsets[g]!;
    const fill = groupPassageOffsets.slice(0, groupCount);
    const groupPassages = new Int32Array(n);
    for (let i = 0; i < n; i++) groupPassages[fill[groupOf[i]!]!++] = i;

    // MiniSearch keeps a running mean, updated document by document; the same steps give the same float.
    let averageTitleLength = 0;
    let averageBodyLength = 0;
    for (let i = 0; i < n; i++) {
      averageTitleLength = (averageTitleLength * i + titleLengths[groupOf[i]!]!) / (i + 1);
      averageBodyLength = (averageBodyLength * i + bodyLengths[i]!) / (i + 1);
    }
    return new PostingsIndex({
      terms,
      passageCount: n,
      bodyOffsets: body.offsets,
      bodyPassages: body.units,
      bodyFreqs: body.freqs,
      bodyLengths,
      titleOffsets: title.offsets,
      titleGroups: title.units,
      titleFreqs: title.freqs,
      groupOf,
      groupPassageOffsets,
      groupPassages,
      groupTermOffsets,
      groupTerms,
      averageBodyLength,
      averageTitleLength,
    });
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
    const t = this.dictionary.get(term);
    return t === undefined ? 0 : this.data.bodyOffsets[t + 1]! - this.data.bodyOffsets[t]!;
  }

  /** Number of passages whose headline holds the term. */
  titleFrequency(term: string): number {
    const t = this.dictionary.get(term);
    return t === undefined ? 0 : this.titlePassageCount(t);
  }

  /** Whether the headline of the passage's document holds the term. */
  titleHas(passage: number, term: string): boolean {
    const t = this.dictionary.get(term);
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
    const query = this.nextStamp();
    const order: number[] = [];
    const fieldIds = options.fields.map((f) => (f === 'title' ? FIELD_TITLE : FIELD_BODY));
    const fieldBoosts = options.fields.map((f) => options.boost[f] || 1);
    for (const term of queryTerms) {
      const spec = this.nextStamp();
      const touched: number[] = [];
      const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
      const score = (derived: number, weight: number): void => this.termResults(derived, weight, termBoost, fieldIds, fieldBoosts, options, query, spec, touched);
      const exact = this.dictionary.get(term);
      if (exact !== undefined) score(exact, 1);
      const prefix = options.prefix(term);
      const maxDistance = options.fuzzy(term);
      if (prefix || maxDistance) {
        const radix = this.vocabulary();
        const fuzzyMatches = maxDistance ? radix.fuzzyGet(term, maxDistance) : undefined;
        if (prefix) {
          for (const [derived, id] of radix.atPrefix(term)) {
            const distance = derived.length - term.length;
            if (!distance) continue;
            fuzzyMatches?.delete(derived);
            score(id, (options.weights.prefix * derived.length) / (derived.length + 0.3 * distance));
          }
        }
        if (fuzzyMatches) {
          for (const [derived, [id, distance]] of fuzzyMatches) {
            if (!distance) continue;
            score(id, (options.weights.fuzzy * derived.length) / (derived.length + distance));
          }
        }
      }
      // OR combination: a passage's score is the sum of its per-term sums, in query order.
      for (const p of touched) {
        if (this.totalStamp[p] !== query) {
          this.totalStamp[p] = query;
          this.totalScore[p] = this.specScore[p]!;
          this.queryTermsOf[p] = [term];
          order.push(p);
        } else {
          this.totalScore[p] = this.totalScore[p]! + this.specScore[p]!;
          this.queryTermsOf[p]!.push(term);
        }
      }
    }
    for (const p of order) {
      const terms = this.queryTermsOf[p]!;
      const match = this.matchOf[p]!;
      this.queryTermsOf[p] = undefined as never;
      this.matchOf[p] = undefined as never;
      each({ id: p, score: this.totalScore[p]! * (terms.length || 1), sum: this.totalScore[p]!, queryTerms: terms, match });
    }
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
    if (queryTerms.length > LEAN_TERMS) throw new Error(`PostingsIndex.searchLean: at most ${LEAN_TERMS} query terms, got ${queryTerms.length}`);
    const n = this.data.passageCount;
    const query = this.nextStamp();
    const lean = this.leanScratch();
    const { matched, body } = lean;
    const ids: number[] = [];
    const fieldIds = options.fields.map((f) => (f === 'title' ? FIELD_TITLE : FIELD_BODY));
    const fieldBoosts = options.fields.map((f) => options.boost[f] || 1);
    const { k, b, d } = options.bm25;
    const boostDocument = options.boostDocument;
    const { specStamp, specScore, totalStamp, totalScore } = this;
    const values: Float64Array[] = [];
    queryTerms.forEach((term, q) => {
      const value = this.leanValues(q);
      values.push(value);
      const bit = 1 << q;
      const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
      const spec = this.nextStamp();
      const touched: number[] = [];
      // One index term's postings, weighted, added to this query term's results; `kind` is how it met.
      const score = (t: number, termWeight: number, kind: number): void => {
        for (let f = 0; f < fieldIds.length; f++) {
          const field = fieldIds[f]!;
          const fieldBoost = fieldBoosts[f]!;
          const met = field === FIELD_BODY ? kind : kind * LEAN_TITLE_ONLY;
          const data = this.data;
          const isBody = field === FIELD_BODY;
          const matchingFields = isBody ? data.bodyOffsets[t + 1]! - data.bodyOffsets[t]! : this.titlePassageCount(t);
          if (matchingFields === 0) continue;
          // The idf is the same for every posting, so computing it once gives the very same float.
          const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
          const lengths = isBody ? data.bodyLengths : this.titleLengths;
          const average = isBody ? data.averageBodyLength : data.averageTitleLength;
          // One posting, scored and recorded (calcBM25Score, operation for operation); `p` holds the term `termFreq` times.
          const post = (p: number, termFreq: number): void => {
            const docBoost = boostDocument ? boostDocument(p) : 1;
            if (!docBoost) return;
            const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * lengths[p]!) / average)));
            const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
            if (specStamp[p] === spec) {
              specScore[p] = specScore[p]! + weightedScore;
              if (met > value[p]!) value[p] = met;
            } else {
              specStamp[p] = spec;
              specScore[p] = weightedScore;
              value[p] = met;
              touched.push(p);
            }
            if (isBody) body[p] = body[p]! | bit;
          };
          if (isBody) {
            const { bodyPassages, bodyFreqs } = data;
            for (let r = data.bodyOffsets[t]!, end = data.bodyOffsets[t + 1]!; r < end; r++) post(bodyPassages[r]!, bodyFreqs[r]!);
          } else {
            // A headline posting is every passage of its group, read group by group rather than as
            // fieldPostings' list of passages (as long as the corpus for a word of many headlines). The order
            // passages are met in does not change their scores.
            const { groupPassages, groupPassageOffsets, titleGroups, titleFreqs } = data;
            for (let r = data.titleOffsets[t]!, end = data.titleOffsets[t + 1]!; r < end; r++) {
              const g = titleGroups[r]!;
              for (let x = groupPassageOffsets[g]!, last = groupPassageOffsets[g + 1]!; x < last; x++) post(groupPassages[x]!, titleFreqs[r]!);
            }
          }
        }
      };
      this.eachExpansion(term, options, score);
      for (const p of touched) {
        if (totalStamp[p] !== query) {
          totalStamp[p] = query;
          totalScore[p] = specScore[p]!;
          matched[p] = bit;
          body[p] = body[p]! & bit;
          ids.push(p);
        } else {
          totalScore[p] = totalScore[p]! + specScore[p]!;
          matched[p] = matched[p]! | bit;
        }
      }
    });
    // A passage first met by a later term may carry body bits of an earlier query: keep only this query's.
    for (const p of ids) body[p] = body[p]! & matched[p]!;
    return {
      ids,
      matched,
      body,
      values,
      sum: totalScore,
      score: (p) => {
        const m = matched[p]!;
        let count = 0;
        if (groups) {
          for (const g of groups) if ((m & g) !== 0) count++;
        } else for (let x = m; x !== 0; x &= x - 1) count++;
        return totalScore[p]! * (count || 1);
      },
      value: (p, q) => (((matched[p]! >> q) & 1) === 1 ? values[q]![p]! : 0),
      inBody: (p, q) => ((body[p]! >> q) & 1) === 1,
    };
  }

  /**
   * The best `depth` passages by `scorer`, exactly as weighing every passage `searchLean` touches gives them
   * (same sums, same values, same order), without weighing those that cannot be among them (see
   * max-score.ts). Null when the index cannot prune (headline groups out of passage order, document boosts,
   * more than LEAN_TERMS terms): use `searchLean`.
   */
  searchTop(queryTerms: readonly string[], options: ScoringOptions, depth: number, scorer: TopScorer): TopPassage[] | null {
    if (!this.titleOrdered || options.boostDocument || queryTerms.length > LEAN_TERMS || !(depth >= 1 && Number.isFinite(depth))) return null;
    const data = this.data;
    const n = data.passageCount;
    const { k, b, d } = options.bm25;
    const norms = this.lengthNorms(k, b, d);
    const windowBest: (Float64Array | null)[] = [];
    const lists = { term: [] as number[], headline: [] as number[], start: [] as number[], end: [] as number[], idf: [] as number[], weight: [] as number[], met: [] as number[], upper: [] as number[] };
    queryTerms.forEach((term, q) => {
      const termBoost = options.boostTerm ? options.boostTerm(term) : 1;
      this.eachExpansion(term, options, (t, termWeight, kind) => {
        for (const name of options.fields) {
          const isBody = name === 'body';
          const matchingFields = isBody ? data.bodyOffsets[t + 1]! - data.bodyOffsets[t]! : this.titlePassageCount(t);
          if (matchingFields === 0) continue;
          const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
          // As searchLean's termWeight * termBoost * fieldBoost * docBoost (1), before the raw score.
          const weight = termWeight * termBoost * (options.boost[name] || 1);
          lists.term.push(q);
          lists.headline.push(isBody ? 0 : 1);
          lists.start.push(isBody ? data.bodyOffsets[t]! : data.titleOffsets[t]!);
          lists.end.push(isBody ? data.bodyOffsets[t + 1]! : data.titleOffsets[t + 1]!);
          lists.idf.push(invDocFreq);
          lists.weight.push(weight);
          lists.met.push(isBody ? kind : kind * LEAN_TITLE_ONLY);
          lists.upper.push(weight * (invDocFreq * this.bestBracket(isBody, t, norms)));
          windowBest.push(isBody ? this.windowBrackets(t, norms) : null);
        }
      });
    });
    return topByMaxScore(
      {
        passageCount: n,
        bodyPassages: data.bodyPassages,
        bodyFreqs: data.bodyFreqs,
        titleGroups: data.titleGroups,
        titleFreqs: data.titleFreqs,
        groupOf: data.groupOf,
        groupStart: data.groupPassageOffsets,
        bodyNorm: norms.body,
        titleNorm: norms.title,
        k,
        d,
      },
      {
        term: Int32Array.from(lists.term),
        headline: Uint8Array.from(lists.headline),
        start: Int32Array.from(lists.start),
        end: Int32Array.from(lists.end),
        idf: Float64Array.from(lists.idf),
        weight: Float64Array.from(lists.weight),
        met: Float64Array.from(lists.met),
        upper: Float64Array.from(lists.upper),
        windowBest,
      },
      queryTerms.length,
      depth,
      scorer,
    );
  }

  /** Calls `score` for a query term's index terms, in MiniSearch's order: itself, longer forms, misspelt forms. */
  private eachExpansion(term: string, options: ScoringOptions, score: (t: number, termWeight: number, kind: number) => void): void {
    const exact = this.dictionary.get(term);
    if (exact !== undefined) score(exact, 1, 1);
    const { prefixed, near } = this.expansions(term, options.prefix(term), options.fuzzy(term));
    for (const [id, distance, length] of prefixed) score(id, (options.weights.prefix * length) / (length + 0.3 * distance), LEAN_PREFIX);
    for (const [id, distance, length] of near) score(id, (options.weights.fuzzy * length) / (length + distance), LEAN_FUZZY);
  }

  /** BM25's length norm k × (1 − b + b × length / mean) of each passage's body and headline, kept per (k, b). */
  private lengthNorms(k: number, b: number, d: number): Norms {
    const key = `${k} ${b} ${d}`;
    if (this.norms?.key === key) return this.norms;
    const data = this.data;
    const n = data.passageCount;
    const body = new Float64Array(n);
    const title = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      body[p] = k * (1 - b + (b * data.bodyLengths[p]!) / data.averageBodyLength);
      title[p] = k * (1 - b + (b * this.titleLengths[p]!) / data.averageTitleLength);
    }
    const bodyBest = new Float64Array(data.terms.length).fill(-1);
    const titleBest = new Float64Array(data.terms.length).fill(-1);
    this.norms = { key, k, d, body, title, bodyBest, titleBest, windowBest: new Map() };
    return this.norms;
  }
  private norms: Norms | null = null;

  /**
   * Per window of passages (see max-score.ts), the largest d + tf(k + 1) / (tf + norm) of term t's body
   * postings there (0 where it has none); null for a short list, where the best over all its postings serves.
   */
  private windowBrackets(t: number, norms: Norms): Float64Array | null {
    const data = this.data;
    const start = data.bodyOffsets[t]!;
    const end = data.bodyOffsets[t + 1]!;
    if (end - start < WINDOW_LIST) return null;
    let best = norms.windowBest.get(t);
    if (best !== undefined) return best;
    const { k, d } = norms;
    best = new Float64Array(((data.passageCount - 1) >> WINDOW_BITS) + 1);
    for (let r = start; r < end; r++) {
      const p = data.bodyPassages[r]!;
      const termFreq = data.bodyFreqs[r]!;
      const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.body[p]!);
      const w = p >> WINDOW_BITS;
      if (bracket > best[w]!) best[w] = bracket;
    }
    if (norms.windowBest.size >= WINDOW_MEMO) norms.windowBest.clear();
    norms.windowBest.set(t, best);
    return best;
  }

  /** The largest d + tf(k + 1) / (tf + norm) of term t's postings in a field: its best score over its idf. */
  private bestBracket(isBody: boolean, t: number, norms: Norms): number {
    const memo = isBody ? norms.bodyBest : norms.titleBest;
    if (memo[t]! >= 0) return memo[t]!;
    const { k, d } = norms;
    const data = this.data;
    let best = 0;
    if (isBody) {
      for (let r = data.bodyOffsets[t]!, end = data.bodyOffsets[t + 1]!; r < end; r++) {
        const termFreq = data.bodyFreqs[r]!;
        const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.body[data.bodyPassages[r]!]!);
        if (bracket > best) best = bracket;
      }
    } else {
      for (let r = data.titleOffsets[t]!, end = data.titleOffsets[t + 1]!; r < end; r++) {
        const termFreq = data.titleFreqs[r]!;
        const bracket = d + (termFreq * (k + 1)) / (termFreq + norms.title[data.groupPassageOffsets[data.titleGroups[r]!]!]!);
        if (bracket > best) best = bracket;
      }
    }
    memo[t] = best;
    return best;
  }

  /**
   * The longer terms a query term is a prefix of, and then the other terms within `maxDistance` edits of it,
   * in MiniSearch's order, each as [term number, distance, length]: the radix tree's walk, remembered, since a
   * large corpus's retries and candidate passes ask for the same term's expansions several times a question.
   */
  private expansions(term: string, prefix: boolean, maxDistance: number | false): Expansions {
    if (!prefix && !maxDistance) return NO_EXPANSIONS;
    const key = `${prefix ? 'p' : ''}${maxDistance || 0}:${term}`;
    let found = this.expansionMemo.get(key);
    if (found !== undefined) return found;
    const radix = this.vocabulary();
    const fuzzyMatches = maxDistance ? radix.fuzzyGet(term, maxDistance) : undefined;
    const prefixed: [number, number, number][] = [];
    const near: [number, number, number][] = [];
    if (prefix) {
      for (const [derived, id] of radix.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(derived);
        prefixed.push([id, distance, derived.length]);
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [id, distance]] of fuzzyMatches) if (distance) near.push([id, distance, derived.length]);
    }
    found = { prefixed, near };
    if (this.expansionMemo.size >= EXPANSION_MEMO) this.expansionMemo.clear();
    this.expansionMemo.set(key, found);
    return found;
  }
  private readonly expansionMemo = new Map<string, Expansions>();

  /** Passages whose headline holds term t (as fieldPostings counts them). */
  private titlePassageCount(t: number): number {
    const { titleOffsets, titleGroups, groupPassageOffsets } = this.data;
    let count = 0;
    for (let j = titleOffsets[t]!; j < titleOffsets[t + 1]!; j++) count += groupPassageOffsets[titleGroups[j]! + 1]! - groupPassageOffsets[titleGroups[j]!]!;
    return count;
  }

  private lean: { matched: Int32Array; body: Int32Array; values: Float64Array[] } | null = null;
  private leanScratch(): { matched: Int32Array; body: Int32Array; values: Float64Array[] } {
    if (this.lean === null) {
      const n = this.data.passageCount;
      this.lean = { matched: new Int32Array(n), body: new Int32Array(n), values: [] };
    }
    return this.lean;
  }
  private leanValues(q: number): Float64Array {
    const values = this.leanScratch().values;
    while (values.length <= q) values.push(new Float64Array(this.data.passageCount));
    return values[q]!;
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.totalStamp.fill(0);
      this.specStamp.fill(0);
      this.derivedStamp.fill(0);
    }
    return ++this.stamp;
  }

  /** MiniSearch's `termResults`: adds one index term's postings, weighted, to the current query term's results. */
  private termResults(
    t: number,
    termWeight: number,
    termBoost: number,
    fieldIds: readonly number[],
    fieldBoosts: readonly number[],
    options: ScoringOptions,
    query: number,
    spec: number,
    touched: number[],
  ): void {
    const derived = this.data.terms[t]!;
    const derivedMark = this.nextStamp();
    const { k, b, d } = options.bm25;
    const boostDocument = options.boostDocument;
    const n = this.data.passageCount;
    const { specStamp, specScore, derivedStamp, matchOf } = this;
    for (let f = 0; f < fieldIds.length; f++) {
      const field = fieldIds[f]!;
      const fieldName = FIELD_NAMES[field]!;
      const fieldBoost = fieldBoosts[f]!;
      const { passages, freqs, start, lengths, average } = this.fieldPostings(field, t);
      const matchingFields = passages.length;
      if (matchingFields === 0) continue;
      for (let j = 0; j < matchingFields; j++) {
        const p = passages[j]!;
        const docBoost = boostDocument ? boostDocument(p) : 1;
        if (!docBoost) continue;
        const termFreq = freqs[start + j]!;
        const fieldLength = lengths[p]!;
        // calcBM25Score, operation for operation.
        const invDocFreq = Math.log(1 + (n - matchingFields + 0.5) / (matchingFields + 0.5));
        const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
        const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
        if (specStamp[p] === spec) {
          specScore[p] = specScore[p]! + weightedScore;
        } else {
          specStamp[p] = spec;
          specScore[p] = weightedScore;
          touched.push(p);
        }
        let match = matchOf[p]!;
        if (derivedStamp[p]! < query) {
          // First touch of this passage in the query: a fresh match record.
          match = {};
          matchOf[p] = match;
        }
        if (derivedStamp[p] === derivedMark) match[derived]!.push(fieldName);
        else match[derived] = [fieldName];
        derivedStamp[p] = derivedMark;
      }
    }
  }

  /** The postings of term t in a field (headline postings expanded from groups to passages), ascending. */
  private fieldPostings(field: number, t: number): { passages: Int32Array; freqs: ArrayLike<number>; start: number; lengths: Int32Array; average: number } {
    const data = this.data;
    if (field === FIELD_BODY) {
      const start = data.bodyOffsets[t]!;
      const end = data.bodyOffsets[t + 1]!;
      return { passages: data.bodyPassages.subarray(start, end), freqs: data.bodyFreqs, start, lengths: data.bodyLengths, average: data.averageBodyLength };
    }
    const start = data.titleOffsets[t]!;
    const end = data.titleOffsets[t + 1]!;
    let count = 0;
    for (let j = start; j < end; j++) {
      const g = data.titleGroups[j]!;
      count += data.groupPassageOffsets[g + 1]! - data.groupPassageOffsets[g]!;
    }
    let passages = new Int32Array(count);
    let freqs = new Int32Array(count);
    let at = 0;
    for (let j = start; j < end; j++) {
      const g = data.titleGroups[j]!;
      for (let q = data.groupPassageOffsets[g]!; q < data.groupPassageOffsets[g + 1]!; q++) {
        passages[at] = data.groupPassages[q]!;
        freqs[at++] = data.titleFreqs[j]!;
      }
    }
    if (!this.titleOrdered) {
      // MiniSearch meets passages in ascending order; groups that interleave need sorting into it.
      const unsorted = passages;
      const unsortedFreqs = freqs;
      const byPassage = Array.from(unsorted.keys()).sort((a, b) => unsorted[a]! - unsorted[b]!);
      passages = Int32Array.from(byPassage, (j) => unsorted[j]!);
      freqs = Int32Array.from(byPassage, (j) => unsortedFreqs[j]!);
    }
    return { passages, freqs, start: 0, lengths: this.titleLengths, average: data.averageTitleLength };
  }

  /** The vocabulary as MiniSearch's radix tree, for prefix and typo expansion; built on first need. */
  private vocabulary(): SearchableMap<number> {
    if (this.radix === null) {
      // Same keys in the same insertion order as MiniSearch's index: the same tree, so the same expansion order.
      const radix = new SearchableMap<number>();
      const terms = this.data.terms;
      for (let t = 0; t < terms.length; t++) radix.set(terms[t]!, t);
      this.radix = radix;
    }
    return this.radix;
  }
}

interface Expansions {
  prefixed: readonly (readonly [number, number, number])[];
  near: readonly (readonly [number, number, number])[];
}
interface Norms {
  key: string;
  k: number;
  d: number;
  body: Float64Array;
  title: Float64Array;
  /** Per term, its best bracket in the body and in headlines (bestBracket), -1 until worked out. */
  bodyBest: Float64Array;
  titleBest: Float64Array;
  /** Per term with a long body list, its best bracket per window (windowBrackets). */
  windowBest: Map<number, Float64Array>;
}
// A body list shorter than this is bounded by its best posting alone; longer ones per window too, for at
// most WINDOW_MEMO terms at a time.
const WINDOW_LIST = 256;
const WINDOW_MEMO = 4000;
const NO_EXPANSIONS: Expansions = { prefixed: [], near: [] };
const EXPANSION_MEMO = 2000;
