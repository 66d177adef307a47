import SearchableMap from 'minisearch/SearchableMap';
import type { Field, PostingsSnapshot, ScoringOptions } from './postings-types.ts';
import { LEAN_FUZZY, LEAN_PREFIX } from './postings-types.ts';

/**
 * What every kind of search over a postings snapshot shares: the vocabulary (a dictionary, and MiniSearch's
 * radix tree for prefix and typo expansion), per-passage headline lengths, and the scratch arrays a search
 * reuses so that a query allocates only its results. The searches themselves are in postings-exact.ts,
 * postings-lean.ts and postings-top.ts.
 */
export class PostingsReader {
  readonly dictionary: Map<string, number>;
  private radix: SearchableMap<number> | null = null;
  /** Whether headline groups come in passage order (passages of a group are consecutive, groups ascending). */
  readonly titleOrdered: boolean;
  /** Distinct headline terms of each passage's headline. */
  readonly titleLengths: Int32Array;
  // Scratch state of a search, reused so that a query allocates only its results.
  readonly totalScore: Float64Array;
  readonly specScore: Float64Array;
  readonly totalStamp: Int32Array;
  readonly specStamp: Int32Array;
  readonly derivedStamp: Int32Array;
  readonly queryTermsOf: string[][];
  readonly matchOf: Record<string, Field[]>[];
  private stamp = 0;

  constructor(readonly data: PostingsSnapshot) {
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

  /** Calls `score` for a query term's index terms, in MiniSearch's order: itself, longer forms, misspelt forms. */
  eachExpansion(term: string, options: ScoringOptions, score: (t: number, termWeight: number, kind: number) => void): void {
    const exact = this.dictionary.get(term);
    if (exact !== undefined) score(exact, 1, 1);
    const { prefixed, near } = this.expansions(term, options.prefix(term), options.fuzzy(term));
    for (const [id, distance, length] of prefixed) score(id, (options.weights.prefix * length) / (length + 0.3 * distance), LEAN_PREFIX);
    for (const [id, distance, length] of near) score(id, (options.weights.fuzzy * length) / (length + distance), LEAN_FUZZY);
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
  titlePassageCount(t: number): number {
    const { titleOffsets, titleGroups, groupPassageOffsets } = this.data;
    let count = 0;
    for (let j = titleOffsets[t]!; j < titleOffsets[t + 1]!; j++) count += groupPassageOffsets[titleGroups[j]! + 1]! - groupPassageOffsets[titleGroups[j]!]!;
    return count;
  }

  private lean: { matched: Int32Array; body: Int32Array; values: Float64Array[] } | null = null;
  leanScratch(): { matched: Int32Array; body: Int32Array; values: Float64Array[] } {
    if (this.lean === null) {
      const n = this.data.passageCount;
      this.lean = { matched: new Int32Array(n), body: new Int32Array(n), values: [] };
    }
    return this.lean;
  }
  leanValues(q: number): Float64Array {
    const values = this.leanScratch().values;
    while (values.length <= q) values.push(new Float64Array(this.data.passageCount));
    return values[q]!;
  }

  nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.totalStamp.fill(0);
      this.specStamp.fill(0);
      this.derivedStamp.fill(0);
    }
    return ++this.stamp;
  }


  /** The vocabulary as MiniSearch's radix tree, for prefix and typo expansion; built on first need. */
  vocabulary(): SearchableMap<number> {
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
const NO_EXPANSIONS: Expansions = { prefixed: [], near: [] };
const EXPANSION_MEMO = 2000;
