import { packStrings, unpackStrings, type PackedStrings } from '../engine/packing.ts';
import { SummaryTerms } from './summary-terms.ts';

export { contentTerms } from './summary-terms.ts';

/**
 * Sentence vectors and sentence centrality for the summary: stemmed content words, tf-idf weights, cosine
 * similarity, and LexRank-style degree centrality inside one document at a time (never over the whole
 * corpus, so the cost stays linear in the size of the corpus).
 */

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

  /** Every term in id order, packed as one string: cheap to serialize. */
  toPacked(): PackedStrings {
    return packStrings([...this.ids.keys()]);
  }

  /** The vocabulary `toPacked` wrote, with the same ids. */
  static fromPacked(packed: PackedStrings): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const term of unpackStrings(packed)) vocabulary.ids.set(term, vocabulary.ids.size);
    return vocabulary;
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
 * Builds unit-length tf-idf vectors from raw term ids laid out as compressed rows (`rawOffsets`, ids possibly
 * carrying `SummaryTerms.NAME_BIT`). Also returns, per row, the summed idf of its distinct name terms. A text
 * without content words gets an empty vector (similar to nothing).
 *
 * Works in place: `raw` is sorted row by row and overwritten with the vectors' terms, which the result views
 * (no second copy of the largest arrays of the summary: on a corpus of 10,000 articles, first writes to fresh
 * memory cost more than the arithmetic).
 */
export function tfidfVectors(raw: Int32Array, rawOffsets: Int32Array, idf: Float64Array): { vectors: SparseVectors; names: Float64Array } {
  const NAME_BIT = SummaryTerms.NAME_BIT;
  const rows = rawOffsets.length - 1;
  const offsets = new Int32Array(rows + 1);
  const weights = new Float32Array(rawOffsets[rows]!);
  const names = new Float64Array(rows);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    offsets[i] = at;
    const from = rawOffsets[i]!;
    const to = rawOffsets[i + 1]!;
    // Insertion sort by term id: sentences have a dozen terms, and this allocates nothing.
    for (let a = from + 1; a < to; a++) {
      const v = raw[a]!;
      const key = v & ~NAME_BIT;
      let b = a - 1;
      while (b >= from && (raw[b]! & ~NAME_BIT) > key) {
        raw[b + 1] = raw[b]!;
        b--;
      }
      raw[b + 1] = v;
    }
    const start = at;
    let lastNamed = -1;
    // `at <= k` throughout: each raw id is read before its place is overwritten by a term.
    for (let k = from; k < to; k++) {
      const id = raw[k]!;
      const t = id & ~NAME_BIT;
      if (at > start && raw[at - 1] === t) weights[at - 1]! += idf[t]!;
      else {
        raw[at] = t;
        weights[at] = idf[t]!;
        at++;
      }
      if ((id & NAME_BIT) !== 0 && lastNamed !== t) {
        names[i]! += idf[t]!;
        lastNamed = t;
      }
    }
    let norm = 0;
    for (let k = start; k < at; k++) norm += weights[k]! * weights[k]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < at; k++) weights[k] = weights[k]! / norm;
  }
  offsets[rows] = at;
  return { vectors: { offsets, terms: raw.subarray(0, at), weights: weights.subarray(0, at) }, names };
}

/**
 * Continuous degree centrality (LexRank's degree form) of the sentences `first..first+n-1` of a block: each
 * sentence's summed cosine similarity to the other sentences of its document, scaled to mean 1. The sum of
 * cosines equals one dot product with the document's summed vector, so this costs one pass over the
 * document's terms rather than a sentence-by-sentence graph. Written to `out[0..n)`, a scratch block reused
 * from one document to the next.
 */
export function degreeCentrality(v: SparseVectors, first: number, n: number, scratch: Float64Array, out: Float64Array): void {
  const { offsets, terms, weights } = v;
  const from = offsets[first]!;
  const to = offsets[first + n]!;
  for (let k = from; k < to; k++) scratch[terms[k]!]! += weights[k]!;
  let total = 0;
  for (let s = 0; s < n; s++) {
    let dot = 0;
    let self = 0;
    for (let k = offsets[first + s]!; k < offsets[first + s + 1]!; k++) {
      const w = weights[k]!;
      dot += w * scratch[terms[k]!]!;
      self += w * w;
    }
    out[s] = Math.max(0, dot - self);
    total += out[s]!;
  }
  for (let k = from; k < to; k++) scratch[terms[k]!] = 0;
  // A one-sentence document (or one whose sentences share nothing) leaves every sentence equally central.
  for (let s = 0; s < n; s++) out[s] = total > 0 ? (out[s]! * n) / total : 1;
}
