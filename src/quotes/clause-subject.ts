/**
 * Whether a speaker phrase read before the quote is only one of several subjects joined by "and": in
 * `Kask and Lind called them "a disgrace"` and `Vos and Tamm put out a note calling their talks
 * a "real step forward"` the words are both speakers', so neither alone is credited.
 */

/**
 * A name (or a title and name) and "and" right before the phrase: "Kask and ", "Sen. Jane Roe, John Roe and ".
 * A comma before "and" joins clauses ("... in Benghazi, and Sen. Jane Roe kept asking"), not subjects.
 */
// (The phrase may carry its role in lower case, read apart from it: "Bergen and prosecutor Ruiz".)
const JOINED_BEFORE = /(?:^|[\s(])(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*(?:\s*,\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)*\s+(?:and|&)\s+(?:(?:the|his|her)\s+)?(?:(?!(?:then|later|now|also|so|yet|still|again|when|after|before|as|that|he|she|they)\s)[\p{Ll}-]+\s+){0,2}$/u;

// "and" and a name right after the phrase, to the end of its clause: `"...," said Ruiz and Bergen.`
const JOINED_AFTER = /^(?:\s*,\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)*\s+(?:and|&)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*\s*(?:[.,;!?]|$|\s(?:in|on|at|after|before|during|told|wrote|said|say)\b)/u;

/**
 * Whether the phrase at `at` in `sentence` (quotes masked), standing before the quote that opens at `open`,
 * is joined by "and" to a name before it: one of the subjects, not the one who speaks.
 */
export function joinedSubject(sentence: string, at: number, phrase: string, open: number): boolean {
  if (at < 0) return false;
  // After the quote, a credit whose subject goes on with "and" another name.
  if (at > open) return /\b(?:said|says|added|adds|told|wrote|stated|announced|argued|insisted)\s+$/u.test(sentence.slice(0, at)) && JOINED_AFTER.test(sentence.slice(at + phrase.length));
  if (at + phrase.length > open) return false;
  // (Not "Smith and Wesson's", a possessive after.)
  if (JOINED_BEFORE.test(sentence.slice(0, at)) && !/^['’]s\b/u.test(sentence.slice(at + phrase.length))) return true;
  // The source of "according to" read as its first name alone, "and" another after it: "According to a study by
  // economists Ana Roe and Bo Lind, ...", "According to Ana Roe and her husband, ...". The words are the pair's.
  return ACCORDING_BEFORE.test(sentence.slice(0, at)) && JOINED_NEXT.test(sentence.slice(at + phrase.length));
}

// "according to" and the words of its source up to the phrase, no comma or clause break between.
const ACCORDING_BEFORE = /\baccording\s+to\s+[^,;:.!?"“”]*$/iu;
// "and" (or "&") and a word right after the phrase, inside its clause: another source beside it.
const JOINED_NEXT = /^\s+(?:and|&)\s+[\p{L}]/u;
