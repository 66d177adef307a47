import { stemmer } from 'stemmer';
import { packStrings, unpackStrings, type PackedStrings } from '../engine/packing.ts';
import type { IntList } from '../collections/int-list.ts';
import { FUNCTION_WORDS, wordSet } from '../text/stop-words.ts';

/**
 * Sentence vectors and sentence centrality for the summary: stemmed content words, tf-idf weights, cosine
 * similarity, and LexRank-style degree centrality inside one document at a time (never over the whole
 * corpus, so the cost stays linear in the size of the corpus).
 */

// The base function words, and what the summary drops besides: it needs only a stable "same content word"
// test, and reporting verbs are dropped because nearly every news sentence has one and they would make
// unrelated quotes look alike.
/** Function words search keeps but the summary drops. */
const MORE_FUNCTION_WORDS = wordSet(`aren't because now while`);
/** Reporting verbs and the word "according". */
const REPORTING_WORDS = wordSet('said says say saying told according added');
/** Courtesy titles, and the letters an apostrophe leaves on its own ("Kim's" read as "Kim", "s"). */
const TITLES_AND_LETTERS = wordSet('mr ms mrs s t');
const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...MORE_FUNCTION_WORDS, ...REPORTING_WORDS, ...TITLES_AND_LETTERS]);

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

// Character classes of WORD, scanned by hand: a regular expression match allocates a match array and a
// substring per word, which made reading the largest part of building the summary.
const LETTER = 1;
const DIGIT = 2;
const KNOWN = 4;
/** Per UTF-16 code unit outside surrogates: KNOWN once classified, plus LETTER (\p{L}) or DIGIT (\p{N}). */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  bmpClass[c] = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0);
}
const astralClass = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let k = bmpClass[codePoint]!;
    if (k === 0) {
      const ch = String.fromCharCode(codePoint);
      k = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0);
      bmpClass[codePoint] = k;
    }
    return k;
  }
  let k = astralClass.get(codePoint);
  if (k === undefined) {
    const ch = String.fromCodePoint(codePoint);
    k = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0);
    astralClass.set(codePoint, k);
  }
  return k;
}

/**
 * The code point at `i` of `s` as the `u` flag reads it (a lone surrogate stands for itself), its width in
 * code units in the high bits: `(width << 21) | codePoint`.
 */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (2 << 21) | (((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return (1 << 21) | c;
}

const CODE_POINT = (1 << 21) - 1;

/** Width in code units of the letter or digit at `i` (WORD's `[\p{L}\p{N}]`), or 0. */
function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (bmpClass[c]! & (LETTER | DIGIT)) !== 0 ? 1 : 0;
  const cp = codePointAt(s, i);
  return (classOf(cp & CODE_POINT) & (LETTER | DIGIT)) !== 0 ? cp >>> 21 : 0;
}

/** Width in code units of the letter at `i` (WORD's `\p{L}`), or 0. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (bmpClass[c]! & LETTER) !== 0 ? 1 : 0;
  const cp = codePointAt(s, i);
  return (classOf(cp & CODE_POINT) & LETTER) !== 0 ? cp >>> 21 : 0;
}

/**
 * The end of the WORD match that starts at `start` (a letter or digit): letters and digits, then any number
 * of an apostrophe followed by letters.
 */
function wordEnd(s: string, start: number): number {
  const n = s.length;
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (!asciiWordChar(c)) break;
      i++;
    } else {
      const w = wordCharWidth(s, i);
      if (w === 0) break;
      i += w;
    }
  }
  while (i + 1 < n) {
    const c = s.charCodeAt(i);
    if (c !== 39 && c !== 0x2019) break;
    let j = i + 1;
    for (let w = letterWidth(s, j); w > 0; w = j < n ? letterWidth(s, j) : 0) j += w;
    if (j === i + 1) break;
    i = j;
  }
  return i;
}

/** ASCII letters and digits, WORD's `[\p{L}\p{N}]` below 128. */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Past this many spellings the memo stops growing: a bound on memory, not on correctness. */
const MAX_SPELLINGS = 1 << 19;
const EMPTY = -2;
/** Numbers per memo slot, and characters kept in the slot itself. */
const SLOT = 8;
const INLINE = 8;

/**
 * Turns the words of many sentences into term ids, fast: each distinct spelling is normalised once. A term id
 * is pushed with its sign bit clear; `NAME_BIT` marks a word written with a capital or a digit that does not
 * open the sentence, which is how names, places, dates and numbers show in English news.
 *
 * The memo from spelling to term is an open-addressing table hashed while scanning the word, compared
 * character by character: a known word costs no substring and no Map lookup.
 */
export class TermReader {
  static readonly NAME_BIT = 1 << 30;
  private mask = (1 << 12) - 1;
  /**
   * The memo: open addressing, 8 numbers a slot: hash, entry, length, where characters past the 8th start in
   * `chars`, and the first 8 characters two to a number. Most words fit in their slot, so a lookup reads one
   * cache line rather than chasing a string. The entry is EMPTY, -1 for a stop word, else
   * `term id << 1 | 1 when the word starts with a capital or digit`.
   */
  private slots = TermReader.emptySlots(this.mask + 1);
  private chars = new Uint16Array(1 << 12);
  private charCount = 0;
  private size = 0;

  constructor(readonly vocabulary: Vocabulary) {}

  private static emptySlots(n: number): Int32Array {
    const slots = new Int32Array(n * SLOT);
    for (let i = 1; i < slots.length; i += SLOT) slots[i] = EMPTY;
    return slots;
  }

  /** Appends the term ids of a sentence to `out`; returns how many were appended. */
  read(text: string, out: IntList): number {
    const before = out.length;
    let first = true;
    const source = undot(text);
    const n = source.length;
    let i = 0;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c < 128) {
        if (!asciiWordChar(c)) {
          i++;
          continue;
        }
      } else if (wordCharWidth(source, i) === 0) {
        i += codePointAt(source, i) >>> 21;
        continue;
      }
      // Plain ASCII words are scanned and hashed in one pass; an apostrophe or a non-ASCII character takes
      // the general scanner. The hash is FNV-1a (text/hash.ts) written out with literals: through the shared
      // constants this loop made the summary's build 3% slower at 1,000 articles.
      let h = 0x811c9dc5;
      let end = i;
      while (end < n) {
        const d = source.charCodeAt(end);
        if (asciiWordChar(d)) {
          h = Math.imul(h ^ d, 0x01000193);
          end++;
          continue;
        }
        if (d >= 128 || d === 39) {
          end = wordEnd(source, i);
          h = 0x811c9dc5;
          for (let k = i; k < end; k++) h = Math.imul(h ^ source.charCodeAt(k), 0x01000193);
        }
        break;
      }
      const entry = this.entryOf(source, i, end, h);
      i = end;
      if (entry >= 0) out.push(!first && (entry & 1) === 1 ? (entry >> 1) | TermReader.NAME_BIT : entry >> 1);
      first = false;
    }
    return out.length - before;
  }

  /** The memo entry of `source[from..to)`, whose hash is `h`, normalising the spelling on first sight. */
  private entryOf(source: string, from: number, to: number, h: number): number {
    const len = to - from;
    const { mask, slots, chars } = this;
    let slot = h & mask;
    for (;;) {
      const at = slot * SLOT;
      const entry = slots[at + 1]!;
      if (entry === EMPTY) break;
      if (slots[at] === h && slots[at + 2] === len) {
        let k = 0;
        const inline = len < INLINE ? len : INLINE;
        while (k < inline && ((slots[at + 4 + (k >> 1)]! >>> ((k & 1) << 4)) & 0xffff) === source.charCodeAt(from + k)) k++;
        if (k === inline) {
          const rest = slots[at + 3]! - INLINE;
          while (k < len && chars[rest + k] === source.charCodeAt(from + k)) k++;
          if (k === len) return entry;
        }
      }
      slot = (slot + 1) & mask;
    }
    const raw = source.slice(from, to);
    const term = normalizeWord(raw);
    let entry = -1;
    if (term !== null) {
      const c = raw.charCodeAt(0);
      const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && raw[0] !== raw[0]!.toLowerCase());
      entry = (this.vocabulary.intern(term) << 1) | (capital ? 1 : 0);
    }
    if (this.size < MAX_SPELLINGS) this.remember(slot, h, entry, source, from, to);
    return entry;
  }

  private remember(slot: number, h: number, entry: number, source: string, from: number, to: number): void {
    const len = to - from;
    const at = slot * SLOT;
    const { slots } = this;
    slots[at] = h;
    slots[at + 1] = entry;
    slots[at + 2] = len;
    for (let k = 0; k < len && k < INLINE; k++) slots[at + 4 + (k >> 1)]! |= source.charCodeAt(from + k) << ((k & 1) << 4);
    if (len > INLINE) {
      const extra = len - INLINE;
      if (this.charCount + extra > this.chars.length) {
        const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + extra));
        bigger.set(this.chars);
        this.chars = bigger;
      }
      for (let k = 0; k < extra; k++) this.chars[this.charCount + k] = source.charCodeAt(from + INLINE + k);
      slots[at + 3] = this.charCount;
      this.charCount += extra;
    }
    if (++this.size * 4 > this.mask * 3) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const mask = (this.mask << 1) | 1;
    const slots = TermReader.emptySlots(mask + 1);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === EMPTY) continue;
      let slot = old[at]! & mask;
      while (slots[slot * SLOT + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.mask = mask;
    this.slots = slots;
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
 * carrying `TermReader.NAME_BIT`). Also returns, per row, the summed idf of its distinct name terms. A text
 * without content words gets an empty vector (similar to nothing).
 *
 * Works in place: `raw` is sorted row by row and overwritten with the vectors' terms, which the result views
 * (no second copy of the largest arrays of the summary: on a corpus of 10,000 articles, first writes to fresh
 * memory cost more than the arithmetic).
 */
export function tfidfVectors(raw: Int32Array, rawOffsets: Int32Array, idf: Float64Array): { vectors: SparseVectors; names: Float64Array } {
  const NAME_BIT = TermReader.NAME_BIT;
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
