/**
 * `X left after a brief ceremony, KCNA said. The agency quoted him as saying "..."`: a sentence in which a medium
 * ("the agency", "state media", "it", an acronym) quotes a "him" or "her" as saying the words. The body credited
 * in the sentence before is that medium relaying, no rival for the pronoun: a body is never "him" or "her".
 */

// The medium quoting: a common noun of a medium after "the" (or "state"), "it", or an acronym; then "quoted"
// ("cited") the object pronoun "as saying" (telling, adding, ...).
const MEDIUM_QUOTES_PRONOUN = /(?:^|[\s,;])(?:(?:[Tt]he|[Ss]tate)\s+(?:[\p{Ll}-]+\s+)?(?:agency|agencies|media|paper|newspaper|daily|broadcaster|channel|station|wire|outlet|report|dispatch|television|radio|service)|[Ii]t|[\p{Lu}]{2,})\s+(?:also\s+|later\s+)?(?:quoted|quotes|cited|cites)\s+(him|her)\s+as\s+(?:saying|telling|stating|adding|calling|describing|urging|warning)\b/u;

/** The pronoun ("he" or "she") a medium quotes in the narration `text` ("The agency quoted him as saying"), or null. */
export function pronounMediumQuotes(text: string): 'he' | 'she' | null {
  const m = MEDIUM_QUOTES_PRONOUN.exec(text);
  return m ? (m[1] === 'him' ? 'he' : 'she') : null;
}

// "KCNA said Ren Tavo left for Calder on Monday", "The agency reported that Ren Tavo had arrived": a body (one to
// five capitalised words, perhaps after "the") reporting, then the reported clause opening on a full name (two to four
// capitalised words) and its verb.
const BODY_REPORTED_NAME = /^\s*((?:[Tt]he\s+)?[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,4})\s+(?:said|says|reported|reports|announced|announces)\s+(?:on\s+[\p{Lu}][\p{Ll}]+\s+)?(?:that\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s+(?:(?:had|has|was|is|also|then)\s+)?[\p{Ll}]{2,}/u;

/**
 * The body reporting and the full name its reported clause opens on, when `sentence` (quotes masked) is "BODY said
 * NAME did ..." (the one the report is about, whom a medium quoting "him" after it means); null otherwise.
 */
export function bodyReportedName(sentence: string): { body: string; name: string } | null {
  const m = BODY_REPORTED_NAME.exec(sentence);
  return m ? { body: m[1]!, name: m[2]! } : null;
}
