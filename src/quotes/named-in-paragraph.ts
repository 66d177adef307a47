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

function writes(text: string, word: string): boolean {
  const escaped = escapeRegExp(word);
  return sharedRegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'u').test(text);
}

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
