/**
 * A given name joined by "and" to a full name, sharing its surname: "the parents, Kofi and Ama Mensah" names a
 * Kofi Mensah as well as Ama Mensah. `name-mentions.ts` files such a partner as a mention of its own when the lists
 * know both given names; this reads the partner whatever the lists know, for the readers that only ask whether
 * someone else bears a surname (a holder counted is a guess avoided, never a speaker made).
 */
import { commonWordNotName } from './first-names.ts';
import { lexTags } from './names.ts';

// A capitalised word and "and" right before the full name, the word opening its clause or following a lowercase
// word or a comma: "the parents, Kofi and Ama Mensah", "owners Rita and Samuel Okoro".
const WORD_AND_BEFORE = /(?:^|[\s,;:(—–-])([\p{Lu}][\p{Ll}]+)\s+and\s+$/u;
// A capitalised word (perhaps with a comma) right before that word: "Mary Marks and Ama Mensah", "Ann, Kofi and
// Ama Mensah" may join other runs or a list, not a couple.
const CAPITAL_BEFORE = /[\p{Lu}][\p{L}'’.-]*,?\s*$/u;
// A preposition right before the word.
const AFTER_PREPOSITION = /\b(?:of|from|in|at|for|to|with|by|near|outside|across)\s+$/iu;

/**
 * The given name joined by "and" right before the full name (of two words) at `at` in `paragraph` ("Kofi" before
 * "Ama Mensah" in "Kofi and Ama Mensah"), or null: none there, a common word ("Police and Ama Mensah"), a place or
 * body by the lexicon, or a word after another capitalised word, in a list or after a preposition.
 */
export function jointGivenNameBefore(paragraph: string, at: number): string | null {
  if (at < 6) return null;
  const before = paragraph.slice(Math.max(0, at - 40), at);
  if (!before.trimEnd().endsWith('and')) return null;
  const m = WORD_AND_BEFORE.exec(before);
  if (!m) return null;
  const word = m[1]!;
  const from = at - m[0].length + m[0].indexOf(word);
  const lead = paragraph.slice(Math.max(0, from - 30), from);
  // (Nor a word after a preposition, a place or body as often: "Gina Farr of Halton and Pete Oduya".)
  if (CAPITAL_BEFORE.test(lead) || AFTER_PREPOSITION.test(lead)) return null;
  if (commonWordNotName(word) || lexTags(word).some((t) => /Place|Country|City|Region|Organization/u.test(t))) return null;
  return word;
}
