/**
 * A sentence opening on the words of a "he" or "she", named by a possessive and a noun of speech, then a copula
 * and the quote: `His line then was "..."`, `Her answer was: "..."`, `His reply was simply "..."`. The words are the
 * possessive's person's, read as that pronoun's would be ("he said").
 */

// "His" or "Her" opening the sentence, a noun of what was said (not a name or a label someone was given:
// "His nickname was "..."" is no speech of his), perhaps a word of time, a copula, perhaps "simply" or "just",
// then the punctuation that may stand before the quote.
const POSSESSED_WORDS = /^\s*(His|Her)\s+(?:(?:only|whole|first|last|final|usual|standard|stock)\s+)?(?:line|words|answer|reply|response|message|retort|comment|remark|warning|advice|verdict|explanation|excuse)\s+(?:(?:then|now|today|that\s+day|back\s+then|at\s+the\s+time)\s+)?(?:was|were|is|are)(?:\s+(?:simply|just|always|still))?\s*[:,]?\s*$/u;

/**
 * The pronoun ("he" or "she") whose words the text before the quote, `before` (from its sentence's start up to the
 * opening mark), names by a possessive, a noun of speech and a copula; else null.
 */
export function possessivePronounWords(before: string): 'he' | 'she' | null {
  const m = POSSESSED_WORDS.exec(before);
  if (!m) return null;
  return m[1] === 'His' ? 'he' : 'she';
}
