/**
 * A relayed credit after the quote: in `"...," the statement said, quoting Kim.` or `"...," KCNA reported,
 * quoting the leader.` the statement or agency only carries the words; the one it quotes spoke them.
 */

// A short credit of its own (a subject and a reporting verb, or the verb and its subject), a comma, "quoting"
// and the one quoted, to the end of the sentence.
const QUOTING_AFTER = /^\s*,?\s*(?:[\p{L}'’.-]+\s+){1,5}?(?:said|says|reported|reports|added|adds|wrote|writes|stated|states|announced|announces)(?:\s+(?:on|in)\s+[\p{L}'’ -]{1,30}?)?\s*,\s+quoting\s+((?:(?:the|a|an|its|his|her)\s+)?[^,;:.!?_"“”]{1,60}?)\s*(?:[.;!?]|,\s+who\b|$)/u;

/** The one quoted when `after` (the quote's sentence after its closing mark, quotes masked) reads ", the statement said, quoting X"; else null. */
export function quotedByCredit(after: string): string | null {
  if (!after.includes('quoting ')) return null;
  return QUOTING_AFTER.exec(after)?.[1]?.trim() ?? null;
}
