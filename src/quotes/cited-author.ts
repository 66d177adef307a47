/**
 * An author cited by surname and year, as scholarly writing credits a quotation: `As Halloran (2019) put it,
 * "..."`, `Kim (2020: 114) notes that "..."`, `Roe (2017, p. 12) writes: "..."`. The year in parentheses between
 * the surname and its verb stood in the way of reading the surname as the verb's subject.
 */

// The surname, its year (perhaps with a letter and pages), then a verb of writing or saying right before the quote.
const CITED = /(?:^|[\s,;(])(?:[Aa]s\s+)?([\p{Lu}][\p{L}'’-]+)\s+\(\d{4}[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)\s+(?:(?:put|puts)\s+it|writes|wrote|notes|noted|argues|argued|observes|observed|remarks|remarked|concludes|concluded|insists|insisted|says|said)(?:\s+that)?\s*[,:]?\s*$/u;

/** The surname an author-year citation right before the quote credits (`before`: its sentence up to the quote), or null. */
export function citedAuthorBefore(before: string): string | null {
  return CITED.exec(before)?.[1] ?? null;
}
