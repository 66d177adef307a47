/**
 * The one who relays another's words stays the one a pronoun goes on with: in `She quotes an old pilot: "..."`
 * (the one quoted the object of "quotes" or "cites", the subject "She" or the relayer's name), a `"...," she
 * writes.` after it is the relayer's, not the one quoted, whose sex the text may never tell: the subject's
 * thread runs through the sentence that only passed the other's words on.
 */
import { nameWords } from './names.ts';

// The subject, then "quotes"/"cites" (a manner adverb or "also" between), as a main verb whose object follows.
const RELAYING = /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:(?:also|then|later|again|even|[\p{Ll}]{3,}ly)\s+)?(?:quotes|quoted|cites|cited)\s+(?!from\b|as\b)/u;

/**
 * Whether `sentence` (masked text of the sentence that brought the one quoted in) opens on its subject relaying
 * another's words with "quotes"/"cites", that subject being `pronoun` (capitalised, "She") or a word of one of
 * `names` (the relayer's names): then the relayer, not the one quoted, is who a later `pronoun` of the relayer's
 * sex goes on with.
 */
export function relayerOpens(sentence: string, pronoun: 'he' | 'she', names: readonly string[]): boolean {
  if (!/\b(?:quot|cit)/u.test(sentence)) return false;
  const m = RELAYING.exec(sentence);
  if (!m) return false;
  const subject = m[1]!;
  if (subject === (pronoun === 'he' ? 'He' : 'She')) return true;
  const words = nameWords(subject);
  if (words.length === 0) return false;
  const own = new Set(names.flatMap((n) => nameWords(n)));
  return words.every((w) => own.has(w));
}

// The pronoun with a verb of writing: "she writes", "he wrote" (a manner adverb or "also" between).
const PRONOUN_WRITES = /\b(?:he|she)\s+(?:(?:also|then|later|again|[\p{Ll}]{3,}ly)\s+)?(?:writes|wrote)\b/iu;

/**
 * Whether the masked `sentence` credits its quote to `pronoun` with a verb of writing ("she writes"): what the
 * relayer of another's words does in the book, where the one quoted "says" as well as the author may. A pronoun
 * that "says" right after the relayed words is either's: `She quotes a ferrywoman: "..." ¶ "I rowed ...," she says.`
 */
export function pronounWrites(sentence: string, pronoun: 'he' | 'she'): boolean {
  const m = PRONOUN_WRITES.exec(sentence);
  return !!m && m[0].toLowerCase().startsWith(pronoun);
}
