/**
 * "Dr Rachel Hume treated the girl ... '...,' the doctor said.": a description of a calling ("the doctor") whose
 * title the text gives named people ("Dr NAME") is most likely one of them; when every one so titled is of one sex,
 * the description is likely of that sex too, and a pronoun of the other is not theirs.
 */
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// The calling's noun and the titles written before a name for it.
const TITLES_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['doctor', ['Dr', 'Doctor']],
  ['professor', ['Prof', 'Professor']],
  ['inspector', ['Inspector', 'Insp']],
  ['sergeant', ['Sergeant', 'Sgt']],
  ['captain', ['Captain', 'Capt']],
  ['judge', ['Judge']],
]);

/**
 * The one sex of all the people `text` names with a title of calling `head` ("Dr Rachel Hume" for "doctor"), as
 * `sexOf` tells it from a full name; null when it names none so, or any of another or of no told sex.
 */
export function titledHolderSex(head: string, text: string, sexOf: (name: string) => 'm' | 'f' | null): 'm' | 'f' | null {
  const titles = TITLES_OF.get(head);
  if (!titles) return null;
  const re = sharedRegExp(String.raw`(?<![\p{L}])(?:${titles.map(escapeRegExp).join('|')})\.?\s+([\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})`, 'gu');
  let sex: 'm' | 'f' | null = null;
  for (const m of text.matchAll(re)) {
    const s = sexOf(m[1]!);
    if (s === null || (sex !== null && s !== sex)) return null;
    sex = s;
  }
  return sex;
}
