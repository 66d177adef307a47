/**
 * The words of a stretch of a passage as numbers, taken from the shared reading (text/reading.ts) rather than
 * scanned again: the exact words of quotes and narration, and the close-matching stems of quotes. A word is a
 * run of the reading's tokens joined by apostrophes; a word of one token is normalised once per spelling.
 */
import { IntList } from '../collections/int-list.ts';
import type { Reading } from '../text/reading.ts';
import type { Passage } from '../types.ts';
import { closeWordsOf, exactWords, WordNumbers } from './quote-words.ts';

// Text of ASCII and the punctuation below reads the same word by word as `exactWords` reads it whole (NFKD
// leaves these characters alone or makes separators of them): its words come from the reading's tokens.
// Any other character sends the stretch through `exactWords`, which knows Unicode.
const NOT_PLAIN = /[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/g;
// The same for stems, "_" aside: the `\b` of the contraction rules of `closeWordsOf` counts it as a letter.
const NOT_PLAIN_STEMS = /[^\x00-\x5e\x60-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/g;
const UNKNOWN = -1;

/** The apostrophes that join tokens into a word (and that `exactWords` drops): ' ` ‘ ’. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
}

/** Whether `text[from, to)` holds none of the characters `pattern` (a global regular expression) finds. */
function plain(pattern: RegExp, text: string, from: number, to: number): boolean {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m === null || m.index >= to;
}

/**
 * Numbers the words of stretches of passages from their reading: exact words in `words`, stems in `stems`
 * (by number, in order of first sight), each spelling's word and stems worked out once.
 */
export class QuoteWordReader {
  /** The close-matching stems, by number. */
  readonly stems: string[] = [];
  private readonly stemIds = new Map<string, number>();
  /** Stem numbers of runs of several tokens or with apostrophes, by the run as written. */
  private readonly runStems = new Map<string, Int32Array>();
  private readonly wordBySpelling: Int32Array;
  private readonly stemsBySpelling: (Int32Array | undefined)[];

  constructor(
    private readonly reading: Reading,
    private readonly passages: readonly Passage[],
    readonly words: WordNumbers = new WordNumbers(),
  ) {
    if (reading.sentenceFirst.length !== passages.length + 1) {
      throw new Error(`The reading covers ${reading.sentenceFirst.length - 1} passages, but ${passages.length} were given.`);
    }
    this.wordBySpelling = new Int32Array(reading.spellings.length).fill(UNKNOWN);
    this.stemsBySpelling = new Array<Int32Array | undefined>(reading.spellings.length);
  }

  /** The number of a stem, given a new one if the stem is new. */
  stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      this.stemIds.set(stem, (id = this.stems.length));
      this.stems.push(stem);
    }
    return id;
  }

  /** Pushes the numbers of the exact words of passage `p`'s `text[from, to)` to `out`: those `exactWords` gives. */
  pushWords(p: number, from: number, to: number, out: IntList): void {
    if (from >= to) return;
    const text = this.passages[p]!.text;
    if (!plain(NOT_PLAIN, text, from, to)) {
      for (const w of exactWords(text.slice(from, to))) out.push(this.words.id(w));
      return;
    }
    const { tokenStart, tokenEnd, spelling } = this.reading;
    const last = this.lastToken(p);
    for (let t = this.firstToken(p, from); t < last && tokenStart[t]! < to; ) {
      const end = this.wordEnd(text, t, last, to);
      if (end === t && tokenStart[t]! >= from && tokenEnd[t]! <= to) out.push(this.spellingWord(spelling[t]!));
      else {
        let word = '';
        for (let k = t; k <= end; k++) word += text.slice(Math.max(from, tokenStart[k]!), Math.min(to, tokenEnd[k]!));
        out.push(this.words.id(word.toLowerCase()));
      }
      t = end + 1;
    }
  }

  /** Pushes the numbers of the close-matching stems of passage `p`'s `text[from, to)` (`closeWords` of it) to `out`. */
  pushStems(p: number, from: number, to: number, out: IntList): void {
    if (from >= to) return;
    const text = this.passages[p]!.text;
    if (!plain(NOT_PLAIN_STEMS, text, from, to)) {
      const found: string[] = [];
      closeWordsOf(text.slice(from, to), found);
      for (const st of found) out.push(this.stemId(st));
      return;
    }
    const { tokenStart, tokenEnd, spelling } = this.reading;
    const last = this.lastToken(p);
    for (let t = this.firstToken(p, from); t < last && tokenStart[t]! < to; ) {
      const end = this.wordEnd(text, t, last, to);
      // The run as `closeWordsOf` reads it: the word with the apostrophes right before and after it.
      let runFrom = Math.max(from, tokenStart[t]!);
      let runTo = Math.min(to, tokenEnd[end]!);
      while (runFrom > from && isApostrophe(text.charCodeAt(runFrom - 1))) runFrom--;
      while (runTo < to && isApostrophe(text.charCodeAt(runTo))) runTo++;
      let numbers: Int32Array;
      if (end === t && runFrom === tokenStart[t] && runTo === tokenEnd[t]) numbers = this.spellingStems(spelling[t]!);
      else {
        const run = text.slice(runFrom, runTo);
        let known = this.runStems.get(run);
        if (!known) this.runStems.set(run, (known = this.stemsOf(run)));
        numbers = known;
      }
      for (let k = 0; k < numbers.length; k++) out.push(numbers[k]!);
      t = end + 1;
    }
  }

  /** The last token of the word starting at token `t`: tokens joined by apostrophes only, within `[.., to)`. */
  private wordEnd(text: string, t: number, last: number, to: number): number {
    const { tokenStart, tokenEnd } = this.reading;
    let end = t;
    while (end + 1 < last && tokenEnd[end]! < to && tokenStart[end + 1]! < to) {
      let i = tokenEnd[end]!;
      const next = tokenStart[end + 1]!;
      while (i < next && isApostrophe(text.charCodeAt(i))) i++;
      if (i < next) break;
      end++;
    }
    return end;
  }

  /** The first token of passage `p` that ends after `from`. */
  private firstToken(p: number, from: number): number {
    const { tokenFirst, sentenceFirst, tokenEnd } = this.reading;
    let lo = tokenFirst[sentenceFirst[p]!]!;
    let hi = this.lastToken(p);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokenEnd[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** One past the last token of passage `p`. */
  private lastToken(p: number): number {
    return this.reading.tokenFirst[this.reading.sentenceFirst[p + 1]!]!;
  }

  private spellingWord(id: number): number {
    let word = this.wordBySpelling[id]!;
    if (word === UNKNOWN) this.wordBySpelling[id] = word = this.words.id(this.reading.spellings[id]!.toLowerCase());
    return word;
  }

  private spellingStems(id: number): Int32Array {
    let stems = this.stemsBySpelling[id];
    if (!stems) this.stemsBySpelling[id] = stems = this.stemsOf(this.reading.spellings[id]!);
    return stems;
  }

  private stemsOf(run: string): Int32Array {
    const found: string[] = [];
    closeWordsOf(run, found);
    return Int32Array.from(found, (st) => this.stemId(st));
  }
}
