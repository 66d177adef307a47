/**
 * A member of a parliament named as Hansard and its digests name them, the seat and the party in parentheses
 * after the name ("Mr Jon Roe (Ashfield) (Con) asked ...", "Jane Doe (Kew) (LD) said ..."): the parentheses are
 * read as blank, so the name is the subject of the verb after them, as it would be without them. A label that
 * opens a transcript turn ("Jane Doe (Kew) (LD): ...") is read by `transcript.ts` and left as it is.
 */
import type { Passage } from '../types.ts';

// A name (a title perhaps, one to four capitalised words), then two or three parenthesised groups that each open
// with a capital (a seat, a party, an office), not followed by a label's colon.
const SEATED = /((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,3})((?:[ \t]*\([\p{Lu}][^()\n]{0,40}\)){2,3})(?![ \t]*[:(])/gu;

/** The seat-and-party parentheses after names in `text` read as spaces (the same length). */
export function blankSeatParentheses(text: string): string {
  if (!text.includes(') (')) return text;
  return text.replace(SEATED, (_all, name: string, groups: string) => name + ' '.repeat(groups.length));
}

/** The passage with the seat-and-party parentheses after its names blanked; the same object when it has none. */
export function withoutSeatParentheses(p: Passage): Passage {
  const text = blankSeatParentheses(p.text);
  if (text === p.text) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
