/**
 * A sentence that opens on a relative of the one at hand, unnamed, as its subject, and then speaks only of that
 * relative: `His grandson, at the launch site, reached for the same words.` The possessive is the person at hand;
 * a bare surname crediting the next sentence's quote is then the relative who bears it, not the one at hand.
 */

// "His grandson", "Her daughter" opening the sentence, perhaps after a joining word, as a subject (a comma or a
// verb follows, not a name in apposition, which other readings take).
// (Relatives of one blood line, who bear the family name as a rule; "wife", "husband" may not.)
const KIN_OPENING = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?(His|Her)\s+(son|daughter|grandson|granddaughter|father|grandfather|brother|sister)\b(?!\s*,\s*[\p{Lu}])/u;
const KIN_SEX: Record<string, 'm' | 'f'> = { son: 'm', grandson: 'm', father: 'm', grandfather: 'm', brother: 'm', daughter: 'f', granddaughter: 'f', sister: 'f' };

/**
 * The sex of the possessive's owner and of the relative when `sentence` opens on "His/Her KIN" and no pronoun
 * after it points back to the owner ("His son stood beside him" may keep the text on the father); else null.
 */
export function kinOpening(sentence: string): { owner: 'm' | 'f'; kin: 'm' | 'f' } | null {
  const m = KIN_OPENING.exec(sentence);
  if (!m) return null;
  const owner = m[1] === 'Her' ? 'f' : 'm';
  const rest = sentence.slice(m.index + m[0].length);
  if ((owner === 'm' ? /\b(?:him|his|himself)\b/iu : /\b(?:her|hers|herself)\b/iu).test(rest)) return null;
  return { owner, kin: KIN_SEX[m[2]!]! };
}
