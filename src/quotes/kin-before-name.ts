/**
 * The words right before a name that bring the name in as someone's kin: "Senator Ray Tull and his wife, Ada
 * Tull", "Anna Kerr and her sister Mia Kerr". Pure readings of the text before the name; whose kin, and what it
 * settles, is for the caller.
 */
import { kinPattern } from './gendered-nouns.ts';

// "his wife, " / "her late husband, " right before a name: one brought in only as someone's kin.
let kinOnly: RegExp | undefined;
const KIN_ONLY_BEFORE = (): RegExp => (kinOnly ??= new RegExp(String.raw`\b(?:his|her)\s+(?:(?:late|younger|elder|older|twin)\s+)?(?:${kinPattern()}),\s+$`, 'u'));

/** Whether `before` (the text up to where a name opens) ends on "his" or "her", a word of kin and a comma: "and his wife, ". */
export function kinOnlyBefore(before: string): boolean {
  return KIN_ONLY_BEFORE().test(before);
}

// All the text between two names: "and", a possessive, one or two lowercase words, perhaps a comma.
const JOINED_BY_AND = /^\s*and\s+(his|her)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+,?\s+$/u;

/**
 * The possessive's sex ('m' for "his", 'f' for "her") when `between` (the text between two names) is only "and", that
 * possessive and one or two lowercase words ("and her sister ", "and his younger brother, "); else null.
 */
export function ownerJoinedByAnd(between: string): 'm' | 'f' | null {
  const joined = JOINED_BY_AND.exec(between);
  return joined ? (joined[1] === 'his' ? 'm' : 'f') : null;
}

// A possessive ("his", "her", "their", or a name's "Roe's"), perhaps an age word, a lowercase word of relation,
// perhaps "and" and a second word ("mother and coach"), perhaps a comma, right before a name.
const RELATION_OWNED_BEFORE = /(?:\b(?:his|her|their)|[\p{Lu}][\p{L}'’-]*['’]s?)\s+(?:(?:late|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?([\p{Ll}-]+)(?:\s+and\s+(?:long-time\s+|longtime\s+|former\s+)?([\p{Ll}-]+))?,?\s+$/iu;

/**
 * The word of relation (as written) that `before` (the text up to where a name opens) ends on after a possessive,
 * "his wife, " or "Roe's mother and coach, ", and the word joined to it by "and" if any; null otherwise. Whether
 * the joined word is a second relation (two people) or a role of the same one is for the caller.
 */
export function relationOwnedBefore(before: string): { relation: string; joined: string | undefined } | null {
  const k = RELATION_OWNED_BEFORE.exec(before);
  return k ? { relation: k[1]!, joined: k[2] } : null;
}

// A sentence that opens on "His", "Her" or "Their" and one to three words (a word of kin, an age word), perhaps a comma.
const OPENS_ON_POSSESSIVE = /^\s*(?:His|Her|Their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,?\s+$/u;

/**
 * Whether `before` (a sentence up to where a name opens) is only a capitalised possessive and one to three words,
 * the name then set off after the relation it opens on: "His daughter, " of "His daughter, NAME, who keeps the books".
 */
export function opensOnPossessiveBefore(before: string): boolean {
  return OPENS_ON_POSSESSIVE.test(before);
}
