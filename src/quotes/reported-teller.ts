/**
 * Who speaks a quote whose nearest verb of saying lies inside what someone else reports: "Roe said her brother had
 * described the flat as "..."", "told the inquiry that his supervisor had said "..."", "Her husband, Milos, said she
 * had told him: "..."". The grammar gives such words to the outer reporter when the inner subject is a pronoun or a
 * phrase it cannot read as a speaker ("Bolton said the plan would "..."" is Bolton's); these are the two readings where
 * the inner subject plainly is someone else.
 */
import { kinSex, nounSex, type Sex } from './gendered-nouns.ts';
import { isRoleNoun, wordNetPerson } from './speaker-phrases.ts';
import type { Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

const LEAD = /^(?:the|a|an|his|her|their|its|my|our|your)$/iu;
const MODAL = /^(?:would|will|could|can|might|may|should|must|shall|wo|ca)$/iu;

/**
 * Whether `np`, the subject of the verb of saying `verb`, is a person described by a noun (a relative or a role,
 * after "the" or a possessive: "her brother", "his supervisor", "the suspect") who said the words in the past.
 * Under a modal ("his aides would tell them "..."") the words may be the reporter's own, and are left to it.
 */
export function describedPersonSaid(tokens: readonly Token[], np: Phrase, verb: number): boolean {
  const head = tokens[np.end - 1];
  if (!head || head.pos !== 'NOUN' || !/^[\p{Ll}]/u.test(head.text) || !LEAD.test(tokens[np.start]!.text)) return false;
  if (/ing$/iu.test(tokens[verb]!.text) || np.end > verb) return false;
  // Between the subject and its verb only auxiliaries of tense, adverbs and "not".
  for (let k = np.end; k < verb; k++) {
    const t = tokens[k]!;
    if (MODAL.test(t.text) || !/^(?:AUX|ADV|PART)$/u.test(t.pos)) return false;
  }
  const lemma = head.lemma.toLowerCase();
  return kinSex(lemma) !== null || isRoleNoun(lemma) || wordNetPerson(lemma);
}

/**
 * The sex a role or relative set off with the outer reporter tells ("Her husband, Milos," is a man), from the
 * tokens of its appositive, or null when none is told.
 */
export function appositiveSex(tokens: readonly Token[], phrase: Phrase): Sex | null {
  if (!phrase.appositive) return null;
  const [a, b] = phrase.appositive;
  for (let k = b - 1; k >= a; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN') continue;
    return kinSex(t.lemma.toLowerCase()) ?? nounSex(t.lemma.toLowerCase());
  }
  return null;
}
