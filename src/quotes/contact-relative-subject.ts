/**
 * "NAME said the plan was '...', a phrase NAME2 read aloud with a shrug.": a noun set off after the words with a
 * clause of its own whose subject is a person ("a line NAME2 read aloud", "a remark that NAME2 repeated") brings in
 * a second person, who reacts to the words; a "he" or "she" right after may be either of them.
 */
import { isKindOf } from '../text/wordnet.ts';
import { classifyProperName } from './names.ts';

// Right after the closing mark of a quote: ", a line NAME read", ", the phrase that NAME repeated": a determiner, at
// most two more words, a lowercase noun (the clause's head), an optional "that" or "which", a name of two to four
// capitalised words, then a verb of the past (optionally after "later", "then", "had"). The head must be a noun of
// words said (WordNet's "communication": "line", "phrase", "remark"), not a person's ('"...", the historian NAME
// warned' is the speaker set after the words).
const CONTACT_RELATIVE = /["”’']\s*,\s+(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]{3,})\s+(?:(?:that|which)\s+)?((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+(?:(?:later|then|had|has)\s+)?(?:[\p{Ll}]{2,}ed|read|said|wrote|quoted|heard|saw|put|took|found|told|spoke)\b/u;

/** The path of a pronoun left to no one because the sentence before set off a clause whose subject is a second person. */
export const SECOND_IN_SET_OFF_CLAUSE = 'pronoun: none, the sentence before set off a clause whose subject is a second person';

/**
 * The person named as the subject of a clause set off after a quote in `text` (a sentence, quotes masked): "NAME2" of
 * `..., a line NAME2 read aloud from his phone.`; null when the sentence has no such clause or its subject is a body.
 */
export function contactRelativeSubject(text: string): string | null {
  const m = CONTACT_RELATIVE.exec(text);
  if (!m || !isKindOf(m[1]!, 'communication', 8, 3) || isKindOf(m[1]!, 'person', 5, 2)) return null;
  return classifyProperName(m[2]!) === 'person' ? m[2]! : null;
}
