/**
 * "Ana Roe, an archivist at BODY, .... [new paragraph] She said the closest NAME came .... '...,' the archivist
 * said.": a paragraph whose one sentence before the quote's opens on "He" or "She" and a verb goes on with someone
 * already at hand; it brings no one new forward for a description after it to mean.
 */

// One sentence opening on "He" or "She" and a lowercase word, with no full stop inside it (quotes masked).
const PRONOUN_LEAD = /^\s*(He|She)\s+[\p{Ll}][^.!?]*[.!?]["”’]?\s*$/u;

/** The sex of the pronoun the text before the sentence (`before`) is one sentence opening on, or null. */
export function pronounLeadBefore(before: string): 'm' | 'f' | null {
  const m = PRONOUN_LEAD.exec(before);
  return m ? (m[1] === 'He' ? 'm' : 'f') : null;
}
