/**
 * Questions asking what someone gains, in the idioms people ask them with: "what's in it for X?", "what did X get
 * out of it?", "what does X gain from the deal?". A news report says what a party gains as what it wants or needs
 * ("Russia needs to replenish its ammunition", "is desperate to secure"), so such a question is read as "what does X
 * want", which the wanting words answer (lexicon.ts, DESIRE_WORDS; rank-top.ts reads who wants from whom).
 */

// "What's in it for Russia?", "what is in this for the North": what the party stands to gain.
const IN_IT_FOR = /\bwhat(?:'s|’s|s|\s+is|\s+was)\s+in\s+(?:it|this|that)\s+for\s+(.+?)\s*([?!.]*)\s*$/i;
// "What did Putin get out of it?", "what will they gain from this?": the party of a word or two, and the gain from
// the event as a pronoun. Not "what can Russia get out of North Korea" (what the other party gives) nor "what does
// the North hope to get from Russia" (wanting said already).
const GET_OUT_OF = /\bwhat\s+(do|does|did|will|would|could|can|might)\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:get|gain)\s+(?:out\s+of|from)\s+(it|this|that|all\s+this|all\s+that)\s*([?!.]*)\s*$/iu;

// "What weapons is Kim after?", "what is the North after from Russia?": "be after" is seeking, in a question asking
// what, "after" closing it or before whom from ("from Russia") or a frame ("tech wise"): not "what happened after the
// talks", nor "what is the mood after lunch".
const BE_AFTER = /^(\s*(?:what|which)\b.*?\b(?:is|are|was|were)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)after\b(?=\s*(?:[?!.]*\s*$|from\b|in\s+terms\b|exactly\b|really\b|here\b|now\b|\p{L}+[\s-]wise\b))/iu;

// "What does Kim hope to get out of closer ties with Moscow?", "what can Seoul gain from better relations with
// Beijing?": what is got out of ties with a party is got from that party. The ties are what the question takes as
// given, and their words would find the passage saying the ties are sought ("the North has been seeking ties with
// Russia") before the one saying what is sought from the party ("desperate to secure technology from Russia").
// bundled28 one more first, no other own set moved; SQuAD v1.1 dev unchanged.
const OUT_OF_TIES = /\b(get|gets|got|getting|gain|gains|gained|gaining|benefit|benefits|benefited|benefiting)\s+(?:out\s+of|from)\s+(?:(?:the|its|their|his|her|these|those|this|such)\s+)?(?:(?:closer|close|better|stronger|warmer|deeper|tighter|improved|improving|new|growing|good|friendly)\s+)?(?:ties|relations|relationship|cooperation|partnership|alliance|friendship|links|bonds?)\s+(?:with|to)\s+/iu;

/**
 * The question with a gaining idiom written as wanting ("what's in it for Russia" → "what does Russia want", "what
 * is Kim after" → "what is Kim seeking"); unchanged otherwise.
 */
export function benefitAsWanting(question: string): string {
  question = question.replace(OUT_OF_TIES, '$1 from ');
  const inIt = IN_IT_FOR.exec(question);
  if (inIt) return `${question.slice(0, inIt.index)}what does ${inIt[1]} want${inIt[2]}`;
  const getOut = GET_OUT_OF.exec(question);
  if (getOut) return `${question.slice(0, getOut.index)}what ${getOut[1]} ${getOut[2]} want${getOut[4]}`;
  const after = BE_AFTER.exec(question);
  if (after) return `${after[1]}seeking${question.slice(after[0].length)}`;
  return question;
}
