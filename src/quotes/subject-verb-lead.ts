/**
 * A claim that opens with the speaker's name and the reporter's own verb before a quoted fragment
 * (`At the dinner she toasted "the health of the crew"`, claimed as "lind toasted the health of the crew"): the
 * reporter's clause with its pronoun named, the fragment the speaker's words; close wording, never the same.
 */
import type { WordDifference } from '../types.ts';

// Pronouns that stand as a clause's subject before the reporter's verb.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

const wordsIn = (s: string): string[] => s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/**
 * Whether a difference is the claim putting the quote's speaker and the reporter's verb before the quote: words
 * inserted before its first word, some of the speaker's name then the very words (at most three) the sentence
 * has right before the quotation mark, those after a subject pronoun or the speaker's own name. Any other verb,
 * or the verb of a clause whose subject is someone else, stays something different.
 */
export function namesClauseSubject(d: WordDifference, quote: string, sentence: string, speaker: string | null): boolean {
  if (d.kind !== 'word' || d.quote.trim() !== '' || d.quoteStart !== 0 || !speaker) return false;
  const at = sentence.indexOf(quote);
  if (at < 0) return false;
  const before = wordsIn(sentence.slice(0, at).replace(/[\s"“‘'«]+$/u, ''));
  const name = new Set(wordsIn(speaker.toLowerCase()));
  const claim = wordsIn(d.claim.toLowerCase());
  let n = 0;
  while (n < claim.length && name.has(claim[n]!)) n++;
  const verb = claim.slice(n);
  if (n === 0 || verb.length === 0 || verb.length > 3 || before.length <= verb.length) return false;
  const tail = before.slice(before.length - verb.length).map((w) => w.toLowerCase());
  if (tail.some((w, k) => w !== verb[k])) return false;
  const subject = before[before.length - verb.length - 1]!;
  return SUBJECT_PRONOUNS.has(subject.toLowerCase()) || (/^[\p{Lu}]/u.test(subject) && name.has(subject.toLowerCase()));
}
