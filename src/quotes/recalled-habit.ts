/**
 * A habit's words recalled right after someone is brought in by a possessive: "Lind thought of his old teacher.
 * He used to say, "..."". The "he" of a habit ("used to say", "would tell us", "always said") after a sentence that
 * brings in a person as someone's own ("his teacher", "my first editor", "her grandmother") most often means that
 * person, whose saying is being remembered, and not the one who remembers it; the reading has no name for them,
 * so no answer rather than the one remembering. (Named after the possessive, "his teacher, Ivan Roe.", the
 * reading may still give the one remembering, seen last as the sentence's subject: no answer either.)
 */
import { isRoleNoun, wordNetPerson } from './speaker-phrases.ts';
import { nounSex, kinSex } from './gendered-nouns.ts';

// The pronoun as the subject of a habit of speech: "He used to say", "she would often tell us", "He always said",
// "he once told me", "She liked to say", "he was fond of saying".
const HABIT = String.raw`(?:used\s+to\s+(?:say|tell|repeat|remind|write)|would\s+(?:(?:often|always)\s+)?(?:say|tell|repeat|remind)|(?:always|often|once)\s+(?:said|told|wrote|repeated|reminded)|liked\s+to\s+(?:say|tell)|(?:was|were)\s+fond\s+of\s+saying)`;

// "my teacher", "his old teacher at the academy", "her late grandmother", "our first coach": a possessive and up to
// three words before the noun.
const POSSESSED = /\b(?:my|his|her|our|their)\s+((?:[\p{Ll}-]+\b\s*){1,4})/gu;
// Words that end the noun phrase: what follows them is no longer the possessed one.
const PHRASE_END = new Set(['at', 'in', 'of', 'from', 'for', 'with', 'on', 'and', 'or', 'who', 'that', 'was', 'is', 'had', 'has']);

// (Built once for each pronoun: asked at every "he" and "she" the reading resolves.)
const HABIT_OF = {
  he: new RegExp(String.raw`(?:^|[.;:!?]\s+|[“"]\s*|,\s+)[Hh]e\s+${HABIT}\b`, 'u'),
  she: new RegExp(String.raw`(?:^|[.;:!?]\s+|[“"]\s*|,\s+)[Ss]he\s+${HABIT}\b`, 'u'),
} as const;

/** Whether `sentence` has the pronoun `p` open a habit of speech ("He used to say", "She always said"). */
export function habitOfPronoun(sentence: string, p: 'he' | 'she'): boolean {
  return HABIT_OF[p].test(sentence);
}

/**
 * Whether `before` (the sentence before a habit's pronoun) brings in a person by a possessive ("his teacher", "my
 * late grandmother") whose noun tells no sex other than the pronoun's `want`.
 */
export function possessedPersonIn(before: string, want: 'm' | 'f'): boolean {
  for (const m of before.matchAll(POSSESSED)) {
    for (const noun of m[1]!.trim().split(/\s+/u)) {
      if (PHRASE_END.has(noun)) break;
      if (!isRoleNoun(noun) && !wordNetPerson(noun) && !kinSex(noun)) continue;
      const sex = kinSex(noun) ?? nounSex(noun);
      if (sex && sex !== want) break;
      return true;
    }
  }
  return false;
}
