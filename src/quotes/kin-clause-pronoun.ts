/**
 * A pronoun of speech opening a clause after a semicolon, in a sentence whose subject is someone's kin of that
 * pronoun's sex: `Her father, she said, had worked on the railway; he used to say that "..."`. The "he" is the
 * father, the only one of his sex the sentence brings in, not whoever spoke before (who may be the "she" set off
 * inside it, of a sex the text may never have told).
 */

// The sentence opens on a possessive and a word of kin (perhaps "late" between), as its subject.
const KIN_OPENING = /^\s*((?:His|Her|Their|My|Our)\s+(?:late\s+)?(father|mother|husband|wife|son|daughter|brother|sister|grandfather|grandmother|uncle|aunt|grandson|granddaughter|nephew|niece))\b/u;
const KIN_SEX: Readonly<Record<string, 'he' | 'she'>> = {
  father: 'he', husband: 'he', son: 'he', brother: 'he', grandfather: 'he', uncle: 'he', grandson: 'he', nephew: 'he',
  mother: 'she', wife: 'she', daughter: 'she', sister: 'she', grandmother: 'she', aunt: 'she', granddaughter: 'she', niece: 'she',
};
// The pronoun opens the last clause before the quote, right after a semicolon, with no other clause mark after it.
const PRONOUN_AFTER_SEMICOLON = /;\s+(he|she)\s+[^;:.!?"“”_]*$/u;

/**
 * The kin phrase ("Her father") the pronoun `pronoun` credited for the quote stands for, when `before` (the
 * sentence up to the quote's opening mark, quotes masked) opens on that kin as its subject and the pronoun, of
 * the kin's sex, opens a clause after a semicolon; else null. No name of a person may stand between (one who might
 * be meant instead): only lowercase words, and a pronoun of the other sex set off ("she said").
 */
export function kinBeforeSemicolonPronoun(before: string, pronoun: string): string | null {
  const kin = KIN_OPENING.exec(before);
  const tail = kin ? PRONOUN_AFTER_SEMICOLON.exec(before) : null;
  if (!kin || !tail || tail[1] !== pronoun.toLowerCase() || KIN_SEX[kin[2]!] !== tail[1]) return null;
  const between = before.slice(kin[0].length, tail.index);
  // (Capitalised words between may be places or names; only a place after "in", "at", "on", "near" or "from".)
  const named = between.replace(/\b(?:in|at|on|near|from|to)\s+(?:[\p{Lu}][\p{L}'’-]*\s*)+/gu, ' ');
  if (/[\p{Lu}]/u.test(named) || between.includes(';')) return null;
  return kin[1]!;
}
