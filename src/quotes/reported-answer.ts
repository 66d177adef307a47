/**
 * Nested reporting that ends in the words themselves: in `Kolesnikov reported that Putin, asked by reporters
 * whether ..., answered: "..."` (or `She wrote that Meloni replied: "..."`) the reporter passes the words on and
 * the subject of the inner verb, which takes the quote straight after it, spoke them. The general reading stops
 * at the outer subject, or gives the words to no one when the two may be confused.
 */

// The outer verb and "that", a capitalised subject of one to five words, perhaps a phrase set off by commas
// that opens with a participle ("asked by reporters whether ...", "speaking after the prayers"), then a verb of
// answering or saying that a colon or comma joins to the quote.
const REPORTED_ANSWER = /\b(?:reported|reports|wrote|writes|said|says|recalled|recalls|recounted|recounts|noted|notes|related|relates)\s+that\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)(?:,\s+(?:[\p{Ll}]+(?:ed|ing)|asked|told|pressed|shown)\b[^,;:_"“”]{0,160},)?\s+(?:then\s+|simply\s+|only\s+|curtly\s+)?(?:answered|replied|responded|retorted|said|declared|shot\s+back|told\s+(?:him|her|them|reporters|journalists))\s*[:,]\s*$/u;

/**
 * The subject of the inner verb when `before` (the quote's sentence up to its opening mark, quotes masked) ends
 * "<reporter> reported that <Name>[, <participle phrase>,] answered:"; null otherwise.
 */
export function reportedAnswerer(before: string): string | null {
  // Cheap gates: the expression needs "that " and a colon or comma right before the quote.
  if (!before.includes('that ') || !/[:,]\s*$/u.test(before)) return null;
  return REPORTED_ANSWER.exec(before)?.[1] ?? null;
}
