import { stemmer } from 'stemmer';
import { IntList, type CompactInts } from '../collections/int-list.ts';
import { asciiWordChar, codePointAt, letterWidth, wordCharWidth } from '../text/chars.ts';
import type { Reading } from '../text/reading.ts';
import { FUNCTION_WORDS, wordSet } from '../text/stop-words.ts';
import type { Vocabulary } from './centrality.ts';

// The summary's own terms: its word grammar ("Kim's" one word, "U.S." read as "US") and its tuned
// normalisation (stemmed, its own stop list), worked out from the shared reading's tokens (text/reading.ts).

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

/**
 * `MAYBE_DOTTED.test(text)` from the sentence's tokens: a capital that ends a token, a period, and a capital
 * that starts the next ("U.S"), as both capitals stand in tokens and the period between them in none.
 */
function hasDottedPair(text: string, start: CompactInts, end: CompactInts, first: number, last: number, shift: number): boolean {
  for (let t = first; t + 1 < last; t++) {
    const at = end[t]! - shift;
    if (start[t + 1]! - shift !== at + 1 || text.charCodeAt(at) !== 46) continue;
    const a = text.charCodeAt(at - 1);
    const b = text.charCodeAt(at + 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) return true;
  }
  return false;
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

/**
 * Turns the words of the reading's sentences into the summary's term ids. A term id is pushed with its sign
 * bit clear; `NAME_BIT` marks a word written with a capital or a digit that does not open the sentence,
 * which is how names, places, dates and numbers show in English news.
 *
 * The summary's words are the reading's tokens, joined where an apostrophe is followed by letters ("Kim's",
 * "don't"); each distinct spelling is normalised once (an array look-up by spelling id after). A sentence with
 * dotted acronyms ("U.S.") is read with their dots taken out, as `contentTerms` reads it.
 */
export class SummaryTerms {
  static readonly NAME_BIT = 1 << 30;
  /** Per spelling id: UNKNOWN, -1 for a stop word, else `term id << 1 | 1 when it starts with a capital or digit`. */
  private readonly bySpelling: Int32Array;
  /** The same for words of several tokens and for undotted sentences, by their text. */
  private readonly byText = new Map<string, number>();
  private readonly starts = new IntList(64);
  private readonly ends = new IntList(64);

  constructor(
    readonly vocabulary: Vocabulary,
    private readonly reading: Reading,
  ) {
    this.bySpelling = new Int32Array(reading.spellings.length).fill(UNKNOWN);
  }

  /** Appends the term ids of sentence row `row`, whose verbatim text is `text`, to `out`; returns how many. */
  read(row: number, text: string, out: IntList): number {
    const before = out.length;
    const r = this.reading;
    const first = r.tokenFirst[row]!;
    const last = r.tokenFirst[row + 1]!;
    const shift = r.sentences.offsets[2 * row]!;
    const source = hasDottedPair(text, r.tokenStart, r.tokenEnd, first, last, shift) ? undot(text) : text;
    if (source === text) {
      this.readWords(text, r.tokenStart, r.tokenEnd, first, last, shift, r.spelling, out);
    } else {
      // Taking the dots out moves the words: the undotted sentence's tokens, found as the reading finds them.
      const { starts, ends } = this;
      starts.length = 0;
      ends.length = 0;
      for (let i = 0; i < source.length; ) {
        const c = source.charCodeAt(i);
        if (c < 128 ? !asciiWordChar(c) : wordCharWidth(source, i) === 0) {
          i += c < 128 ? 1 : codePointAt(source, i) >>> 21;
          continue;
        }
        starts.push(i);
        for (let w = wordCharWidth(source, i); w > 0; w = i < source.length ? wordCharWidth(source, i) : 0) i += w;
        ends.push(i);
      }
      this.readWords(source, starts.data, ends.data, 0, starts.length, 0, null, out);
    }
    return out.length - before;
  }

  /**
   * The summary's words of `source` from its tokens `first..last` (offsets minus `shift`): a token, then any
   * number of an apostrophe followed by letters. A token whose letters an apostrophe took stops there, and
   * its digits after them start a word of their own.
   */
  private readWords(source: string, start: CompactInts, end: CompactInts, first: number, last: number, shift: number, spelling: CompactInts | null, out: IntList): void {
    const { bySpelling, byText } = this;
    const spellings = this.reading.spellings;
    let opening = true;
    let t = first;
    let resume = -1;
    while (t < last) {
      const from = resume >= 0 ? resume : start[t]! - shift;
      let to = end[t]! - shift;
      let single = resume < 0;
      resume = -1;
      while (t + 1 < last && start[t + 1]! - shift === to + 1) {
        const c = source.charCodeAt(to);
        if (c !== 39 && c !== 0x2019) break;
        const atomEnd = end[t + 1]! - shift;
        let j = to + 1;
        for (let w = letterWidth(source, j); w > 0 && j < atomEnd; w = j < atomEnd ? letterWidth(source, j) : 0) j += w;
        if (j === to + 1) break;
        single = false;
        t++;
        to = j;
        if (j < atomEnd) {
          resume = j;
          break;
        }
      }
      let entry: number;
      if (single && spelling !== null) {
        const id = spelling[t]!;
        entry = bySpelling[id]!;
        if (entry === UNKNOWN) bySpelling[id] = entry = this.entryOf(spellings[id]!);
      } else {
        const raw = source.slice(from, to);
        const known = byText.get(raw);
        if (known !== undefined) entry = known;
        else {
          entry = this.entryOf(raw);
          if (byText.size < 200_000) byText.set(raw, entry);
        }
      }
      if (entry >= 0) out.push(!opening && (entry & 1) === 1 ? (entry >> 1) | SummaryTerms.NAME_BIT : entry >> 1);
      opening = false;
      if (resume < 0) t++;
    }
  }

  /** The memo entry of a word as written (see `bySpelling`). */
  private entryOf(raw: string): number {
    const term = normalizeWord(raw);
    if (term === null) return -1;
    const c = raw.charCodeAt(0);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && raw[0] !== raw[0]!.toLowerCase());
    return (this.vocabulary.intern(term) << 1) | (capital ? 1 : 0);
  }
}

const UNKNOWN = -2;
