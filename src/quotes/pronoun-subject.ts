/**
 * Whether a sentence's subject is a given pronoun ("She laughed.", "Asked whether ..., she laughed."): such a
 * sentence carries on the person the pronoun meant before it, rather than bringing in someone new.
 */
import { sharedRegExp } from '../text/regexp.ts';

/**
 * Whether the sentence (`masked[from, to)`, quotes masked) opens with the pronoun `p`, or has it right after
 * a fronted clause's comma or a short fronted phrase of place or time, followed by a lowercase word (its verb);
 * false when the sentence is unknown.
 */
export function pronounSubject(sentence: { masked: string; from: number; to: number } | undefined, p: 'he' | 'she'): boolean {
  if (!sentence) return false;
  const text = sentence.masked.slice(sentence.from, sentence.to);
  const P = p === 'he' ? 'He' : 'She';
  if (sharedRegExp(`^\\s*${P}\\s+[\\p{Ll}]`, 'u').test(text)) return true;
  // "Asked whether ..., she laughed": one comma after an opening participle or subordinate clause.
  const m = sharedRegExp(`^\\s*[\\p{Lu}][^,;]*,\\s+${p}\\s+[\\p{Ll}]`, 'u').exec(text);
  if (m) return true;
  // "Over tea in his kitchen he recalled ...": a short fronted phrase of place or time, no comma after it, opening
  // on a preposition and naming no one (all its words lowercase), before the pronoun and its verb.
  return sharedRegExp(`^\\s*(?:Over|In|At|On|Inside|Outside|Behind|Beside|Across|During|From|Under|Near)\\s+(?:[\\p{Ll}'’-]+\\s+){1,6}${p}\\s+[\\p{Ll}]+(?:ed|s)\\b`, 'u').test(text);
}

/**
 * Whether the sentence opens with one of `nameWords()` (lowercase, as `names.ts` gives them; asked only when it reads so) as its subject, whose verb takes the object pronoun of
 * gender `want` ("Reyes thanked her.", "Okafor walked him to the door."): the subject then is not that person,
 * who would be "herself" or "himself". The pronoun must be an object, not a possessive before a noun ("Reyes
 * closed her notebook" tells nothing): followed by a stop, a comma or a preposition or adverb.
 */
export function actsOnPronoun(sentence: { masked: string; from: number; to: number } | undefined, nameWords: () => ReadonlySet<string>, want: 'm' | 'f'): boolean {
  if (!sentence) return false;
  const text = sentence.masked.slice(sentence.from, sentence.to);
  const m = /^\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|s)\s+(her|him)\b(?!self)(?=\s*(?:[.,;:!?]|$)|\s+(?:for|to|with|and|as|again|back|before|after|in|on|at|by|from|into|out|off|up|goodbye|warmly|politely)\b)/u.exec(text);
  if (!m || (m[2] === 'him') !== (want === 'm')) return false;
  const words = m[1]!.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '').split(/\s+/u);
  const own = nameWords();
  return words.every((w) => own.has(w.toLowerCase().replace(/['’]/gu, '')));
}
