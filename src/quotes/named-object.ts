/**
 * A person brought in as an object by what they are, then given a name by "named" or "called": "I met a guide named
 * Liesl Oberg.", "I had arranged to meet a guide, a woman from Tarn named Liesl Oberg, who ...". The one named is
 * whom the "she said" after it means, not the bare description "a guide".
 */
import { isRoleNoun, wordNetPerson } from './speaker-phrases.ts';

// "a"/"an", up to three lowercase modifiers and a noun of a person; then, set off, a second description of the same
// one ("a woman from Tarn", its place capitalised); then "named"/"called" and a name of two to four capitalised
// words, closing the sentence or set off by a comma.
const NAMED = /\s(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+(?:from|in|of)\s+[\p{Lu}][\p{L}'’-]+)?)?\s+(?:named|called)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)(?=\s*[.;]?\s*$|,\s)/u;

// A name of someone else after the one named (a second person brought in the same way or by name and role).
const SECOND_PERSON = /(?:,|\band)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+,\s+(?:a|an|the|who)\s|\s(?:named|called)\s+[\p{Lu}]/u;

/**
 * The name and role of the one a sentence with no person for its subject (or only the writer's "I") brings in as
 * "a ROLE named NAME"; or null. Only one person: a name elsewhere in the sentence may be whom a pronoun means.
 */
export function namedObject(sentence: string): { name: string; role: string } | null {
  if (!/\s(?:named|called)\s+[\p{Lu}]/u.test(sentence)) return null;
  const m = NAMED.exec(sentence);
  if (!m) return null;
  const nouns = [m[1]!, m[2]].filter((w): w is string => w !== undefined);
  if (!nouns.every((w) => isRoleNoun(w) || wordNetPerson(w))) return null;
  // No other name before it: only the writer's "I", a capitalised opening word, or a place after "in"/"at".
  const before = sentence.slice(0, m.index).trim().replace(/\b(?:[Ii]n|[Aa]t|from|to|near)\s+[\p{Lu}][\p{L}'’-]+/gu, '').trim().replace(/^[\p{Lu}][\p{L}'’-]*/u, '').replace(/\bI\b/gu, '');
  if (/[\p{Lu}]/u.test(before)) return null;
  const rest = sentence.slice(m.index + m[0].length);
  if (SECOND_PERSON.test(rest)) return null;
  // ("who ..." may say more of her, so long as no other name stands in it.)
  if (/(?<!\b(?:in|at|from|of|on|near|to|for)\s+(?:the\s+)?)\b[\p{Lu}](?!\s)/u.test(rest.replace(/\bI\b/gu, ''))) return null;
  // (The second description when there is one, "a woman from Tarn": it may tell the sex a foreign name does not.)
  return { name: m[3]!, role: `a ${m[2] ?? m[1]!}` };
}
