/**
 * `I shared a bench with a woman in a green coat who described herself as "in shipping."`: words a "who" clause
 * has its antecedent give of himself or herself (described, called, introduced, styled himself as) are the
 * antecedent's, who is only described; never the main clause's subject, who met or sat with them.
 */

// An indefinite or definite description (up to three words, perhaps placed or dressed by a short phrase), then
// "who", a reflexive verb of self-description and "as", right before the quote.
const SELF_DESCRIBED = /(?:^|[\s(])((?:a|an|the|A|An|The)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,}(?:\s+(?:in|with|from|at|of)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?),?\s+who\s+(?:(?:[\p{Ll}]+ly|only|simply|just)\s+)?(?:described|describes|called|calls|introduced|introduces|styled|styles)\s+(?:him|her)self\s+as\s*$/u;

/** The description whose own "who" clause describes itself in the quote that follows `before`, or null. */
export function selfDescribedAntecedent(before: string): string | null {
  return SELF_DESCRIBED.exec(before)?.[1] ?? null;
}
