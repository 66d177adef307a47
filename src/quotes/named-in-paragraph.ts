/**
 * "the president" where the paragraph has just named one president: "... the vehicles President Zelensky has
 * thanked us for. When I met him in Kyiv, the President told me: "..."" means Zelensky, not a president who
 * spoke three paragraphs back. A definite description points at the one person of that role the paragraph
 * names before its sentence, when the paragraph names exactly one.
 */
import { familyNameFirst } from './local-speaker.ts';
import { nameWords } from './names.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

/** A person a description may mean: a name the text gave (with a role that fits) and how to find it again. */
export interface FittingPerson<T> {
  /** Full names (or a titled surname, "Zelensky") the text gave this person. */
  names: readonly string[];
  value: T;
}

/** The word a name is written by when the text shortens it: the family name, first for "Kim Tae-hyo". */
function familyWord(name: string): string {
  const words = name.split(/\s+/u);
  return familyNameFirst(name) ? words[0]! : words[words.length - 1]!;
}

// A letter or a digit: what may not stand right before or after a word written whole.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Halves of a character past the first 65,536, which a search by code units could split.
const SURROGATE = /[\uD800-\uDFFF]/u;

/** Whether `text` writes `word` whole: `/(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])/u`, found by `indexOf` (no expression built per name). */
function writes(text: string, word: string): boolean {
  if (word === '' || SURROGATE.test(word)) return sharedRegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'u').test(text);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    // (The word has no half characters, so it starts and ends between whole ones; the characters either side are
    // read whole, as the `u` flag reads them.)
    const before = i === 0 ? '' : isLowSurrogate(text.charCodeAt(i - 1)) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? text.slice(i - 2, i) : text.charAt(i - 1);
    const end = i + word.length;
    const after = end >= text.length ? '' : String.fromCodePoint(text.codePointAt(end)!);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The one person among `fitting` whose name (or family name) `before` writes, or null when it writes none or
 * several. `before` is the paragraph's text before the description's sentence, quotations masked; a paragraph
 * that already used the description itself keeps whatever it meant there, so then no one is returned.
 */
export function namedInParagraph<T>(before: string, description: string, fitting: readonly FittingPerson<T>[]): T | null {
  if (writes(before.toLowerCase(), description.toLowerCase())) return null;
  const found = new Map<string, T>();
  for (const f of fitting) {
    for (const n of f.names) {
      if (nameWords(n).length === 0) continue;
      const word = familyWord(n);
      if (!writes(before, n) && !writes(before, word)) continue;
      found.set(word.toLowerCase(), f.value);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
