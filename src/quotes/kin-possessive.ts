/**
 * "Varga said his granddaughter had ...": a bare surname credited with words about "his" or "her" kin. Of two
 * relatives who share the surname, a man and a woman, the possessive is the one speaking and the word of kin
 * the other (no one is their own granddaughter), whichever the text had at hand before.
 */

import { kinSex, type Sex } from './gendered-nouns.ts';

/** A sentence opening with a bare name and a verb of saying whose reported clause opens with "his" or "her" and a word of kin of one sex. */
const SURNAME_SAID_KIN = /^\s*([\p{Lu}][\p{L}'’-]*)\s+(?:said|says|added|adds|explained|explains|recalled|recalls|noted|notes)\s+(?:that\s+)?(his|her)\s+(?:(?:late|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?(wife|husband|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt)\b/u;

const FEMALE_KIN = new Set(['wife', 'widow', 'daughter', 'sister', 'mother', 'granddaughter', 'grandmother', 'niece', 'aunt']);

/**
 * The sex of the possessive after a bare `surname` and a verb of saying that opens `sentence` (quotes masked), and
 * the sex of the word of kin it owns; null when the sentence is not so made.
 */
export function kinPossessive(sentence: string, surname: string): { owner: 'm' | 'f'; kin: 'm' | 'f' } | null {
  const m = SURNAME_SAID_KIN.exec(sentence);
  if (!m || m[1]!.toLowerCase() !== surname.toLowerCase()) return null;
  return { owner: m[2] === 'her' ? 'f' : 'm', kin: FEMALE_KIN.has(m[3]!) ? 'f' : 'm' };
}

// A role that is only "His" or "Her", perhaps one word, and a word of kin or of company: "His wife", "Her younger son", "His deputy".
const POSSESSIVE_RELATION = /^(His|Her)\s+(?:[\p{Ll}-]+\s+)?(?:wife|husband|son|daughter|brother|sister|father|mother|partner|colleague|boss|deputy|assistant)$/u;

/** The sex of the owner ('m' for "His", 'f' for "Her") when `role` is only a capitalised possessive and a word of kin or company ("His wife", "Her older brother"); else null. */
export function possessiveOwnerOfRelation(role: string): 'm' | 'f' | null {
  const m = POSSESSIVE_RELATION.exec(role);
  return m ? (m[1] === 'His' ? 'm' : 'f') : null;
}

// A relation written as only "his" or "her" and one word: "his wife", "Her uncle".
const POSSESSIVE_AND_WORD = /^(his|her)\s+([\p{Ll}]+)$/iu;

/**
 * The owner's sex, the word of kin (lowercase) and its sex when `relation` (a speaker phrase, trimmed here) is only
 * "his" or "her" and a word of kin ("his wife", "her brother-in-law" not: one word only); null otherwise.
 */
export function possessiveKin(relation: string): { owner: 'm' | 'f'; kin: string; sex: Sex } | null {
  const m = POSSESSIVE_AND_WORD.exec(relation.trim());
  const sex = m ? kinSex(m[2]!) : null;
  if (!m || !sex) return null;
  return { owner: m[1]!.toLowerCase() === 'his' ? 'm' : 'f', kin: m[2]!.toLowerCase(), sex };
}
