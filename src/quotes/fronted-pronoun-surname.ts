/**
 * `Asked whether he worried ..., Marchuk shrugged.`: a fronted participle's clause ("Asked whether ...",
 * "Pressed on ...", "When asked ...") that holds "he" or "she" before a bare surname opening the main clause
 * speaks of that clause's subject, so the pronoun tells which of two namesakes of either sex the surname means.
 */
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

/**
 * The sex a fronted "Asked ..."-clause gives the bare `surname` that opens the main clause of `sentence` (quotes
 * masked), by a "he" or "she" (or "his", "her", "him") inside it; null when it has none, both, or the clause holds
 * another capitalised name (then the pronoun may be that one's).
 */
export function frontedPronounSex(sentence: string, surname: string): 'm' | 'f' | null {
  const m = sharedRegExp(String.raw`^\s*(?:When\s+)?(?:Asked|Pressed|Questioned|Challenged|Told)\b([^;:.!?"“”]{1,160}),\s+${escapeRegExp(surname)}\s+[\p{Ll}]`, 'u').exec(sentence);
  if (!m) return null;
  const clause = m[1]!;
  // (Another name in the clause, "Asked whether Roe was right, Lind ...", may be whom the pronoun means.)
  if (/\s[\p{Lu}]/u.test(clause)) return null;
  const he = /\b(?:he|his|him)\b/u.test(clause);
  const she = /\b(?:she|her|hers)\b/u.test(clause);
  return he === she ? null : he ? 'm' : 'f';
}
