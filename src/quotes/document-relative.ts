/**
 * A quote inside a relative clause whose antecedent is a document or message: in `Roe answered Kask's letter,
 * which called the plan "a disgrace".` the letter says the words, so they are its writer's (Kask), not the
 * sentence subject's (Roe), who only answered it; with no writer named (`Roe answered a letter, which called
 * ...`) nobody is told. The general reading credits the subject of the main clause.
 */

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*`;
// What speaks in writing or on record.
const DOCUMENT = String.raw`(?:letter|statement|report|post|tweet|message|note|speech|e-?mail|memo|ruling|editorial|column|op-ed|complaint|lawsuit|motion|filing|order|resolution|petition|press\s+release|release|video|broadcast|interview|book|article|essay)s?`;
// (The words between the owner's possessive and the document describe it, "Kask's open letter"; a preposition
// there makes the document another's: "Roe answered Kask's letters with statements that called ..." are Roe's.)
// The document, owned by a name ("Kask's letter", "a letter from Kask") or not, then ", which" (or "that") and
// its clause up to the quote's opening mark, with no other clause mark or quote in it.
const DOCUMENT_WHICH = new RegExp(String.raw`(?:(?:^|[^\p{L}'’])(${NAME})['’]s\s+)?(?:(?!(?:with|in|on|by|from|to|at|for|of|about|over|after|and|or)\s)[\p{Ll}-]+\s+){0,2}${DOCUMENT}(?:\s+(?:from|by)\s+(${NAME}))?(?:\s+(?:on|in|last|this)\s+[\p{L}]+)?,?\s+(?:which|that)\s+(?:had\s+|has\s+|also\s+)*([\p{Ll}]+ed|said|says|told|wrote|read|reads|calls|describes|urges|warns)\b[^,;:_"“”()]*$`, 'u');

/**
 * The writer of the document whose relative clause holds the quote, when `before` (the quote's sentence up to
 * its opening mark, quotes masked) ends in such a clause: `{ owner }` with the owner's name, or `{ owner: null
 * }` when no name owns the document; null when `before` does not read so. `at` is where the document's phrase
 * starts in `before`.
 */
export function documentRelative(before: string): { owner: string | null; at: number } | null {
  // (The relative word stands after the last clause mark or quote of `before`, as the clause that follows it
  // holds none; and one of the document words stands somewhere before it: most sentences have neither.)
  if (!/\b(?:which|that)\b/u.test(before.slice(lastClauseMark(before) + 1)) || !DOCUMENT_WORD.test(before)) return null;
  const m = DOCUMENT_WHICH.exec(before.replace(/\s+$/u, ' '));
  if (!m) return null;
  // (The clause opens the sentence's words only after a verb or preposition of the main clause: "answered
  // Kask's letter, which"; a document alone as the sentence's subject is read elsewhere.)
  const owner = (m[1] ?? m[2] ?? null)?.trim() ?? null;
  return { owner, at: m.index };
}

// Each of DOCUMENT's words as it is written in any of its forms ("mail" for "email" and "e-mail", "release" for
// "press release"): `documentRelative`'s quick test that one stands in the text at all.
const DOCUMENT_WORD = /letter|statement|report|post|tweet|message|note|speech|mail|memo|ruling|editorial|column|op-ed|complaint|lawsuit|motion|filing|order|resolution|petition|release|video|broadcast|interview|book|article|essay/u;

/** Where the last of the characters DOCUMENT_WHICH's clause after "which" cannot hold stands in `text`; -1 for none. */
function lastClauseMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (',;:_"“”()'.includes(text[i]!)) return i;
  return -1;
}
