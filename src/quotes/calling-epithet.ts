/**
 * Whether a description's head names a calling. A writer varies the word for someone the sentence before
 * brought in ("Ivo Roen, a border guard, ..."): by the calling itself or a general noun for it ("the guard", "the
 * officer"), or by a word of sex, kin, age or where one lives ("the old man", "the veteran", "the father of
 * three", "the villager"), which anyone may be called. Any other person noun, a trade or profession ("the
 * engineer", "the trader", "the student"), is a calling of its own: for one the text gave another calling it
 * names someone else.
 */

import { kinSex } from './gendered-nouns.ts';

// Nouns of sex, age, standing in life or where one lives: no calling, so said of anyone at all.
const NO_CALLING = new Set([
  'man', 'woman', 'boy', 'girl', 'lady', 'gentleman', 'lad', 'guy', 'widow', 'widower',
  'veteran', 'pensioner', 'retiree', 'elder', 'youngster', 'teenager', 'adolescent', 'child', 'kid',
  'resident', 'local', 'native', 'villager', 'islander', 'townsman', 'townswoman', 'newcomer', 'neighbour', 'neighbor',
  'survivor', 'person',
]);

/** Whether `head` (a lowercase noun, singular) is a word of sex, kin, age or residence, which names no calling. */
export function namesNoCalling(head: string): boolean {
  const h = head.toLowerCase();
  return NO_CALLING.has(h) || kinSex(h) !== null;
}
