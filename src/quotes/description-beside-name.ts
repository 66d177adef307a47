/**
 * Whether the text calls a person by a description a claim types right beside the person's name: before it, as
 * a title in apposition ("Her guest, the former diplomat Harold Quince, played along", "the analyst Lim Hui
 * Min"), or set off right after it ("Iryna Kovalenko, a former diplomat who served in Seoul, said"). A claim
 * "the former diplomat said ..." then means that person, though the role the quote shows is another ("guest",
 * "wife"). Only the description's own words in a row, next to the full name as shown: a description elsewhere in
 * the text may be anyone's.
 */
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// Up to two words before the description's own within its phrase: "the retired former diplomat".
const LEAD = String.raw`(?:[\p{Ll}-]+\s+){0,2}?`;

/**
 * Whether `text` puts the description `words` (typed, articles off, in lower case: ["former", "diplomat"]) right
 * before the full name `name` after an article ("the former diplomat NAME"), or right after it, set off by a comma
 * and an article ("NAME, a former diplomat"). A one-word name is no full name and counts for nothing.
 */
export function describedBesideName(words: readonly string[], name: string | null, text: string): boolean {
  if (!name || !/\s/u.test(name.trim()) || words.length === 0 || !words.every((w) => /^[\p{L}\p{N}'’-]+$/u.test(w))) return false;
  const desc = words.map(escapeRegExp).join(String.raw`[\s-]+`);
  const person = escapeRegExp(name.trim()).replace(/\s+/gu, String.raw`\s+`);
  const before = sharedRegExp(String.raw`(?<![\p{L}])(?:the|a|an)\s+${LEAD}${desc},?\s+${person}(?![\p{L}])`, 'iu');
  const after = sharedRegExp(String.raw`(?<![\p{L}])${person},\s+(?:the|a|an)\s+${LEAD}${desc}(?![\p{L}])`, 'iu');
  return before.test(text) || after.test(text);
}
