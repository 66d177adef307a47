/**
 * '"...," the statement said. It was issued by the Marrow Valley Farmers' Council, which ...': a statement whose
 * issuer the text had not told before its words is told in the very next sentence, "It" (or "The statement")
 * "was issued by" a body or a person; the words are that issuer's. Only the next sentence, only a passive verb of
 * issuing with "by": anything looser leaves the statement no one's.
 */

const ISSUED_BY = /^\s*(?:It|The\s+(?:statement|release|communiqu[eé]|declaration))\s+was\s+(?:(?:later|jointly|first)\s+)?(?:issued|released|put\s+out|published|circulated|sent\s+out|distributed)\s+(?:(?:on|late\s+on|early\s+on)\s+[\p{Lu}][\p{Ll}]+\s+|(?:yesterday|today|overnight)\s+)?by\s+((?:the\s+)?[\p{Lu}][^.,;:!?"“”()]{0,80}?)(?=\s*(?:[.,;:]|$|\s+(?:on|late|early|in|at|after|before|which|who|and|shortly|hours|minutes|days)\b))/u;

// The words of a bare credit of the statement: '"...," the statement said.', 'The statement added: "..."'.
const CREDIT_WORD = /^(?:[Tt]he|statement|release|communiqu[eé]|declaration|said|says|added|adds|continued|read|reads|stated|also|then|went|on)$/u;

/** The sentence after the quote's: the rest of its paragraph after `to`, else the next paragraph's opening. */
function nextSentence(masked: string, to: number, nextParagraph: string | null): string | null {
  const rest = masked.slice(to);
  if (/\S/u.test(rest)) return rest;
  return nextParagraph;
}

/**
 * The issuer's phrase, as written ("the Marrow Valley Farmers' Council"), when the sentence right after the quote's
 * (`masked` its paragraph, quotes masked, the quote's sentence `[from, to)`, holding only the bare credit; `nextParagraph` the paragraph after)
 * tells that the statement was issued by someone; null otherwise.
 */
export function issuerToldAfter(masked: string, from: number, to: number, nextParagraph: string | null): string | null {
  // (The quote's sentence holds nothing else "It" may mean: '"...," the statement on the levy said.' may be the levy's.)
  const words = masked.slice(from, to).replace(/[_"“”'‘’,.:;!?—–-]+/gu, ' ').trim().split(/\s+/u);
  if (!words.every((w) => CREDIT_WORD.test(w))) return null;
  const next = nextSentence(masked, to, nextParagraph);
  const m = next ? ISSUED_BY.exec(next) : null;
  return m ? m[1]!.trim() : null;
}
