import { stemmer } from 'stemmer';

/**
 * Sentence vectors and sentence centrality for the summary: stemmed content words, tf-idf weights, cosine
 * similarity, and a position-biased LexRank run inside one document at a time (never over the whole corpus,
 * so the cost stays linear in the number of documents).
 */

// Kept local rather than shared with search: the summary needs only a stable "same content word" test, and
// reporting verbs are dropped here because nearly every news sentence has one and they would make unrelated
// quotes look alike.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
  now of off on once only or other our ours ourselves out over own same she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours yourself yourselves said says say
  saying told tell according added will shall may might must one ones also mr ms mrs s t`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;
const stemCache = new Map<string, string>();

/** The content terms of a text: lower-cased, stemmed, stop words dropped; "U.S." and "US" become "us". */
export function contentTerms(text: string): string[] {
  const undotted = text.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''));
  const terms: string[] = [];
  for (const m of undotted.matchAll(WORD)) {
    const raw = m[0];
    // An all-capitals acronym ("US", "UN") is a name, even when its lower-case form is a stop word.
    const acronym = raw.length >= 2 && raw.length <= 5 && /^\p{Lu}+$/u.test(raw);
    const word = raw.toLowerCase().replace(/['’]s$/u, '');
    if (!acronym && (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word)))) continue;
    let stem = stemCache.get(word);
    if (stem === undefined) {
      stem = /\d/.test(word) ? word : stemmer(word);
      if (stemCache.size < 200_000) stemCache.set(word, stem);
    }
    terms.push(stem);
  }
  return terms;
}

/** Term ids for strings, handed out in order of first sight. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a term, made on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The id of a term, or -1 when the corpus never uses it. */
  lookup(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * Many sparse vectors in one block (compressed rows): vector i has terms `terms[offsets[i]..offsets[i+1])`,
 * sorted by term id, with unit-length weights. One block instead of a pair of typed arrays per sentence keeps
 * hundreds of thousands of sentences cheap in memory.
 */
export interface SparseVectors {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
}

/** Cosine similarity of two vectors of a block (both unit length, so a sorted merge of their terms). */
export function cosine(v: SparseVectors, a: number, b: number): number {
  let i = v.offsets[a]!;
  const iEnd = v.offsets[a + 1]!;
  let j = v.offsets[b]!;
  const jEnd = v.offsets[b + 1]!;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const ti = v.terms[i]!;
    const tj = v.terms[j]!;
    if (ti === tj) {
      sum += v.weights[i]! * v.weights[j]!;
      i++;
      j++;
    } else if (ti < tj) i++;
    else j++;
  }
  return sum;
}

/**
 * Builds unit-length tf-idf vectors from term-id lists. `idf` is indexed by term id. A text without content
 * words gets an empty vector (similar to nothing).
 */
export function tfidfVectors(termLists: readonly Int32Array[], idf: Float64Array): SparseVectors {
  let total = 0;
  for (const list of termLists) total += list.length;
  const offsets = new Int32Array(termLists.length + 1);
  const terms = new Int32Array(total);
  const weights = new Float32Array(total);
  let at = 0;
  termLists.forEach((list, i) => {
    offsets[i] = at;
    const sorted = Int32Array.from(list).sort();
    const start = at;
    for (let k = 0; k < sorted.length; k++) {
      const t = sorted[k]!;
      if (at > start && terms[at - 1] === t) {
        weights[at - 1]! += idf[t]!;
      } else {
        terms[at] = t;
        weights[at] = idf[t]!;
        at++;
      }
    }
    let norm = 0;
    for (let k = start; k < at; k++) norm += weights[k]! * weights[k]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < at; k++) weights[k] = weights[k]! / norm;
  });
  offsets[termLists.length] = at;
  return { offsets, terms: terms.slice(0, at), weights: weights.slice(0, at) };
}

/**
 * Position-biased LexRank over the sentences `first..first+n-1` of a block: a PageRank on the cosine
 * similarity graph whose random jumps land by `prior` (higher near the top of an article), so a sentence
 * scores by how much of the article it echoes and by how early it comes. Returns scores that sum to n
 * (mean 1). The similarity matrix is built through shared terms, so sentences with no word in common cost
 * nothing.
 */
export function biasedLexRank(v: SparseVectors, first: number, n: number, prior: Float64Array, damping = 0.85): Float64Array {
  const sim = new Float64Array(n * n);
  const postings = new Map<number, number[]>();
  for (let s = 0; s < n; s++) {
    for (let k = v.offsets[first + s]!; k < v.offsets[first + s + 1]!; k++) {
      const t = v.terms[k]!;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(s, k);
    }
  }
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a += 2) {
      const sa = list[a]!;
      const wa = v.weights[list[a + 1]!]!;
      for (let b = a + 2; b < list.length; b += 2) {
        const sb = list[b]!;
        const w = wa * v.weights[list[b + 1]!]!;
        sim[sa * n + sb]! += w;
        sim[sb * n + sa]! += w;
      }
    }
  }
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += sim[i * n + j]!;
    rowSum[i] = s;
  }
  let priorSum = 0;
  for (let i = 0; i < n; i++) priorSum += prior[i]!;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = priorSum > 0 ? prior[i]! / priorSum : 1 / n;

  let rank = Float64Array.from(p);
  let next = new Float64Array(n);
  for (let iter = 0; iter < 50; iter++) {
    // A sentence that shares no word with any other hands its weight back through the prior.
    let stranded = 0;
    for (let i = 0; i < n; i++) if (rowSum[i] === 0) stranded += rank[i]!;
    for (let j = 0; j < n; j++) next[j] = (1 - damping + damping * stranded) * p[j]!;
    for (let i = 0; i < n; i++) {
      const r = rank[i]!;
      if (rowSum[i] === 0 || r === 0) continue;
      const share = (damping * r) / rowSum[i]!;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        const w = sim[row + j]!;
        if (w !== 0) next[j]! += share * w;
      }
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (delta < 1e-6) break;
  }
  for (let i = 0; i < n; i++) rank[i] = rank[i]! * n;
  return rank;
}
