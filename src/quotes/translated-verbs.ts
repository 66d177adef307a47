/**
 * Reporting verbs of wires translated word for word from Spanish, Portuguese or French ("indicó" → "indicated",
 * "estimó" → "estimated", "manifestó" → "manifested", "abundó" → "abounded"). In English each of them mostly
 * means something else ("the data indicated", "rumours abounded", "symptoms manifested"), so they report words
 * only where the grammar leaves no other reading.
 */

/** What the tagger made of the word before the verb: its text, part of speech and whether it is a quote. */
export interface Before {
  text: string;
  pos: string;
  quote: number;
}

// A subject that is a person or a body by name, or a personal pronoun: "Peskov", "the Ministry", "she".
function personLike(previous: Before | undefined): boolean {
  if (!previous || previous.quote >= 0) return false;
  return previous.pos === 'PROPN' || /^(?:he|she|they)$/iu.test(previous.text);
}

/**
 * Whether `verb` (a form the tagger read as a verb, with its lemma) is a translated reporting verb here:
 * `previous` is the token before it, `beforePrevious` the one before that, `rest` the sentence after it.
 * - Inverted right after a quote and before its subject (`"...," indicated the minister`).
 * - "indicated"/"manifested" to a hearer and then "that" (`indicated to reporters that`).
 * - "indicated"/"estimated"/"manifested" that, after a named subject or a personal pronoun (`Ruiz estimated that`);
 *   "the data indicated that" has a common noun for its subject and stays no speech.
 * - "manifested", perhaps "in a note", then a possessive and a quote (`manifested in a note its "deep concern"`).
 * - "abounded" after a name that closes a quote (`"...," Ruiz abounded in statements`): a person never abounds.
 */
export function translatedReporting(lemma: string, previous: Before | undefined, beforePrevious: Before | undefined, rest: string): boolean {
  if (!/^(?:indicate|estimate|manifest|abound)$/u.test(lemma)) return false;
  if (lemma !== 'abound' && previous && (previous.quote >= 0 || (previous.text === ',' && beforePrevious && beforePrevious.quote >= 0)) && /^\s*(?:the\s+[\p{Ll}]|[\p{Lu}])/u.test(rest)) return true;
  if (lemma === 'abound') return personLike(previous) && beforePrevious !== undefined && (beforePrevious.quote >= 0 || beforePrevious.text === ',');
  if ((lemma === 'indicate' || lemma === 'manifest') && /^\s*to\s+(?:[\p{L}'’-]+\s+){1,4}that\b/u.test(rest)) return true;
  if (personLike(previous) && /^\s*that\b/u.test(rest)) return true;
  return lemma === 'manifest' && /^\s*(?:in\s+(?:a|an|the)\s+[\p{Ll}]+\s+)?(?:its|his|her|their)\s+"Q/u.test(rest);
}
