/**
 * `Boxer Carl Mensah's brother, Isaac Mensah, is his trainer. Isaac said the fight had been close. "Carl won the
 * last three rounds," Mensah said.`: words that name someone by first name speak of him, and are seldom his own.
 * When the person a quote was credited to is called in it by his first name, and the text names another person
 * of his surname (the one a bare surname may as well have meant), the credit is unsure and nobody is credited.
 * The same when a pronoun's reading credited the one the words call by first name, namesake or not.
 * Not for a credit whose own sentence names the speaker in full, nor for names written family name first ("Kim
 * Jong Un" beside "Kim Yo Jong": their first word is the family name every one of them bears).
 */
import type { LocalSpeaker } from './local-speaker.ts';
import { familyNameFirst } from './local-speaker.ts';
import { nameWords } from './names.ts';
import { isKnownFirstName } from './first-names.ts';

/** The path a record takes when its credit is withdrawn so. */
export const FIRST_NAME_INSIDE = 'the quote calls its credited speaker by first name beside a namesake';

/**
 * Whether the credit of `quote` (whose sentence is `sentence`) to `s` is unsure so: the quote holds the first name
 * of `s`'s full name as a word of its own, and another person of `people` bears the surname with another first name, or a body of `people` is named by it.
 */
export function namesOwnSpeaker(quote: string, sentence: string, s: LocalSpeaker, people: readonly LocalSpeaker[], byPronoun = false): boolean {
  if (s.kind !== 'person') return false;
  const full = s.names.find((n) => n.trim().split(/\s+/u).length >= 2);
  if (!full || familyNameFirst(full) || sentence.includes(full)) return false;
  const given = full.trim().split(/\s+/u)[0]!;
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(given) || !isKnownFirstName(given) || !quote.includes(given)) return false;
  const words = nameWords(full);
  const surname = words[words.length - 1]!;
  const at = new RegExp(String.raw`(?<![\p{L}'’-])${given}(?![\p{L}'’-])`, 'u');
  if (!at.test(quote)) return false;
  // (A "he" or "she" read as the one the words call by first name: "Ober's spokesman disagreed. "Mark had the
  // better of it," he said." The pronoun's reading is a guess; the words say it is someone else.)
  if (byPronoun) return true;
  // (Or a body named after the family, "the Roe Group" beside its founder Erik Roe: the bare surname may be the body's.)
  if (people.some((o) => o.kind !== 'person' && o.names.some((n) => nameWords(n).includes(surname)))) return true;
  return people.some((o) => o !== s && o.kind === 'person' && o.names.some((n) => {
    const w = nameWords(n);
    return w.length >= 2 && w[w.length - 1] === surname && w[0] !== words[0] && !familyNameFirst(n);
  }));
}
