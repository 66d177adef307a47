import type { Passage } from '../types.ts';
import { CompactIntList, IntList, type CompactInts } from '../collections/int-list.ts';
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
 *   `tokenStart[t]` … `tokenEnd[t]` in its passage's text (16-bit numbers while they fit, as in news
 *   paragraphs: half the memory of the reading's largest lists). Apostrophes, hyphens and dots between tokens are
 *   left in the text: each analysis joins tokens its own way (search joins "Jong-un", the summary joins
 *   "Kim's" and "U.S."), reading one character between them rather than the sentence again.
 * - Spellings: `spelling[t]` numbers token t's exact spelling (`spellings[id]`), so a per-word
 *   normalisation (a stemmer, a stop list) runs once per distinct spelling and is an array look-up after.
 * - Normalised terms: `searchTermIds(row, text, out)` gives the sentence's terms as `tokenize` gives them
 *   (the terms search indexes and the timeline compares), as ids (`term(id)` is the term), worked out from
 *   the tokens: an analysis can keep per-term data in arrays indexed by them.
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
    // Not readonly: `release` empties them.
    public tokenStart: CompactInts,
    public tokenEnd: CompactInts,
    public spelling: CompactInts,
    readonly spellings: readonly string[],
    readonly nameFirst: Int32Array,
    readonly nameStart: CompactInts,
    readonly nameEnd: CompactInts,
  ) {
    this.termBySpelling = new Int32Array(spellings.length).fill(UNKNOWN);
  }

  /** Per spelling id: the id of its search term, -1 when it has none (a stop word), UNKNOWN before first use. */
  private readonly termBySpelling: Int32Array;
  /** The search terms met so far, by id, and their ids. */
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();

  /**
   * Lets go of the per-token lists, the reading's largest: for a reading whose lists are shared with another
   * thread, once this one is done with them, as an analysis built from it may hold on to the reading itself.
   * The reading has no tokens after.
   */
  release(): void {
    this.tokenStart = this.tokenEnd = this.spelling = new Uint16Array(0);
  }

  /** How many sentence rows there are. */
  get rows(): number {
    return this.tokenFirst.length - 1;
  }

  /** The search term with this id (see `searchTermIds`). */
  term(id: number): string {
    return this.terms[id]!;
  }

  /** How many distinct search terms the calls so far have met; ids are below this. */
  get termCount(): number {
    return this.terms.length;
  }

  /** The id of a search term, made on first sight. */
  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.terms.length));
      this.terms.push(term);
    }
    return id;
  }

  /** The id of the search term of a spelling on its own (`normalizeTerm` of it), or -1 when it has none. */
  spellingTerm(spelling: number): number {
    let id = this.termBySpelling[spelling]!;
    if (id === UNKNOWN) {
      const term = normalizeTerm(this.spellings[spelling]!);
      this.termBySpelling[spelling] = id = term === null ? -1 : this.termId(term);
    }
    return id;
  }

  /** The search terms of row `row` (whose verbatim text is `text`), as `tokenize(text)` gives them. */
  searchTerms(row: number, text: string): string[] {
    const out = new IntList(16);
    this.searchTermIds(row, text, out);
    return Array.from(out.data.subarray(0, out.length), (id) => this.terms[id]!);
  }

  /**
   * Appends the ids (see `term`) of the search terms of row `row`, whose verbatim text is `text`, to `out`:
   * what `tokenize(text)` gives, in order. A word of one token costs an array look-up by its spelling. A
   * sentence with a spelling search rewrites across words ("U.S.", "US", "United States", "N. Korea") is read
   * by `tokenize` itself; others from the tokens, joined as search joins them (by apostrophes and hyphens).
   */
  searchTermIds(row: number, text: string, out: IntList): void {
    if (MULTI_WORD_REWRITE.test(text)) {
      for (const term of tokenize(text)) out.push(this.termId(term));
      return;
    }
    const first = this.tokenFirst[row]!;
    const last = this.tokenFirst[row + 1]!;
    // Token offsets are in the passage; the sentence's own text starts at its start there.
    const shift = this.sentences.offsets[2 * row]!;
    const { tokenStart, tokenEnd } = this;
    for (let t = first; t < last; ) {
      // A word of search's grammar: tokens joined by single apostrophes or hyphens, maybe an apostrophe after.
      let end = t;
      let stop = tokenEnd[end]! - shift;
      let joined = false;
      while (end + 1 < last && tokenStart[end + 1]! - shift === stop + 1 && isJoiner(text.charCodeAt(stop))) {
        end++;
        stop = tokenEnd[end]! - shift;
        joined = true;
      }
      const trailing = stop < text.length && isApostrophe(text.charCodeAt(stop));
      if (!joined && !trailing) {
        const id = this.spellingTerm(this.spelling[t]!);
        if (id >= 0) out.push(id);
      } else {
        let word = mapJoiners(text.slice(tokenStart[t]! - shift, trailing ? stop + 1 : stop));
        if (word.includes("'")) word = word.replace(/'s$|'$/i, '');
        const terms: string[] = [];
        wordTerms(word, normalizeTerm, terms);
        for (const term of terms) out.push(this.termId(term));
      }
      t = end + 1;
    }
  }
}

const UNKNOWN = -2;

/** A reading's lists as plain data, to hand it to another thread (`new Reading(...parts)` there). */
export type ReadingParts = ConstructorParameters<typeof Reading>;

/** The lists of a reading, for `new Reading(...parts)`. */
export function readingParts(r: Reading): ReadingParts {
  return [r.sentences, r.sentenceFirst, r.tokenFirst, r.tokenStart, r.tokenEnd, r.spelling, r.spellings, r.nameFirst, r.nameStart, r.nameEnd];
}

// The rewrites of terms.ts that join or split words; the others map one character to one character.
const MULTI_WORD_REWRITE = /[Uu]\.|U[SN]|[Uu][Nn][Ii][Tt][Ee][Dd]|[NS]\.\s?Korea|[Gg]iven\s+that/;

/** Whether text may hold one of tokenize's multi-word rewrites, which the reading leaves to tokenize itself. */
export function hasMultiWordRewrite(text: string): boolean {
  return MULTI_WORD_REWRITE.test(text);
}

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

/**
 * Reads every sentence of the passages once: its tokens, their spellings, its proper names. With `shared`, the
 * per-token lists live in SharedArrayBuffers, so that a build worker can read them while this thread does.
 */
export function readPassages(passages: readonly Passage[], shared = false): Reading {
  const sentences = sentenceBounds(passages);
  const rows = sentences.offsets.length / 2;
  const sentenceFirst = new Int32Array(passages.length + 1);
  const tokenFirst = new Int32Array(rows + 1);
  const nameFirst = new Int32Array(rows + 1);
  // Room for a token every five characters up front (English news has one every six or seven): growing copies
  // the largest arrays of the reading. The room left over is given back at the end (CompactIntList.done).
  let characters = 0;
  for (const p of passages) characters += p.text.length;
  const capacity = Math.max(16, Math.ceil(characters / 5));
  const starts = new CompactIntList(capacity, shared);
  const ends = new CompactIntList(capacity, shared);
  const spelling = new CompactIntList(capacity, shared);
  const nameStart = new CompactIntList(1024);
  const nameEnd = new CompactIntList(1024);
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
        // A token: letters and digits, hashed (FNV-1a, text/hash.ts) as they are read; ASCII in a tight loop.
        const start = i;
        let h = 0x811c9dc5;
        for (;;) {
          let d = text.charCodeAt(i);
          while (i < to && d < 128 && asciiWordChar(d)) {
            h = Math.imul(h ^ d, 0x01000193);
            d = text.charCodeAt(++i);
          }
          if (i >= to || d < 128) break;
          const w = wordCharWidth(text, i);
          if (w === 0) break;
          for (let j = 0; j < w; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
          i += w;
          if (i >= to) break;
        }
        starts.push(start);
        ends.push(i);
        spelling.push(table.id(text, start, i, h));
        // A proper name: a capital after white space after a word or closing mark, within the sentence.
        if ((c < 128 ? c >= 65 && c <= 90 : isUpperAt(text, start)) && start > from && start >= nameUntil && isSpace(text.charCodeAt(start - 1))) {
          let before = start - 1;
          while (before > from && isSpace(text.charCodeAt(before - 1))) before--;
          if (before > from && mayPrecedeName(text, before)) {
            // Through the token, then any apostrophes, hyphens, letters and digits right after it.
            let end = i;
            for (let w = end < to ? nameCharWidth(text, end) : 0; w > 0; w = end < to ? nameCharWidth(text, end) : 0) end += w;
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
  return new Reading(sentences, sentenceFirst, tokenFirst, starts.done(), ends.done(), spelling.done(), table.spellings, nameFirst, nameStart.done(), nameEnd.done());
}
