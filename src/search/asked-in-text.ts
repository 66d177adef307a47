import type { Passage } from '../types.ts';

/**
 * A source that asks the question itself: an anchor's or interviewer's "What happens next?" closing a turn,
 * answered by the paragraph after it (the guest's reply). Such a passage holds the question's words better
 * than any answer can, so /ask shows the reply in its place.
 */

// A speaker's label opening a turn: "DELGADO:", "Dr. Lee:", "A:", up to four capitalised words and a colon.
const TURN_LABEL = /^\s*(?:[*_]{0,2})[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:[*_]{0,2}):/u;

/** Whether a sentence is a question: it ends with a question mark, before any closing quote or bracket. */
export function isQuestion(sentence: string): boolean {
  return /\?[\s"'”’)\]]*$/u.test(sentence);
}

/**
 * The paragraph that answers `passage` when the sentence that best matched the question (`highlight`) is a
 * question ending that passage: the next paragraph of the same document, unless it is a question too. Null
 * when the passage does not end with the question it matched, or nothing follows it.
 */
export function replyTo(passage: Passage, highlight: string, next: Passage | undefined): Passage | null {
  // A section heading ("**Japan's reaction**") names what the paragraphs under it say; the first of them answers.
  if (isHeading(passage.text)) return next !== undefined && next.doc === passage.doc && next.sentences.length > 0 && !isHeading(next.text) ? next : null;
  const last = passage.sentences[passage.sentences.length - 1]?.text;
  if (last !== highlight || !isQuestion(highlight)) return null;
  if (next === undefined || next.doc !== passage.doc || next.sentences.length === 0) return null;
  if (next.sentences.every((s) => isQuestion(s.text))) return null;
  // Only a turn of speech answers: a transcript's or interview's reply opens with its speaker's label. Prose
  // that asks a question and goes on answers it within its own paragraph (SQuAD v1.1 dev lost two first places
  // when any next paragraph stood in for a question).
  return TURN_LABEL.test(next.text) ? next : null;
}

/** Whether a paragraph is only a heading: a markdown heading, or a short line all in bold, no sentence's end. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  if (/^#{1,6}\s/u.test(t)) return true;
  const bold = /^(\*\*|__)([^*_]+)\1$/u.exec(t);
  return bold !== null && bold[2]!.split(/\s+/u).length <= 8 && !/[.!?]["”’]?$/u.test(bold[2]!.trim());
}
