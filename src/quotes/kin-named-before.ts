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
