/**
 * A clause before a colon whose subject hands on words that are someone else's: `The envoy's interpreter, Mia
 * Holt, translated his reply: "..."` (the words are the envoy's, in her English), `Roe remembered the advice her
 * coach, Ana Lind, gave her: "..."` (the coach's). The subject before the colon did not say them first, and the
 * one who did is told only by a possessive or a clause inside the object, so nobody is credited.
 */

// A verb of carrying words across languages or on to others, and an object owned by someone: "translated his
// reply", "interpreted the minister's answer", "relayed her words", "translated the letter".
const CARRIED = /\b(?:translated|translates|interpreted|interprets|rendered|renders|relayed|relays)\s+(?:his|her|their|its|the|a|an|(?:the|a)\s+[^,;:"“”_]{1,40}?['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:reply|replies|answers?|words|remarks|comments|response|responses|questions?|statement|speech|message|greeting|toast|warning|letter|note|text|post)\s*(?:[^,;:"“”_]{0,40})?:\s*$/u;

// A noun of words given, then a clause of its own whose subject gave them: "the advice his teacher, Ana Lind, gave
// him at fifteen:", "the words her father wrote on the gate:", "the warning a guard shouted:".
const GIVEN_BY_CLAUSE = /\b(?:the|some|this|that|these|those)\s+(?:[\p{Ll}-]+\s+)?(?:advice|words|warning|message|lesson|instructions?|orders?|greeting|motto|answer|reply|promise)\s+(?:that\s+)?(?:(?:his|her|their|my|our|a|an|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})(?:,\s+[^,;:"“”_]{1,50},)?\s+(?:had\s+|once\s+|always\s+|had\s+once\s+)?(?:gave|given|offered|sent|left|passed\s+on|taught|wrote|written|shouted|whispered|repeated|spoke|called\s+out)\b[^,;:"“”_]{0,60}:\s*$/u;

/** Whether the clause before the quote's colon hands on words whose first speaker is another than its subject. */
export function othersWordsBeforeColon(before: string): boolean {
  return CARRIED.test(before) || GIVEN_BY_CLAUSE.test(before);
}
