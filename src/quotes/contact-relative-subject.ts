/**
 * "NAME said the plan was '...', a phrase NAME2 read aloud with a shrug.": a noun set off after the words with a
 * clause of its own whose subject is a person ("a line NAME2 read aloud", "a remark that NAME2 repeated") brings in
 * a second person, who reacts to the words; a "he" or "she" right after may be either of them.
 */
import { classifyProperName } from './names.ts';

// ", a line NAME read", ", the phrase that NAME repeated", ", words which NAME later quoted": a lowercase noun (at
// most two more words before it), an optional "that" or "which", a name of two to four capitalised words, then a
// verb of the past (optionally after "later", "then", "had").
const CONTACT_RELATIVE = /,\s+(?:a|an|the|one|words|phrases?|lines?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:that|which)\s+)?((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+(?:(?:later|then|had|has)\s+)?(?:[\p{Ll}]{2,}ed|read|said|wrote|quoted|heard|saw|put|took|found|told|spoke)\b/u;

/** The path of a pronoun left to no one because the sentence before set off a clause whose subject is a second person. */
export const SECOND_IN_SET_OFF_CLAUSE = 'pronoun: none, the sentence before set off a clause whose subject is a second person';

/**
 * The person named as the subject of a clause set off after a quote in `text` (a sentence, quotes masked): "NAME2" of
 * `..., a line NAME2 read aloud from his phone.`; null when the sentence has no such clause or its subject is a body.
 */
export function contactRelativeSubject(text: string): string | null {
  const m = CONTACT_RELATIVE.exec(text);
  if (!m) return null;
  return classifyProperName(m[1]!) === 'person' ? m[1]! : null;
}
