/**
 * Words quoted as what someone did something "with": `Jane Roe met her guest with a handshake and the words
 * "I am glad to see you".` The subject of the sentence spoke them; "with the words" is how news writing puts
 * a greeting, a farewell or a toast into a sentence about an act.
 */

// The phrase right before the quote's opening mark: "with" and a few words, then "(the) words".
const WITH_WORDS = /\bwith\s+(?:[^,;:_"“”«»]{0,60}?\s)?(?:the|these|those|his|her|their)\s+words\s*:?\s*$/u;
// A name opening the sentence (after a list marker), then a verb in the past tense.
const NAMED_SUBJECT = /^\s*(?:[-*•]\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s+(?:also\s+|then\s+|later\s+)?(?:[\p{Ll}]+ed|met|gave|took|went|came|sent|left|rose|stood|broke|led|began|ended|closed|opened)\b/u;

/** The name opening the sentence when `before` (the sentence up to the quote's opening mark) ends "with ... the words". */
export function withWordsSpeaker(before: string): string | null {
  // (The expression needs both words as written: a plain search tells nearly every sentence apart first.)
  if (!before.includes('words') || !before.includes('with') || !WITH_WORDS.test(before)) return null;
  const m = NAMED_SUBJECT.exec(before);
  return m ? m[1]! : null;
}
