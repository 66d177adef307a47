/**
 * A person the text names by a given name alone ("Greta died in 2011."): the name lists read a sex from a name of
 * two words or more only, so such a one has none told, and a "he" may be handed to a "Greta". The given name
 * tells the sex when both the lexicon and the name lists give it one, and no one else in the text bears the word
 * as a family name (a bare "Kim" or "Lee" may be a surname).
 */
import { firstNameGender } from './first-names.ts';

/**
 * The sex a person's names tell when every one of them is a single word that is a given name of one sex and the
 * document's other people (`familyNames`: the last words of their names of two words or more) never bear it; else null.
 */
export function loneGivenNameSex(names: readonly string[], familyNames: ReadonlySet<string>): 'm' | 'f' | null {
  if (names.length === 0 || names.some((n) => /\s/u.test(n.trim()))) return null;
  const sexes = new Set(names.map((n) => n.trim().replace(/['’]s?$/u, '')).map((w) => (familyNames.has(w) ? null : firstNameGender(w))));
  if (sexes.size !== 1) return null;
  return [...sexes][0] ?? null;
}
