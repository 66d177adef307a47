/**
 * A sentence that opens on someone's namesake as its subject: `Her namesake in Carrow laughed at the reply.`,
 * `His namesake, asked the same question, shrugged.` The possessive is the person the text has at hand; the
 * namesake is the other person of that surname, so a bare surname credited right after ('"...," Roe said.') is
 * that other one, not the one at hand whom news style would otherwise give it to.
 */

// "Her namesake", "His namesake" opening the sentence, after an optional joining word ("But her namesake ...").
// (Not "their": it tells no one person at hand; nor any other possessive, which names its owner some other way.)
const NAMESAKE_OPENING = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?(Her|His|her|his)\s+namesake\b/u;

/**
 * The sex of the possessive's owner when `sentence` opens on "Her namesake" ('f') or "His namesake" ('m'),
 * else null.
 */
export function namesakeOwnerSex(sentence: string): 'm' | 'f' | null {
  const m = NAMESAKE_OPENING.exec(sentence);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'her' ? 'f' : 'm';
}
