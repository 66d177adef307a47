/**
 * `Liu Yang won the 400 metres; the silver went to Emily Yang. "...," Yang said.`: a two-word name opening on a
 * Chinese or Korean family name ("Liu Yang") may be written family name first, its last word then a given name;
 * beside another who plainly bears that last word as a surname, opening on a given name ("Emily Yang"), a bare "Yang"
 * is either the second's surname or both people's: the text does not say whose, so no one is credited rather than
 * the one the reading had at hand.
 */
import { CHINESE_FAMILY_NAMES, familyNameTest, KOREAN_FAMILY_NAMES } from './family-names.ts';

const EAST_ASIAN_FAMILY = familyNameTest([...CHINESE_FAMILY_NAMES, ...KOREAN_FAMILY_NAMES], 'iu');

/**
 * Whether the bare name `word` (lower case) ends two different two-word full names of `names` (each as its
 * lower-case words), one opening on an East Asian family name, the other on a given name (`isGiven`) that is none.
 */
export function surnameOrderUnsure(word: string, names: readonly (readonly string[])[], isGiven: (w: string) => boolean): boolean {
  const ending = names.filter((n) => n.length === 2 && n[1] === word);
  // (The lexicon knows many such family names as given names too, "Liu", "Jin": it cannot tell the order.)
  const maybeFamilyFirst = ending.filter((n) => EAST_ASIAN_FAMILY.test(n[0]!));
  const plain = ending.filter((n) => isGiven(n[0]!) && !EAST_ASIAN_FAMILY.test(n[0]!));
  return maybeFamilyFirst.length > 0 && plain.length > 0;
}
