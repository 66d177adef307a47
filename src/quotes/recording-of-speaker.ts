/**
 * "The hosts played a clip of Kremlin spokesman NAME telling reporters that ... "..."", "footage of NAME saying
 * ...": a participle of speech right after the name a recording is "of" is that person's; the one who plays or
 * shows the recording only puts it forward.
 */
import type { Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

// Nouns of a recording of someone speaking.
const RECORDING = /^(?:clips?|footage|videos?|recordings?|tapes?|audio|films?|excerpts?|snippets?)$/iu;

/**
 * The phrase naming the one a recording is "of", right before the participle at `participle` (a name, perhaps after
 * a role of up to four words: "Kremlin spokesman NAME"), when "of" and a noun of a recording stand before it; else null.
 */
export function recordedSpeaker(tokens: readonly Token[], participle: number): Phrase | null {
  let k = participle - 1;
  while (k >= 0 && (tokens[k]!.pos === 'PROPN' || (tokens[k]!.text === '.' && tokens[k - 1]?.pos === 'PROPN'))) k--;
  if (k === participle - 1) return null;
  const nameStart = k + 1;
  // (A role before the name: "Kremlin spokesman", "harbour master", at most four words, nouns, adjectives, names.)
  let start = nameStart;
  while (start - 1 >= 0 && nameStart - (start - 1) <= 4 && /^(?:NOUN|ADJ|PROPN)$/u.test(tokens[start - 1]!.pos)) start--;
  const of = tokens[start - 1];
  const noun = tokens[start - 2];
  if (!of || of.lemma !== 'of' || !noun || !RECORDING.test(noun.text)) return null;
  return { start, end: participle };
}
