/**
 * A quote that a detached participle leads into (`..., calling the delay "..."`), after a reporting verb whose
 * subject stands inside a "that" clause of an earlier reporting verb: `Roe said the office had seen no sign that
 * the navy had told its crews in advance, calling the delay "..."`. The participle has no subject of its own and
 * may hang on either clause, the outer teller's or the inner one's; neither is a safe speaker.
 */
import { attributionBefore, isSpeechVerb } from './attribution.ts';

// A comma, then a participle in "-ing" (an adverb may stand before it) and its words, no clause break, to the quote.
const DETACHED_PARTICIPLE = /,\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]{2,}ing)\s+[^,;:.!?"“”_]*$/u;
// Auxiliaries and adverbs that may stand between a subject and its verb: "had told", "had also warned".
const AUXILIARY = /^(?:had|has|have|was|were|is|are|would|will|could|may|might|also|already|not|never|reportedly|[\p{Ll}]+ly)$/u;

/**
 * Whether `phrase`, read as the credit of the quote that `before` (the masked sentence up to the opening mark)
 * leads into, is the subject of a reporting verb inside a "that" clause of an earlier reporting verb with another
 * subject, and the quote hangs on a detached participle after that inner clause: two subjects the participle may
 * share, so the credit is no one's.
 */
export function participleAfterInnerClause(before: string, phrase: string): boolean {
  const participle = DETACHED_PARTICIPLE.exec(before);
  // (A participle of saying reads its own subject back: ", adding "...""; only other participles are detached here.)
  if (!participle || isSpeechVerb(participle[1]!)) return false;
  const at = before.lastIndexOf(phrase, participle.index);
  if (at < 0 || !/\bthat\s+$/u.test(before.slice(Math.max(0, at - 8), at))) return false;
  if (!verbAfterSubject(before.slice(at + phrase.length, participle.index))) return false;
  const outer = attributionBefore(before.slice(0, at));
  return !!outer && outer.phrase !== phrase;
}

/** Whether `rest` opens with a reporting verb, after at most three auxiliaries or adverbs. */
function verbAfterSubject(rest: string): boolean {
  const words = rest.trimStart().split(/\s+/u, 4);
  for (const w of words) {
    if (isSpeechVerb(w)) return true;
    if (!AUXILIARY.test(w)) return false;
  }
  return false;
}
