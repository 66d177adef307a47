/**
 * A person brought in by name deeper in a sentence, with a role set off after the name, where no one is the
 * sentence's subject: "The ruling did not surprise Mara Olsen, a lecturer in maritime law at the Vesterby
 * Institute." News writing introduces the one it quotes next this way; the "she said" or "In her view" after it
 * means her.
 */
import { isRoleNoun, wordNetPerson } from './speaker-phrases.ts';

// A lowercase word (the verb or preposition the name is the object of), a name of two to four capitalised words,
// a comma, "a" or "an", up to four lowercase modifiers and the role's noun, then "of", "at", "in", "for", "with",
// a "who" clause (set off or not) or the sentence's end.
// (Or a word of kin set off before the name, "Roe's son, Ivo Roe, a driver, who ...": the name is the kin's.)
const INTRODUCED = /\s(?:[\p{Ll}]+|(?:[\p{Lu}][\p{L}-]+['’]s|his|her|their)\s+(?:son|daughter|brother|sister|husband|wife|father|mother|nephew|niece|cousin|grandson|granddaughter),)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+),\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,4}?([\p{Ll}-]+))(?=\s+(?:of|at|in|for|with|from|on|who)\s|,\s+who\s|\s*[.;]?\s*$)/u;

// A capitalised word in a "who" clause that is no place after a preposition ("who worked in Vesterby" is one):
// someone else the clause may bring in ("who trained under Ivo Brandt" has "under").
const OTHER_IN_CLAUSE = /(?<!\b(?:in|at|from|of|on|near|to|for|across|around)\s+(?:the\s+)?)\b[\p{Lu}]/u;

// A second name brought in with its own role after the first: "..., and Ivo Brandt, a former pilot who ...".
const SECOND_PERSON = /(?:,|\band)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+,\s+(?:a|an|the|who)\s/u;

/** The name and role of the one a sentence brings in as an object with their role set off after them; or null. */
export function introducedObject(sentence: string): { name: string; role: string } | null {
  if (!sentence.includes(', a')) return null;
  const m = INTRODUCED.exec(sentence);
  if (!m || !(isRoleNoun(m[3]!) || wordNetPerson(m[3]!))) return null;
  // One person only: a capitalised word before the name past the sentence's first (another name, a title, a
  // body the sentence may be about), or a second name after it, may be the one a pronoun means.
  if (/\s[\p{Lu}]/u.test(sentence.trimStart().slice(0, m.index + 1 - (sentence.length - sentence.trimStart().length)))) return null;
  const rest = sentence.slice(m.index + m[0].length);
  if (SECOND_PERSON.test(rest)) return null;
  // ("Olsen, a welder who built the bridge": the clause says more of her, so long as it names no one else.)
  if (/^,?\s+who\s/u.test(rest) && OTHER_IN_CLAUSE.test(rest)) return null;
  return { name: m[1]!, role: `a ${m[2]!}` };
}

// "Her studio guest was historian Mara Olsen, who ...", "The first witness was Ivo Brandt.": a possessive or "the",
// up to three lowercase modifiers and a role's noun as the subject, "was" or "is", up to three lowercase role
// words, then a name of two to four capitalised words, closing the sentence or set off by ", who".
const COPULAR = /^\s*(?:[Hh]er|[Hh]is|[Tt]heir|[Oo]ur|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:was|is)\s+((?:[\p{Ll}-]+\s+){0,3})((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)(?=\s*[.;]?\s*$|,\s+who\s)/u;

/**
 * The name a sentence gives its subject by "was": "Her studio guest was historian Mara Olsen, who wrote two
 * books." The one named is the person the pronoun after it means, as with a name set off after its role.
 */
export function copularIntroduced(sentence: string): { name: string; role: string } | null {
  const m = COPULAR.exec(sentence);
  if (!m || !(isRoleNoun(m[2]!) || wordNetPerson(m[2]!))) return null;
  const rest = sentence.slice(m.index + m[0].length);
  if (SECOND_PERSON.test(rest) || (/^,\s+who\s/u.test(rest) && OTHER_IN_CLAUSE.test(rest))) return null;
  // (The words before the name are its holder's own role, "historian"; the subject's noun is the role's slot.)
  const role = m[3]!.trim() || m[1]!;
  return { name: m[4]!, role: `a ${role}` };
}
