/**
 * "A spokeswoman for the catering firm that serves the launch site said only: ...": a description opening the
 * sentence, a person at its head, and a restrictive relative clause ("that", "who", "which") running to the verb
 * of saying and ending in a noun phrase of its own. The noun phrase right before the verb is the clause's object;
 * the one described before the clause is the subject.
 */
import { isRoleNoun } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';

export interface Phrase {
  start: number;
  end: number;
}

/**
 * The description opening at `first` and closing before a relative pronoun, whose clause runs to `end` (the last
 * word before the verb of saying), or null. The description holds only an article, modifiers, nouns and
 * prepositions, its first noun a person's; the clause has a verb and no punctuation or quote.
 */
export function personBeforeRelativeClause(tokens: readonly Token[], first: number, end: number): Phrase | null {
  if (first < 0 || end - first < 4 || !/^(?:a|an|the)$/iu.test(tokens[first]!.text)) return null;
  let w = first + 1;
  while (w <= end && !/^(?:that|who|which)$/iu.test(tokens[w]!.text)) {
    const t = tokens[w]!;
    if (t.quote >= 0 || !/^(?:DET|ADJ|NOUN|PROPN|ADP|NUM)$/u.test(t.pos) || /^[,;:.!?]$/u.test(t.text)) return null;
    w++;
  }
  if (w >= end || w < first + 2) return null;
  // The head is the first noun after the article and its modifiers: "A spokeswoman for the firm", not "the firm".
  let h = first + 1;
  while (h < w && tokens[h]!.pos === 'ADJ') h++;
  if (h >= w || tokens[h]!.pos !== 'NOUN' || !isRoleNoun(tokens[h]!.text)) return null;
  const clause = tokens.slice(w + 1, end + 1);
  if (!clause.some((t) => t.pos === 'VERB') || clause.some((t) => t.quote >= 0 || /^[,;:.!?—–―()]$/u.test(t.text))) return null;
  // (The clause must end in a noun phrase: one ending in its verb is `whoClauseSubject`'s.)
  if (!/^(?:NOUN|PROPN)$/u.test(tokens[end]!.pos)) return null;
  return { start: first, end: w };
}

/**
 * Whether `np`, found right before the verb of saying at `verb`, stands inside a restrictive relative clause on a
 * description opening the sentence ("The report that the board sent to Mayor NAME said", "The spokesman whom the
 * minister, NAME, appointed last week said", "A friend of the woman that NAME married said"): the clause's subject
 * or object, never the one who speaks. Not a name set off by commas right before the verb, which may name the one
 * described ("The man who won the race, NAME, said").
 */
export function insideOpeningRelative(tokens: readonly Token[], first: number, np: Phrase, verb: number): boolean {
  if (first < 0 || !/^(?:a|an|the)$/iu.test(tokens[first]?.text ?? '')) return false;
  let w = first + 1;
  while (w < np.start && !/^(?:that|who|whom|which)$/iu.test(tokens[w]!.text)) {
    const t = tokens[w]!;
    if (t.quote >= 0 || !/^(?:DET|ADJ|NOUN|PROPN|ADP|NUM)$/u.test(t.pos)) return false;
    w++;
  }
  if (w >= np.start || w < first + 2) return false;
  // The head right after the article and its modifiers is a common noun: "The report", "A friend of the woman".
  let h = first + 1;
  while (h < w && tokens[h]!.pos === 'ADJ') h++;
  if (h >= w || tokens[h]!.pos !== 'NOUN') return false;
  const clause = tokens.slice(w + 1, verb);
  if (clause.some((t) => t.quote >= 0 || /^[;:.!?—–―()"“”]$/u.test(t.text))) return false;
  if (!tokens.slice(w + 1, verb).some((t, k) => t.pos === 'VERB' && (w + 1 + k < np.start || w + 1 + k >= np.end))) return false;
  // ("The man who won the race, NAME, said": a name set off right before the verb may be the one described.)
  if (tokens[np.start - 1]?.text === ',' && tokens[np.end]?.text === ',' && np.end + 1 === verb) return false;
  return true;
}
