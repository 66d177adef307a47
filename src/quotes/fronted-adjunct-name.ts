/**
 * A role and a full name right after a fronted phrase of place, the clause set off after the name: `At the
 * University of Tarn, political analyst Ada Vell, who is not related to the MP, said ...`. The comma closing the
 * fronted phrase ("At the University of Tarn,") does not set the role and name off as another's description; the
 * name is the subject, not the last word of the place before it.
 */
import type { Token } from './tagged-sentence.ts';

/**
 * Whether the tokens `start` to `end` are a lowercase role of a word or two (no article) and a full name of two
 * capitalised words or more ("political analyst Ada Vell"), after a comma that closes a phrase opening the sentence
 * on a preposition with no verb in it ("At the University of Tarn,").
 */
export function roleNameAfterFrontedAdjunct(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end);
  const role = words.findIndex((t) => t.pos === 'PROPN');
  if (role < 1 || role > 2 || words.length - role < 2) return false;
  if (!words.slice(0, role).every((t) => /^(?:ADJ|NOUN)$/u.test(t.pos) && /^[\p{Ll}]/u.test(t.text))) return false;
  if (!words.slice(role).every((t) => t.pos === 'PROPN' || t.text === '.')) return false;
  // The comma before the role closes a fronted phrase that opens the sentence on a preposition, with no verb.
  if (tokens[start - 1]?.text !== ',') return false;
  let first = 0;
  while (first < tokens.length && tokens[first]!.pos === 'PUNCT') first++;
  if (tokens[first]?.pos !== 'ADP' || first >= start - 2) return false;
  return tokens.slice(first, start - 1).every((t) => t.quote < 0 && t.text !== ',' && t.pos !== 'VERB' && t.pos !== 'AUX');
}
