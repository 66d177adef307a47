/**
 * "The Bremerton economist", "the São Paulo economist": a capitalised word or run after "the" and right before a
 * lowercase noun only ever of a person (never a verb) is a place or body qualifying that noun, the description's
 * own words; it names no one else, and the noun after it is no verb of a subject the run would be.
 */

import { isLemma } from '../text/wordnet.ts';
import { isPersonNoun } from './speaker-phrases.ts';

/** Whether `word` (perhaps with a comma or stop after it) is a noun only ever of a person, never a verb: "economist,". */
export function personNounOnly(word: string): boolean {
  const noun = word.replace(/[,;:.]+$/u, '');
  return /^[\p{Ll}]{3,}$/u.test(noun) && isPersonNoun(noun) && !isLemma(noun, 'verb');
}

// "the" and capitalised words before the run's word; then the rest of the run and the noun after it.
const THE_BEFORE = /(?:^|\s)[Tt]he(?:\s+[\p{Lu}][\p{L}'’.-]*)*\s+$/u;
const RUN_THEN_NOUN = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}\s+([\p{Ll}][\p{Ll}-]*[,;:.]?)(?=\s|$)/u;

/**
 * Whether the capitalised word at `at` in `text` stands in a run after "the" that qualifies a noun only ever of a
 * person right after it ("The Bremerton economist, who ..."), or at that "the" itself.
 */
export function qualifiesPersonNoun(text: string, at: number): boolean {
  // (A mention's place may be that of the "The" before its run.)
  const the = /^[Tt]he\s+/u.exec(text.slice(at, at + 6));
  if (!the && !THE_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return false;
  const m = RUN_THEN_NOUN.exec(text.slice(at + (the ? the[0].length : 0), at + 80));
  return !!m && personNounOnly(m[1]!);
}
