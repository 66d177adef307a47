/**
 * A title's first word the tagger misreads: in "quoted First Deputy National Security Adviser Kim Tae-hyo as
 * telling ...", "First" is tagged an adverb, which would end the noun phrase before it starts. A capitalised
 * word of another part of speech right before a run of proper nouns opens that run.
 */
import type { Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';

/** The noun phrase at `k`, read through a misread capitalised first word of a title; null when there is none. */
export function phraseThroughTitle(tokens: readonly Token[], k: number, nounPhraseAfter: (tokens: readonly Token[], k: number) => Phrase | null): Phrase | null {
  const np = nounPhraseAfter(tokens, k);
  if (np) return np;
  const t = tokens[k];
  if (!t || t.quote >= 0 || !/^(?:ADV|ADJ|VERB|ADP)$/u.test(t.pos) || !/^[\p{Lu}][\p{Ll}]+$/u.test(t.text) || tokens[k + 1]?.pos !== 'PROPN') return null;
  const rest = nounPhraseAfter(tokens, k + 1);
  // The run after it must hold a name of two words or more ("Deputy ... Kim Tae-hyo"), not one word.
  return rest && rest.end - rest.start >= 2 ? { start: k, end: rest.end } : null;
}
