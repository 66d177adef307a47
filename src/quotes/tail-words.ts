/**
 * Cheap tests of the words that end a piece of text, run before expressions anchored at its end (which are
 * tried from every position of the text, case folded): most texts are told apart by their last word alone.
 */
import { isSpace } from '../text/chars.ts';

// Under case folding "ſ" (long s) is an "s" and "K" (Kelvin) a "k": text holding them is left to the expression.
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/**
 * Whether the last word of `text`, past any trailing spaces and characters of `trailing`, may end in one of
 * `endings` (lowercase ASCII): false only when it surely does not. The word is the run of letters (or any
 * other character past ASCII but spaces) before them.
 */
export function mayEndWith(text: string, trailing: string, endings: readonly string[]): boolean {
  let e = text.length;
  while (e > 0 && (isSpace(text.charCodeAt(e - 1)) || trailing.includes(text.charAt(e - 1)))) e--;
  let b = e;
  for (;;) {
    if (b === 0) break;
    const c = text.charCodeAt(b - 1);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : isSpace(c)) break;
    b--;
  }
  const word = text.slice(b, e);
  if (FOLDS_TO_ASCII.test(word)) return true;
  const lower = word.toLowerCase();
  return endings.some((x) => lower.endsWith(x));
}

/** Whether `text`, lowercased, may hold one of `words` (lowercase ASCII with no "s" or "k"): false only when it surely does not. */
export function mayHold(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w));
}
