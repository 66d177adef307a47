/**
 * The gender a person's given name usually has by the name lists (`first-names.ts`), for a person whose name
 * compromise's small lexicon does not place ("Annalena Baerbock"): asked only when a pronoun looks back to
 * someone of no gender yet, so the lists are read only by documents that need them.
 */
import { firstNameGender } from './first-names.ts';
import { familyNameFirst } from './local-speaker.ts';

/**
 * The gender the lists give the first word of the first of `names` written given name first, of two words or
 * more ("Annalena Baerbock"), or null: a name written family name first ("Kim Jong Un", "Moon Jae-in") opens
 * with a surname, whatever English given name it spells; an initial ("J. Smith") tells nothing.
 */
export function listedGender(names: readonly string[]): 'm' | 'f' | null {
  for (const name of names) {
    const words = name.replace(/['’]s?$/u, '').split(/\s+/u);
    if (words.length < 2 || familyNameFirst(words.join(' '))) continue;
    const given = words[0]!;
    if (!/^[\p{Lu}][\p{Ll}]{2,}$/u.test(given)) continue;
    return firstNameGender(given);
  }
  return null;
}
