import { stemmer } from 'stemmer';

/**
 * Sentence vectors and sentence centrality for the summary: stemmed content words, tf-idf weights, cosine
 * similarity, and LexRank-style degree centrality inside one document at a time (never over the whole
 * corpus, so the cost stays linear in the size of the corpus).
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
const MAYBE_DOTTED = /[A-Z]\.[A-Z]/;
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;
const stemCache = new Map<string, string>();

/** The stemmed content term of one word as written, or null for a stop word. */
function normalizeWord(raw: string): string | null {
  // An all-capitals acronym ("US", "UN") is a name, even when its lower-case form is a stop word.
  const acronym = raw.length >= 2 && raw.length <= 5 && /^\p{Lu}+$/u.test(raw);
  const word = raw.toLowerCase().replace(/['’]s$/u, '');
  if (!acronym && (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word)))) return null;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

function undot(text: string): string {
  return MAYBE_DOTTED.test(text) ? text.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, '')) : text;
}

/** The content terms of a text: lower-cased, stemmed, stop words dropped; "U.S." and "US" become "us". */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of undot(text).matchAll(WORD)) {
    const term = normalizeWord(m[0]);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** A growable Int32 list: appends without a JavaScript array per sentence. */
export class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Turns the words of many sentences into term ids, fast: each distinct spelling is normalised once. A term id
 * is pushed with its sign bit clear; `NAME_BIT` marks a word written with a capital or a digit that does not
 * open the sentence, which is how names, places, dates and numbers show in English news.
 */
export class TermReader {
  static readonly NAME_BIT = 1 << 30;
  private readonly bySpelling = new Map<string, number>();

  constructor(readonly vocabulary: Vocabulary) {}

  /** Appends the term ids of a sentence to `out`; returns how many were appended. */
  read(text: string, out: IntList): number {
    const before = out.length;
    let first = true;
    WORD.lastIndex = 0;
    const source = undot(text);
    for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
      const raw = m[0];
      let id = this.bySpelling.get(raw);
      if (id === undefined) {
        const term = normalizeWord(raw);
        id = term === null ? -1 : this.vocabulary.intern(term);
        if (this.bySpelling.size < 1_000_000) this.bySpelling.set(raw, id);
      }
      if (id >= 0) {
        const c = raw.charCodeAt(0);
        const named = !first && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && raw[0] !== raw[0]!.toLowerCase()));
        out.push(named ? id | TermReader.NAME_BIT : id);
      }
      first = false;
    }
    return out.length - before;
  }
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
 * Builds unit-length tf-idf vectors from raw term ids laid out as compressed rows (`rawOffsets`, ids possibly
 * carrying `TermReader.NAME_BIT`). Also returns, per row, the summed idf of its distinct name terms. A text
 * without content words gets an empty vector (similar to nothing).
 */
export function tfidfVectors(raw: Int32Array, rawOffsets: Int32Array, idf: Float64Array): { vectors: SparseVectors; names: Float64Array } {
  const rows = rawOffsets.length - 1;
  const offsets = new Int32Array(rows + 1);
  const terms = new Int32Array(rawOffsets[rows]!);
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
      let b = a - 1;
      while (b >= from && (raw[b]! & ~TermReader.NAME_BIT) > (v & ~TermReader.NAME_BIT)) {
        raw[b + 1] = raw[b]!;
        b--;
      }
      raw[b + 1] = v;
    }
    const start = at;
    let lastNamed = -1;
    for (let k = from; k < to; k++) {
      const t = raw[k]! & ~TermReader.NAME_BIT;
      if (at > start && terms[at - 1] === t) weights[at - 1]! += idf[t]!;
      else {
        terms[at] = t;
        weights[at] = idf[t]!;
        at++;
      }
      if ((raw[k]! & TermReader.NAME_BIT) !== 0 && lastNamed !== t) {
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
  return { vectors: { offsets, terms: terms.slice(0, at), weights: weights.slice(0, at) }, names };
}

/**
 * Continuous degree centrality (LexRank's degree form) of the sentences `first..first+n-1` of a block: each
 * sentence's summed cosine similarity to the other sentences of its document, scaled to mean 1. The sum of
 * cosines equals one dot product with the document's summed vector, so this costs one pass over the
 * document's terms rather than a sentence-by-sentence graph.
 */
export function degreeCentrality(v: SparseVectors, first: number, n: number, scratch: Float64Array): Float64Array {
  const out = new Float64Array(n);
  const from = v.offsets[first]!;
  const to = v.offsets[first + n]!;
  for (let k = from; k < to; k++) scratch[v.terms[k]!]! += v.weights[k]!;
  let total = 0;
  for (let s = 0; s < n; s++) {
    let dot = 0;
    let self = 0;
    for (let k = v.offsets[first + s]!; k < v.offsets[first + s + 1]!; k++) {
      dot += v.weights[k]! * scratch[v.terms[k]!]!;
      self += v.weights[k]! * v.weights[k]!;
    }
    out[s] = Math.max(0, dot - self);
    total += out[s]!;
  }
  for (let k = from; k < to; k++) scratch[v.terms[k]!] = 0;
  // A one-sentence document (or one whose sentences share nothing) leaves every sentence equally central.
  for (let s = 0; s < n; s++) out[s] = total > 0 ? (out[s]! * n) / total : 1;
  return out;
}
