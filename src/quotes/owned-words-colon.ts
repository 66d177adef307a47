/**
 * A possessive pronoun and a noun for what someone said, then a colon: `Her verdict: "..."`, `His answer was
 * blunt: "..."`, `Her reading of the talks: "..."`. The words are the pronoun's owner's, as `X said: "..."` is X's.
 */

// Nouns for a view or an utterance; not "her book:", "his letter:" (writings others may quote from) nor "his
// words" (often quoted from someone else's mouth: "his words to the king"). (A thesis, a point, a theory or a
// complaint is the owner's own case put in words: "Her thesis is stated on the first page: ...".)
const SAID_NOUN = String.raw`(?:verdict|reading|view|answer|reply|response|reaction|retort|advice|message|warning|conclusion|assessment|take|prediction|prescription|diagnosis|explanation|argument|forecast|thesis|point|theory|complaint)`;
const OWNED = new RegExp(String.raw`^\s*(?:(?:But|And|So)\s+)?(His|Her)\s+(?:own\s+|main\s+|short\s+|blunt\s+|first\s+)?${SAID_NOUN}\b(?:\s+(?:of|on|about)\s+[^:;_.!?]{1,40})?(?:\s+(?:is|was)\s+[^:;_.!?]{1,30})?:\s*$`, 'u');

/** The pronoun ("he" or "she") whose owner the words before a colon give the quote to, or null. */
export function ownedWordsPronoun(before: string): 'he' | 'she' | null {
  const m = OWNED.exec(before);
  return m ? (m[1] === 'His' ? 'he' : 'she') : null;
}
