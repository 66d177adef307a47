/**
 * "Lindy Hollow wasn't only a local disaster.", "Grant Meadow was a scene of chaos": a copula whose noun predicate
 * is, in its commonest sense, a place or a happening says its subject names a place or an event, though the
 * subject opens with a given name ("Sandy", "Grant"); a later "he said" does not mean it.
 */
import { isKindOf } from '../text/wordnet.ts';

const COPULA = /^(?:is|was|isn['’]t|wasn['’]t|remains|remained|became|becomes)$/u;
// Words between the copula and the predicate's determiner that leave the predicate what it is.
const BETWEEN = /^(?:not|never|just|only|merely|simply|also|still|now|once|always|more|than|no|longer|really|truly|hardly)$/u;
const DETERMINER = /^(?:a|an|the|one)$/u;
// Words that end the noun phrase of the predicate before its head's complement ("a scene of chaos").
const AFTER_HEAD = /^(?:of|in|on|at|for|to|from|with|that|which|who|where|when|and|but|or|as|than|like)$/u;

/** Whether words (from the copula on) say that the subject is a place or an event, by the predicate's head. */
export function placeOrEventPredicate(words: readonly string[]): boolean {
  if (words.length < 3 || !COPULA.test(words[0]!)) return false;
  let i = 1;
  while (i < words.length && i <= 4 && BETWEEN.test(words[i]!)) i++;
  if (!DETERMINER.test(words[i] ?? '')) return false;
  let head = '';
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const w = words[k]!;
    if (AFTER_HEAD.test(w)) break;
    head = w.replace(/[,.;:!?)"”’']+$/u, '');
    if (head !== w) break;
  }
  if (!/^[\p{Ll}]{3,}$/u.test(head) || isKindOf(head, 'person', 12, 1)) return false;
  return isKindOf(head, 'location', 12, 1) || (isKindOf(head, 'event', 12, 1) && !isKindOf(head, 'act', 12, 1));
}
