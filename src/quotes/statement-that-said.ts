/**
 * "The Foreign Ministry itself issued a two-line statement that said the country was "..."": a statement (a note,
 * a communiqué, a release) a subject issued, whose relative clause of saying holds the quote, speaks in its issuer's
 * voice; the issuer, the main clause's subject, is credited, as "issued a statement saying" credits it.
 */

// The subject (capitalised words, perhaps after "The", or a description, "The ministry"; perhaps "itself" after it), a verb of
// issuing, the document, then "that" or "which" and a verb of saying, up to the quote with no other clause's mark.
const ISSUED_THAT_SAID = /^\s*((?:The\s+)?(?:[\p{Lu}][\p{L}'’&.-]*\s+){0,5}[\p{Lu}][\p{L}'’&.-]*|(?:The|A|An|Its|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:(?:itself|himself|herself|also|later|then|quickly|swiftly)\s+)?(?:issued|released|published|put\s+out|sent\s+out)\s+(?:a|an|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|note|release|notice)\s+(?:that|which)\s+(?:said|says|read|reads|stated|states)\b[^"“”;:_]*$/u;

/** The issuer a quote's sentence opening `before` (up to the quote) credits by a statement "that said", or null. */
export function issuerOfStatementThatSaid(before: string): string | null {
  return ISSUED_THAT_SAID.exec(before)?.[1] ?? null;
}
