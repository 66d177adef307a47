/**
 * A credit after the quote in a clause of manner: `the contest "is neck and neck at the moment," as Kask said on
 * Monday`, `... "a local favourite," as Lind's campaign manager suggested`, `"...," as Jane Roe put it`.
 * The subject of the "as" clause gave the words.
 */
const SUBJECT = String.raw`((?:the\s+|[\p{Lu}][\p{L}'’.-]*['’]s?\s+)?(?:[\p{Lu}\p{Ll}][\p{L}'’.-]*\s+){0,4}?[\p{Lu}\p{Ll}][\p{L}'’.-]*)`;
const VERB = String.raw`(?:said|says|put\s+it|puts\s+it|noted|notes|wrote|writes|told|tells|argued|argues|observed|observes|remarked|explained|explains|suggested|suggests|claimed|claims|recalled|tweeted|declared|insisted|insists|warned|warns|added|stated|described\s+it|calls\s+it|called\s+it)`;
const AS_CREDIT = new RegExp(String.raw`^\s*,?\s*as\s+${SUBJECT}\s+(?:(?:has|had|once|later|also)\s+)?${VERB}\b`, 'u');

/** The subject phrase of an "as X said" credit opening `after` (the quote's sentence after its closing mark, quotes masked), or null. */
export function asCreditAfter(after: string): string | null {
  const m = AS_CREDIT.exec(after);
  if (!m) return null;
  const subject = m[1]!.trim();
  // "as it said", "as many said", "as some put it": no one that can be told.
  if (/^(?:it|he|she|they|we|I|you|many|some|others|most|one|someone|everyone|anyone|people|critics|observers|experts)$/iu.test(subject)) return null;
  return subject;
}
