/**
 * A quote inside a clause of reported speech that opens its sentence, credited again after it: in
 * `Jane Roe had told the mayor that the port would "stay open", the harbour master recalled.` the quoted
 * words are Jane Roe's; the credit after the quote says who passed them on. (The general reading gives the
 * quote to that credit.)
 */
const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*\.?)(?:\s+[\p{Lu}][\p{L}'’-]*\.?){1,3}`;
const REPORTED = new RegExp(
  String.raw`^\s*(${NAME})\s+(?:had\s+|has\s+|once\s+|also\s+)?(?:told|assured|promised|pledged|vowed|said)\b[^,;:.!?"“”_]{0,80}?\bthat\b[^,;:.!?"“”_]*$`,
  'u',
);
/** The credit after the quote: a comma, then a short subject and a reporting verb ending the sentence. */
const CREDIT_AFTER = /^\s*,?\s*(?:the\s+|a\s+|an\s+)?[^,;:.!?"“”_]{1,80}?\s(?:recalled|said|says|added|noted|stressed|told\s+\S+)\s*[.!]?\s*$/u;

/**
 * The name opening `before` (the sentence up to the quote's opening mark, quotes masked) as the subject of a
 * reported-speech clause still open at the quote, when `after` (the rest of the sentence past the closing
 * mark; `inner` the quote's own last mark) is a credit of its own; null otherwise.
 */
export function reportedClauseSubject(before: string, after: string, inner: string): string | null {
  const m = REPORTED.exec(before);
  if (!m) return null;
  if (inner !== ',' && !/^\s*,/u.test(after)) return null;
  if (!CREDIT_AFTER.test(after)) return null;
  return m[1]!;
}
