/**
 * `A 2019 audit by the Harbour Audit Office found that costs had been inflated and that the project suffered from
 * "..."`: a study, audit or report by an author, opening the sentence as the subject of a verb of finding, puts the
 * words of its finding in its author's mouth, as "A report by X said" does. The author after "by" is returned for the
 * caller to read; a document with no "by" gives none.
 */
// A sentence opening on a document's noun (perhaps after a year or an adjective or two), "by" and its author, then
// a verb of finding and "that", with no quote or clause break up to the quote.
const DOCUMENT_BY_FOUND = /^\s*(?:(?:But|And|Yet)\s+)?(?:A|An|The|One)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:audit|report|study|review|inquiry|investigation|survey|analysis|assessment|evaluation)\s+by\s+([^,;:"“”«»_()]{2,80}?)\s+(?:found|finds|concluded|concludes)\s+that\s[^;:"“”«»_]*$/u;

/** The author after "by" of a document opening `before` (the quote's sentence up to its mark) that "found that", or null. */
export function documentAuthorFound(before: string): string | null {
  return DOCUMENT_BY_FOUND.exec(before)?.[1] ?? null;
}
