/**
 * A surname that is also a month or a word of grammar ("Ali May", "Rosa Will"), standing alone: the speaker
 * readings take "May" or "Will" alone for a time or a verb and read no one (`speaker-phrases.ts`, `TIME_ONLY`,
 * `FUNCTION_WORD_ALONE`), so "Coach Erik Stone praised his striker, Ali May. May scored twice. '...,' he said."
 * went past the striker to the coach, and '"...," May said.' was credited to no one. When the document names a
 * person in full whose name ends in that word, the word alone, capitalised, as a verb's subject, is that person.
 */
import { parseSubjectPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

// One capitalised word of letters ("May", "Will"), nothing else.
const ONE_WORD = /^[\p{Lu}][\p{Ll}]+$/u;

/**
 * The person a lone capitalised word names when the phrase reads as no one by itself and `knowsName` says the
 * document names someone in full whose name ends in it; else null.
 */
export function wordSurnamePerson(phrase: string, knowsName: (name: string) => boolean): ParsedSpeaker | null {
  const word = phrase.trim();
  // (The document's names are asked first: a look-up that turns most words away, where the readings of the word
  // alone cost a dozen patterns; neither has an effect on the other, so the order changes no answer.)
  if (!ONE_WORD.test(word) || !knowsName(word) || parseSubjectPhrase(word) !== null) return null;
  return { type: 'name', name: word, role: null, kind: 'person' };
}
