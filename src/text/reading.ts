import type { Passage } from '../types.ts';
import { IntList } from '../collections/int-list.ts';
import { asciiWordChar, codePointAt, isSpace, isUpperAt, wordCharBefore, wordCharWidth } from './chars.ts';
import { SpellingTable } from './spellings.ts';
import { sentenceBounds, type SentenceBounds } from './passages.ts';
import { normalizeTerm, tokenize, wordTerms } from './terms.ts';

/**
 * The shared reading of the corpus: every passage's sentences and words, found once at build time, that the
 * analyses read instead of splitting and scanning the text again. Each field, and what it is for:
 *
 * - Sentences: `sentences` (the passages' sentence bounds, as the snapshot keeps them) and `sentenceFirst`
 *   (sentence rows: passage p's sentence k is row `sentenceFirst[p] + k`). Every other list is per row.
 * - Tokens: the words of each sentence as written, each a maximal run of letters and digits (`[\p{L}\p{N}]+`,
 *   by code point). Row r's tokens are `tokenFirst[r]` … `tokenFirst[r + 1] - 1`; token t lies at
 *   `tokenStart[t]` … `tokenEnd[t]` in its passage's text. Apostrophes, hyphens and dots between tokens are
 *   left in the text: each analysis joins tokens its own way (search joins "Jong-un", the summary joins
 *   "Kim's" and "U.S."), reading one character between them rather than the sentence again.
 * - Spellings: `spelling[t]` numbers token t's exact spelling (`spellings[id]`), so a per-word
 *   normalisation (a stemmer, a stop list) runs once per distinct spelling and is an array look-up after.
 * - Normalised terms: `searchTerms(row, text)` gives the sentence's terms as `tokenize` gives them (the terms
 *   search indexes and the timeline compares), worked out from the tokens.
 * - Proper names: `nameFirst`, `nameStart`, `nameEnd`: per row, the spans of words written with a capital
 *   inside the sentence (after a space that follows a word or a closing mark, so not the sentence's opening
 *   word), through any letters, digits, apostrophes and hyphens that follow ("Vladivostok", "Jong-un’s").
 *   The timeline tells events apart by the rare ones; quotes and search can read them for speakers and names.
 *
 * Made by `readPassages` at build time; kept in the engine snapshot (reading-snapshot.ts).
 */
export class Reading {
  constructor(
    readonly sentences: SentenceBounds,
    readonly sentenceFirst: Int32Array,
    readonly tokenFirst: Int32Array,
    readonly tokenStart: Int32Array,
    readonly tokenEnd: Int32Array,
    readonly spelling: Int32Array,
    readonly spellings: readonly string[],
    readonly nameFirst: Int32Array,
    readonly nameStart: Int32Array,
    readonly nameEnd: Int32Array,
  ) {}

  /** Search terms per spelling id, worked out on first use (undefined: not yet). */
  private searchTermOf: (string | null | undefined)[] = [];

  /** How many sentence rows there are. */
  get rows(): number {
    return this.tokenFirst.length - 1;
  }

  /**
   * The search terms of row `row`, whose text (the sentence, verbatim) is `text`: what `tokenize(text)` gives,
   * in order. A sentence with a spelling search rewrites across words ("U.S.", "US", "United States",
   * "N. Korea") is read by `tokenize` itself; others from the tokens.
   */
  searchTerms(row: number, text: string): string[] {
    if (MULTI_WORD_REWRITE.test(text)) return tokenize(text);
    const out: string[] = [];
    const first = this.tokenFirst[row]!;
    const last = this.tokenFirst[row + 1]!;
    if (first === last) return out;
    // Token offsets are in the passage; the sentence's own text starts at its start there.
    const passageText = text;
    const shift = this.sentences.offsets[2 * row]!;
    for (let t = first; t < last; ) {
      // A word of search's grammar: tokens joined by single apostrophes or hyphens, maybe an apostrophe after.
      let end = t;
      let stop = this.tokenEnd[end]! - shift;
      let joined = false;
      while (end + 1 < last && this.tokenStart[end + 1]! - shift === stop + 1 && isJoiner(passageText.charCodeAt(stop))) {
        end++;
        stop = this.tokenEnd[end]! - shift;
        joined = true;
      }
      const trailing = stop < passageText.length && isApostrophe(passageText.charCodeAt(stop));
      if (!joined && !trailing) {
        const id = this.spelling[t]!;
        let term = this.searchTermOf[id];
        if (term === undefined) this.searchTermOf[id] = term = normalizeTerm(this.spellings[id]!);
        if (term !== null) out.push(term);
      } else {
        const from = this.tokenStart[t]! - shift;
        let word = mapJoiners(passageText.slice(from, trailing ? stop + 1 : stop));
        if (word.includes("'")) word = word.replace(/'s$|'$/i, '');
        wordTerms(word, normalizeTerm, out);
      }
      t = end + 1;
    }
    return out;
  }
}

// The rewrites of terms.ts that join or split words; the others map one character to one character.
const MULTI_WORD_REWRITE = /[Uu]\.|U[SN]|[Uu][Nn][Ii][Tt][Ee][Dd]|[NS]\.\s?Korea/;

/** The apostrophes terms.ts reads as "'": ’ ‘ ʼ ′ ` and "'". */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2032 || c === 0x60;
}

/** The apostrophes and the hyphens and dashes terms.ts reads as "-": ‐ ‑ ‒ – — and "-". */
function isJoiner(c: number): boolean {
  return isApostrophe(c) || c === 45 || (c >= 0x2010 && c <= 0x2014);
}

function mapJoiners(word: string): string {
  return word.replace(/[’‘ʼ′`]/g, "'").replace(/[‐‑‒–—]/g, '-');
}

/** The characters that may stand before the space before a proper name: `[\p{L}\p{N},;:'"’”)]`. */
function mayPrecedeName(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c === 44 || c === 59 || c === 58 || c === 39 || c === 34 || c === 0x2019 || c === 0x201d || c === 41 || wordCharBefore(text, i);
}

/** Whether the code unit is part of a proper name after its first letter: `[\p{L}\p{N}'’-]`. */
function nameCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 39 || c === 0x2019 || c === 45) return 1;
  return wordCharWidth(text, i);
}

/** Reads every sentence of the passages once: its tokens, their spellings, its proper names. */
export function readPassages(passages: readonly Passage[]): Reading {
  const sentences = sentenceBounds(passages);
  const rows = sentences.offsets.length / 2;
  const sentenceFirst = new Int32Array(passages.length + 1);
  const tokenFirst = new Int32Array(rows + 1);
  const nameFirst = new Int32Array(rows + 1);
  // Room for 20 tokens a sentence up front: growing copies the largest arrays of the reading.
  const starts = new IntList(Math.max(16, rows * 20));
  const ends = new IntList(Math.max(16, rows * 20));
  const spelling = new IntList(Math.max(16, rows * 20));
  const nameStart = new IntList();
  const nameEnd = new IntList();
  const table = new SpellingTable();
  let row = 0;
  for (let p = 0; p < passages.length; p++) {
    sentenceFirst[p] = row;
    const text = passages[p]!.text;
    const { offsets } = sentences;
    const count = sentences.counts[p]!;
    for (let k = 0; k < count; k++, row++) {
      const from = offsets[2 * row]!;
      const to = offsets[2 * row + 1]!;
      tokenFirst[row] = starts.length;
      nameFirst[row] = nameStart.length;
      let nameUntil = from;
      let i = from;
      while (i < to) {
        const c = text.charCodeAt(i);
        let width: number;
        if (c < 128) width = asciiWordChar(c) ? 1 : 0;
        else width = wordCharWidth(text, i);
        if (width === 0) {
          i += c < 128 ? 1 : codePointAt(text, i) >>> 21;
          continue;
        }
        // A token: letters and digits, hashed (FNV-1a, text/hash.ts) as they are read.
        const start = i;
        let h = 0x811c9dc5;
        for (;;) {
          for (let j = 0; j < width; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
          i += width;
          if (i >= to) break;
          const d = text.charCodeAt(i);
          width = d < 128 ? (asciiWordChar(d) ? 1 : 0) : wordCharWidth(text, i);
          if (width === 0) break;
        }
        starts.push(start);
        ends.push(i);
        spelling.push(table.id(text, start, i, h));
        // A proper name: a capital after white space after a word or closing mark, within the sentence.
        if (start >= nameUntil && isUpperAt(text, start) && start > from && isSpace(text.charCodeAt(start - 1))) {
          let before = start - 1;
          while (before > from && isSpace(text.charCodeAt(before - 1))) before--;
          if (before > from && mayPrecedeName(text, before)) {
            let end = start;
            for (let w = nameCharWidth(text, end); w > 0 && end < to; w = end < to ? nameCharWidth(text, end) : 0) end += w;
            nameStart.push(start);
            nameEnd.push(end);
            nameUntil = end;
          }
        }
      }
    }
  }
  sentenceFirst[passages.length] = row;
  tokenFirst[rows] = starts.length;
  nameFirst[rows] = nameStart.length;
  return new Reading(sentences, sentenceFirst, tokenFirst, starts.toArray(), ends.toArray(), spelling.toArray(), table.spellings, nameFirst, nameStart.toArray(), nameEnd.toArray());
}
