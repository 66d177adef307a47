/**
 * `The chair read out Jane Roe's toast at the dinner, in which she spoke of "..."`: a "he" or "she" in a clause
 * "in which" opens on a speech or writing someone owns ("NAME's toast", "NAME's letter") stands for its owner,
 * whoever else the text named before: the words are the toast's, and the toast is the owner's.
 */

const SPEECH_NOUN = String.raw`(?:toast|speech|address|remarks|letter|message|statement|interview|article|column|essay|memoir|diary|diaries|post|lecture|sermon|testimony|note|op-ed|broadcast|telegram|cable)`;
const OWNED_SPEECH = new RegExp(
  String.raw`((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}${SPEECH_NOUN}\b[^,;:.]{0,80},\s+(?:in|during|with|at)\s+which\s+(he|she)\s+[\p{Ll}][^;:]*$`,
  'u',
);

/** The name owning the speech whose "in which he/she" clause the quote stands in (`before`: the sentence up to the quote, quotes masked), or null. */
export function possessedSpeechOwner(before: string, pronoun: 'he' | 'she'): string | null {
  const m = OWNED_SPEECH.exec(before);
  return m && m[2] === pronoun ? m[1]! : null;
}
