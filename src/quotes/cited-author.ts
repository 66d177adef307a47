/**
 * An author cited by surname and year, as scholarly writing credits a quotation: `As Halloran (2019) put it,
 * "..."`, `Kim (2020: 114) notes that "..."`, `Roe (2017, p. 12) writes: "..."`. The year in parentheses between
 * the surname and its verb stood in the way of reading the surname as the verb's subject.
 */

// The surname, its year (perhaps with a letter and pages), then a verb of writing or saying right before the quote.
const CITED = /(?:^|[\s,;(])(?:[Aa]s\s+)?([\p{Lu}][\p{L}'’-]+)\s+\((\d{4})[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)\s+(?:(?:put|puts)\s+it|writes|wrote|notes|noted|argues|argued|observes|observed|remarks|remarked|concludes|concluded|insists|insisted|says|said)(?:\s+that)?\s*[,:]?\s*$/u;

/** The surname an author-year citation right before the quote credits (`before`: its sentence up to the quote), or null. */
export function citedAuthorBefore(before: string): string | null {
  return CITED.exec(before)?.[1] ?? null;
}

/** The year of the author-year citation right before the quote ("2020" of `Kim (2020: 114) notes that`), or null. */
export function citedYearBefore(before: string): string | null {
  return CITED.exec(before)?.[2] ?? null;
}

// Right after the closing mark: one surname and its year (perhaps with a letter and pages) in brackets, as
// scholarly writing credits a quotation after it: `"..." (Roe 2021: 57)`, `"..." (Roe, 2019, p. 12)`. (Not two
// authors, "Roe and Lind 2019", nor "et al.": the words are no one person's.)
const CITED_AFTER = /^[\s"”’']*\(([\p{Lu}][\p{L}'’-]+),?\s+(\d{4})[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)/u;

/**
 * The surname and year of an author-year citation in brackets right after the quote (`after`: the text from the
 * closing mark on), or null: `"What looks like ..." (Roe 2021: 57).` credits the quotation to that author.
 */
export function citedAuthorAfter(after: string): { surname: string; year: string } | null {
  const m = CITED_AFTER.exec(after);
  return m ? { surname: m[1]!, year: m[2]! } : null;
}

/** A full name the text gives, where: its paragraph (from 1) and where it starts there. */
interface FullNameAt {
  name: string;
  compact: string;
  paragraph: number;
  at: number;
}

/**
 * "Kim Hye-won's book The Patient Client (2020) ..." then `Kim (2020: 114) notes that "..."` beside Kim Jong-un:
 * of the full names bearing the cited surname (`bearers`, named before the quote), the one the text gave with a
 * work of the cited year, the year written in the rest of the sentence that names them; null unless exactly one
 * person was. (A year written before the name, "In 2020 Kim Jong-un ...", tells of no work of theirs.)
 */
export function authorOfYear(paragraphs: readonly string[], bearers: readonly FullNameAt[], year: string): string | null {
  const year_ = new RegExp(String.raw`(?<!\d)${year}(?!\d)`, 'u');
  const found = new Map<string, string>();
  for (const m of bearers) {
    const rest = (paragraphs[m.paragraph - 1] ?? '').slice(m.at, m.at + 200);
    // (The sentence ends at a full stop, "!" or "?" before a space and a capital, not at an initial's.)
    const end = rest.search(/[\p{Ll}\d)][.!?]["”’]?\s+[\p{Lu}"“]/u);
    if (year_.test(end >= 0 ? rest.slice(0, end + 1) : rest)) found.set(m.compact, m.name);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
