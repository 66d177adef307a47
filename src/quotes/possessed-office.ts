/**
 * A sentence opening on a capitalised possessive that names no person, then a role ("Veldoria's chief cabinet
 * secretary was no less direct.", "Osten's harbour master said ..."): the role is the subject, an office of a place
 * or a body with no holder named, and the one a "he said" right after may mean.
 */
import { kinSex } from './gendered-nouns.ts';
import { lexTags } from './names.ts';
import { isRoleNoun } from './speaker-phrases.ts';

const PERSON_NAME_TAG = /^(?:LastName|FirstName|MaleName|FemaleName)$/u;
const POSSESSIVE = /^([\p{Lu}][\p{L}-]+)['’]s$/u;

/**
 * Whether `words[0, n)` is a possessive and up to four lowercase words ending in a role ("chief cabinet secretary"),
 * its owner one word that no name list has as a person's and that the document (`knowsName`) names no one by, and
 * the role no word of kin ("Veldoria's sister" is no office).
 */
export function placeOwnedRole(words: readonly string[], n: number, knowsName: (name: string) => boolean): boolean {
  if (n < 2 || n > 5) return false;
  const owner = POSSESSIVE.exec(words[0]!)?.[1];
  if (!owner || knowsName(owner) || lexTags(owner).some((t) => PERSON_NAME_TAG.test(t))) return false;
  const role = words.slice(1, n);
  const head = role.at(-1)!;
  return role.every((w) => /^[\p{Ll}][\p{Ll}-]*$/u.test(w)) && isRoleNoun(head) && kinSex(head) === null;
}
