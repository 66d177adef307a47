/**
 * The subject before a reduced relative clause on a person: "A shop owner accused of selling parts to a firm in
 * Leeds told the court ...". The phrase nearest the verb ("a firm in Leeds") is the object inside the clause; the
 * described person the clause hangs on is who speaks.
 */
import { isPersonNoun, isRoleNoun, wordNetPersonOnly } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';

interface Phrase { start: number; end: number }

// Participles that hang a charge, a sentence or a finding on someone ("accused of", "charged with", "jailed for").
// Other participles after a noun may be finite verbs the tagger read ("A man sold ..."), so only a preposition
// right after the participle makes it a clause on the noun.
const PARTICIPLE = /^[\p{Ll}]+(?:ed|en|wn)$/u;
const PREPOSITION = /^(?:of|with|for|over|in|after|from)$/u;

/**
 * The determiner-led person phrase opening the sentence at `opener` when a past participle and a preposition
 * follow its noun and run without punctuation up to `np`, the phrase before the verb; undefined when the sentence
 * is not so built.
 */
export function participleClauseSubject(tokens: readonly Token[], np: Phrase, opener: number, nounPhraseBefore: (tokens: readonly Token[], e: number) => Phrase | null): Phrase | undefined {
  if (np.start - opener < 4 || tokens[np.end - 1]?.quote !== -1) return undefined;
  for (let k = np.start - 1; k > opener; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.pos === 'PUNCT' || t.pos === 'AUX' || /^(?:who|whom|which|that)$/iu.test(t.text)) return undefined;
    if (t.pos !== 'VERB') continue;
    if (!PARTICIPLE.test(t.text) || !PREPOSITION.test(tokens[k + 1]?.text ?? '') || tokens[k - 1]!.pos !== 'NOUN') continue;
    const head = nounPhraseBefore(tokens, k - 1);
    if (!head || head.start !== opener || head.end !== k || !/^(?:a|an|the|one)$/iu.test(tokens[head.start]!.text)) return undefined;
    const noun = tokens[k - 1]!.text.toLowerCase();
    return isPersonNoun(noun) || isRoleNoun(noun) || wordNetPersonOnly(noun) ? head : undefined;
  }
  return undefined;
}
