/**
 * "Tobin Roe fishes from the pier. His uncle, Piet Vaal, taught him. ¶ '...,' his uncle said.": a word of kin
 * credited after a quote ("his uncle said", "said her mother") is the one the text named as that kin before,
 * "his/her KIN, FULL NAME" (the comma may be left out), when the text so names one person only. Whose kin is
 * for the caller to check: the nearest person of the possessive's sex named before the introduction.
 */
import { escapeRegExp } from '../text/regexp.ts';

// An age or a state word before the word of kin: "His younger brother, NAME", "her late mother NAME".
const AGE_WORD = String.raw`(?:(?:younger|older|elder|eldest|youngest|little|big|baby|twin|late)\s+)?`;
// A courtesy title or rank before the name brought in ("her husband, Dr. Amos Roe"): no part of the name.
const COURTESY = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Rev|Col|Gen|Capt)\.?\s+)?`;
// A full name: two to four capitalised words, ending at a comma, a stop, a bracket or a lowercase word.
const FULL_NAME = String.raw`([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?=[\s,.;:)]|$)`;

/**
 * Every place `paragraph` names someone in full as "his KIN" or "her KIN" (`possessive` "his" or "her", `kin`
 * a word of kin, lowercase): the offset of the possessive and the name as written, in order.
 */
export function kinNamedIn(paragraph: string, possessive: 'his' | 'her', kin: string): { at: number; name: string }[] {
  const first = possessive === 'his' ? '[Hh]is' : '[Hh]er';
  const re = new RegExp(String.raw`(?<![\p{L}])${first}\s+${AGE_WORD}${escapeRegExp(kin)},?\s+${COURTESY}${FULL_NAME}`, 'gu');
  const out: { at: number; name: string }[] = [];
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) out.push({ at: m.index, name: m[1]! });
  return out;
}

// "His son, Ryan," / "Her late sister-in-law, Ada Roe,": a possessive, perhaps an age or state word, a word of kin
// (or of kin by marriage), and a name of one to four capitalised words set off by commas.
const KIN_APPOSITIVE = /(?:^|[\s(])(His|Her)\s+(?:(?:younger|elder|older|eldest|youngest|oldest|little|big|late|only|twin)\s+)?(brother|sister|son|daughter|father|mother|uncle|aunt|cousin|nephew|niece|husband|wife|grandson|granddaughter|grandfather|grandmother|brother-in-law|sister-in-law|son-in-law|daughter-in-law|father-in-law|mother-in-law),\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),/gu;

/** One "His/Her KIN, NAME," read by `kinAppositivesIn`. */
export interface KinAppositive {
  /** Where the match starts: the possessive, or the space or bracket right before it. */
  at: number;
  /** Where it ends, just after the comma closing the name. */
  end: number;
  /** The possessive's sex: 'm' for "His", 'f' for "Her". */
  owner: 'm' | 'f';
  /** The word of kin, lowercase ("son", "sister-in-law"). */
  kin: string;
  /** The name as written: a first name alone ("Ryan") or more words. */
  name: string;
}

/**
 * Every "His/Her KIN, NAME," set off in `text` (at its start, or after a space or a bracket), in order.
 */
export function kinAppositivesIn(text: string): KinAppositive[] {
  const out: KinAppositive[] = [];
  KIN_APPOSITIVE.lastIndex = 0;
  for (let m = KIN_APPOSITIVE.exec(text); m; m = KIN_APPOSITIVE.exec(text)) out.push({ at: m.index, end: m.index + m[0].length, owner: m[1] === 'His' ? 'm' : 'f', kin: m[2]!, name: m[3]! });
  return out;
}
