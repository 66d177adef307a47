/**
 * The exact words of a stretch of text (as `exactWords` reads them) with where each stands in the text, so a
 * phrase found among the words can be shown and cut verbatim.
 */
import { exactWords } from './quote-words.ts';

/** A stretch's words and, for each, the characters `[start, end)` of the text it was read from. */
export interface WordPlaces {
  words: string[];
  start: number[];
  end: number[];
}

const WORD = 0;
// Characters that `exactWords` drops without a trace (apostrophes, accents): they join what is on either side.
const JOIN = 1;
const SEPARATOR = 2;

const kinds = new Map<number, number>();

/**
 * What a character is to `exactWords`: part of a word, dropped (joining its neighbours), or a separator.
 * Worked out with the same steps `exactWords` takes (NFKD, accents off, lower case, apostrophes off), one
 * character at a time: those steps read a character alike alone and in a text.
 */
function kindOf(code: number): number {
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return WORD;
    return code === 39 || code === 96 ? JOIN : SEPARATOR;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const read = String.fromCodePoint(code)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/[‘’`´']/gu, '');
    kind = read === '' ? JOIN : /[\p{L}\p{N}]/u.test(read) ? WORD : SEPARATOR;
    if (kinds.size < 10_000) kinds.set(code, kind);
  }
  return kind;
}

/**
 * The words of `text[from, to)` as `exactWords(text.slice(from, to))` gives them, each with its place in
 * `text`. A run of word characters (and the apostrophes and accents inside it) is read by `exactWords` itself;
 * the rare run that gives several words ("½") gives each the whole run's place.
 */
export function wordPlaces(text: string, from = 0, to = text.length): WordPlaces {
  const out: WordPlaces = { words: [], start: [], end: [] };
  let runStart = -1;
  let firstWord = -1;
  let lastWord = -1;
  const close = (): void => {
    if (firstWord >= 0) {
      for (const w of exactWords(text.slice(runStart, lastWord))) {
        out.words.push(w);
        out.start.push(firstWord);
        out.end.push(lastWord);
      }
    }
    runStart = firstWord = lastWord = -1;
  };
  for (let i = from; i < to; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === SEPARATOR) close();
    else {
      if (runStart < 0) runStart = i;
      if (kind === WORD) {
        if (firstWord < 0) firstWord = i;
        lastWord = i + width;
      }
    }
    i += width;
  }
  close();
  return out;
}

/** Where `phrase` first stands among `words` as consecutive words, or -1. */
export function phraseAt(words: readonly string[], phrase: readonly string[]): number {
  const n = phrase.length;
  if (n === 0) return -1;
  for (let i = 0; i + n <= words.length; i++) {
    let k = 0;
    while (k < n && words[i + k] === phrase[k]) k++;
    if (k === n) return i;
  }
  return -1;
}
