/**
 * "His cashier laughed at that. '...,' she said.": a sentence opening on someone described as a man's or a
 * woman's helper ("His cashier", "Her driver"), whose predicate gives a gesture or a view, right before a quote
 * credited to a pronoun of the other sex than the possessive's. The owner cannot be that pronoun; the one described,
 * of no sex its noun tells, is the only person of that sex the two sentences bring in.
 */
import { ATTITUDE } from './stance-predicate.ts';
import { kinSex, nounSex } from './gendered-nouns.ts';
import { isPersonNoun, PERSON_NOUNS } from './speaker-phrases.ts';

// "His" or "Her" opening the sentence, then its words.
const POSSESSIVE_OPENING = /^\s*(His|Her)\s+/u;

/**
 * The description ("His cashier") a sentence opens on, when it is a helper of the other sex than `want` (the
 * possessive's "his" for a "she") with a noun of a person that tells no sex and is no kin, and the sentence goes on
 * with a gesture or a view (`ATTITUDE`) and names no one by a capitalised word. Null otherwise.
 */
export function possessedGestureOfSex(sentence: string, want: 'm' | 'f'): string | null {
  const m = POSSESSIVE_OPENING.exec(sentence);
  if (!m || (m[1] === 'His' ? 'm' : 'f') === want) return null;
  const words = sentence.slice(m[0].length).split(/\s+/u);
  // (The noun may stand after up to two lowercase modifiers: "His new cashier", "Her long-time driver".)
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const noun = words[n - 1]!;
    if (!/^[\p{Ll}-]{3,}$/u.test(noun)) return null;
    if (!(PERSON_NOUNS.has(noun) || isPersonNoun(noun))) continue;
    if (kinSex(noun) || nounSex(noun)) return null;
    const rest = words.slice(n).join(' ');
    if (!ATTITUDE.test(rest)) return null;
    // (Another capitalised word may name someone the pronoun means.)
    if (/[\p{Lu}]/u.test(rest)) return null;
    return `${m[1]!} ${words.slice(0, n).join(' ')}`;
  }
  return null;
}
