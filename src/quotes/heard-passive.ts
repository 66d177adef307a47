/**
 * `Roe told the inquiry that he had been texted "..." by his sister`, `Roe said she was told: "..."`: a passive verb
 * of telling or sending right before the quote says the words were put to its subject by someone else (named after
 * the quote, if at all). Neither the one reporting nor the one told said them.
 */

// The passive's auxiliary, perhaps an adverb, the verb, perhaps its agent before the quote, perhaps a colon or comma.
const HEARD_PASSIVE = /(?<![\p{L}])(?:had\s+been|has\s+been|have\s+been|was|were|is|are|being|got)\s+(?:(?:repeatedly|once|later|then|allegedly|also|simply|only)\s+)?(?:told|texted|messaged|emailed|warned|ordered|instructed)(?:\s+by\s+(?:the|a|an|his|her|their|my|our)?\s*[^,;:"“”_]{1,40}?)?\s*[:,]?\s*$/u;

/** Where in `before` (the text before the quote, quotes masked) such a passive stands, or -1. */
export function heardPassive(before: string): number {
  return HEARD_PASSIVE.exec(before)?.index ?? -1;
}
