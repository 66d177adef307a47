/**
 * `Jane Marsh's health ... physician under Governor Paul Marsh ... Marsh let her staff believe ...`: a bare surname
 * the narration makes the subject of a clause that goes on with "his" or "her" and a noun owned ("let her staff",
 * "hid his injury") tells which sex the text means by that surname, between a man and a woman who bear it.
 */
import { escapeRegExp } from '../text/regexp.ts';

// Words after "her" that make it an object, not an owner ("thanked her for", "told her that").
const NOT_OWNED = /^(?:for|to|with|about|that|and|or|but|as|in|on|at|of|a|an|the|up|down|out|off|back|again|over|into|from|by|when|while|because|after|before|so|not|if|how|what|why|was|is|had|has|would|could|will|can|this|these|those|it|him|them|her|his)$/u;

/**
 * The sex the narration gives a bare `surname` as a clause's subject followed, in that clause, by a possessive
 * "his" or "her" before a noun; null when it gives none, or both. `texts` are the paragraphs read so far, quotes
 * masked; a surname inside a longer name ("Paul Marsh", "Marsh Hid" of a headline) or owning ("Marsh's") is no bare use.
 */
export function surnameOwnGender(texts: readonly string[], surname: string): 'm' | 'f' | null {
  const use = new RegExp(String.raw`(?<![\p{L}'’.-])(?<![\p{Lu}][\p{L}'’.-]*\s)${escapeRegExp(surname)}\s+((?:[\p{Ll}-]+\s+){1,3}?)(his|her)\s+([\p{Ll}-]+)`, 'gu');
  let told: 'm' | 'f' | null = null;
  for (const text of texts) {
    if (!text.includes(surname)) continue;
    for (const m of text.matchAll(use)) {
      // (The words between are the clause's verb and its adverbs, no second subject: "Marsh said her", "Marsh and her".)
      if (/\b(?:and|or|who|whom|that|which|said|says|told|tells)\s/u.test(m[1]!) || NOT_OWNED.test(m[3]!)) continue;
      const g = m[2] === 'her' ? 'f' : 'm';
      if (told && told !== g) return null;
      told = g;
    }
  }
  return told;
}
