/**
 * "His friend and rival Ilse Verhulst", "Her compatriot and political opponent Tomas Verhulst": two roles of one
 * person joined by "and" after a possessive pronoun, then that person's full name. The name is one person's, both
 * roles theirs; read as the phrase with the second role alone ("His political opponent NAME") would be.
 *
 * Only roles that are no words of kin: "his wife and daughter Anna" is as often two people as one, and a missed
 * attribution is better than a wrong one. Both nouns singular, so "his sons and heir NAME" is no one.
 */
import { kinSex } from './gendered-nouns.ts';

// "His friend and rival NAME", "her old friend and political opponent NAME": the possessive, a first role of up to
// two words, "and", a second of up to three, then the rest (the name, which the caller's reading checks).
const JOINED_ROLES = /^(\s*(?:His|Her|Their|his|her|their)\s+)((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\s+and\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+(?=[\p{Lu}])/u;
// Words of kin that tell no sex (those that do, `kinSex` knows).
const KIN_OF_NO_SEX = /^(?:cousin|parent|child|sibling|relative|spouse|partner|grandchild|stepchild|twin)$/u;

/** Whether a noun is a role that names no kin and is singular (a plural "s" on a noun of a person). */
function singleRole(noun: string, isPersonNoun: (w: string) => boolean): boolean {
  if (kinSex(noun) || KIN_OF_NO_SEX.test(noun)) return false;
  if (/(?:[^s]s|men)$/u.test(noun) && !isPersonNoun(noun)) return false;
  return isPersonNoun(noun);
}

/**
 * The phrase with its first role and "and" cut ("His rival NAME" for "His friend and rival NAME") and the whole
 * role to put back on the name, when the phrase opens on two joined roles of people that are no kin; else null.
 */
export function joinedRolesName(phrase: string, isPersonNoun: (w: string) => boolean): { rest: string; role: string } | null {
  if (!phrase.includes(' and ')) return null;
  const m = JOINED_ROLES.exec(phrase);
  if (!m || !singleRole(m[3]!, isPersonNoun) || !singleRole(m[5]!, isPersonNoun)) return null;
  return { rest: `${m[1]!}${m[4]!} ${phrase.slice(m[0].length)}`, role: `${m[1]!.trim()} ${m[2]!} and ${m[4]!}` };
}
