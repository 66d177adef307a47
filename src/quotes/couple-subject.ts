/**
 * `Grace Roe and her husband, Daniel Roe, have run the shop for years.`: two people as one subject, the second
 * given as the first one's relation. The possessive tells the first one's gender and the relation noun the
 * second's, so a later "she" and "he" each mean one of them, where two names joined by "and" would leave a
 * pronoun open; and "her husband" later is the second.
 */

import { kinSex } from './gendered-nouns.ts';

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*`;
const PAIR = new RegExp(String.raw`^(${NAME})\s+and\s+(his|her)\s+([\p{Ll}]+),\s+(${NAME}),\s+[\p{Ll}]`, 'u');

/** Two people a subject joins as a person and their relation, each with the gender the text tells. */
export interface RelatedPair {
  first: string;
  firstGender: 'm' | 'f';
  relation: string;
  second: string;
  secondGender: 'm' | 'f';
}

/** The pair a sentence's opening (`Name and her husband, Name, verb ...`) joins as its subject, or null. */
export function relatedPair(opening: string): RelatedPair | null {
  if (!opening.includes(' and ')) return null;
  const m = PAIR.exec(opening);
  const secondGender = m ? kinSex(m[3]!) : null;
  if (!m || !secondGender) return null;
  return { first: m[1]!, firstGender: m[2] === 'his' ? 'm' : 'f', relation: m[3]!, second: m[4]!, secondGender };
}

/** Whether a description is a possessive pronoun and a relation noun the gender is told by ("her husband"). */
export function isRelationDescription(text: string): boolean {
  const m = /^(?:his|her|their)\s+([\p{Ll}]+)$/iu.exec(text.trim());
  return m !== null && kinSex(m[1]!) !== null;
}
