/**
 * The sex a participle's clause set off right after a name tells by the possessive it gives the one named:
 * "Mara Holm, facing her first budget vote, was asked ..." (a woman), "Tor Lind, clutching his notes, rose"
 * (a man). The clause's implied subject is the one named, so the possessive that opens its object is theirs.
 */
import { FUNCTION_WORDS } from '../text/stop-words.ts';

// ", <verb>ing his|her <one to three words>," or to the sentence's end.
const PARTICIPLE_ASIDE = /^,\s+(?:(?:still|already|now|then|also)\s+)?([\p{Ll}]{2,}ing)\s+(his|her)\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)\s*(?:,|\.?$)/u;
// -ing words that are no verb's participle here ("during", "according") or that take a person, not a possession.
const NOT_PARTICIPLE = new Set(['during', 'according', 'including', 'regarding', 'concerning', 'following', 'notwithstanding', 'pending', 'excluding', 'considering', 'nothing', 'something', 'anything', 'everything', 'thing', 'king', 'morning', 'evening', 'bring', 'spring', 'string', 'sing', 'ring', 'wing', 'sting', 'swing', 'thing']);

/** The sex ('m' or 'f') the possessive of a participle's clause right after `name` in `sentence` tells; null when none does. */
export function participleAsideGender(sentence: string, name: string): 'm' | 'f' | null {
  const at = sentence.indexOf(name);
  if (at < 0 || /[\p{L}\d_]/u.test(sentence.charAt(at + name.length))) return null;
  const m = PARTICIPLE_ASIDE.exec(sentence.slice(at + name.length));
  if (!m || NOT_PARTICIPLE.has(m[1]!)) return null;
  // "her" may be an object ("greeting her at the door", "thanking her warmly"): the words after it must be a noun
  // phrase, no function word and no adverb among them.
  const words = m[3]!.split(/\s+/u);
  if (words.some((w) => FUNCTION_WORDS.has(w) || /ly$/u.test(w))) return null;
  return m[2] === 'his' ? 'm' : 'f';
}
