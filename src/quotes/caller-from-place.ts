/**
 * A caller, a listener or a vox-pop voice named by a given name alone and the place they are from, opening the
 * sentence as its subject: "Siona from Ballyrae was first through.", "Tadhg in Kilcorran, a retired teacher,
 * rang in.". Phone-ins and vox pops name people so; a later "she said" is that person's, as it would be after the
 * given name alone ("Siona rang first.").
 */
import { commonWordNotName, firstNameGender } from './first-names.ts';

// The given name, "from" or "in" and a place of one or two capitalised words, perhaps a description set off after
// it, then a lowercase word: the sentence's verb. (A connective may open the sentence: "Then Siona from ...".)
const GIVEN_FROM_PLACE = /^\s*(?:(?:Then|Next|Later|Finally|And|But),?\s+)?([\p{Lu}][\p{Ll}'’-]+)\s+(?:from|in)\s+[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?(?:,\s+(?:a|an)\s+[^,;:"“”_]{1,80},)?\s+[\p{Ll}]/u;

/**
 * The given name and its sex when `sentence` opens with one named by a given name and where they are from
 * (`GIVEN_FROM_PLACE`); null when the word is no given name the lists know, is a common word, or tells no sex
 * (a guess left unmade: the pronoun after it would then have nothing to check against).
 */
export function givenNameFromPlace(sentence: string): { name: string; gender: 'm' | 'f' } | null {
  const m = GIVEN_FROM_PLACE.exec(sentence);
  if (!m || commonWordNotName(m[1]!)) return null;
  const gender = firstNameGender(m[1]!);
  return gender ? { name: m[1]!, gender } : null;
}

/** Whether `word` is a given name the lists know, of a sex they tell, and no common word ("Farid", not "Hope"). */
export function listedGivenName(word: string): boolean {
  return !commonWordNotName(word) && firstNameGender(word) !== null;
}
