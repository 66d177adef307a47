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

// A member's seat, the first of the parentheses after the name: "Mr Jon Roe (Ashfield) (Con)" → Ashfield.
const SEAT_OF = /((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,3})[ \t]*\(([\p{Lu}][\p{L}'’ -]{1,40})\)(?:[ \t]*\([\p{Lu}][^()\n]{0,40}\)){1,2}/gu;

/**
 * The members a document names with their seats ("Mr Jon Roe (Ashfield) (Con)"): seat → name, for "the
 * honourable member for Ashfield" later. A seat named for two members is left out.
 */
export function seatsNamed(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const twice = new Set<string>();
  for (const text of texts) {
    if (!text.includes(') (')) continue;
    for (const m of text.matchAll(SEAT_OF)) {
      const seat = m[2]!.trim().toLowerCase();
      const name = m[1]!.trim();
      if (out.has(seat) && out.get(seat) !== name) twice.add(seat);
      out.set(seat, name);
    }
  }
  for (const seat of twice) out.delete(seat);
  return out;
}

// "the honourable member for Ashfield", "the hon. Member for Ashfield", "the right honourable gentleman, the
// member for Ashfield" (the seat its last words).
const MEMBER_FOR = /^the\s+(?:(?:right\s+)?(?:hon(?:ou?rable|\.)?|learned|gallant)\s+(?:and\s+(?:learned|gallant)\s+)?)?(?:member|lady|gentleman)\s+for\s+([\p{Lu}][\p{L}'’ -]{1,40})$/iu;

/** The seat a description of a member names ("the honourable member for Ashfield" → "ashfield"), or null. */
export function memberSeat(description: string): string | null {
  return MEMBER_FOR.exec(description.trim())?.[1]?.trim().toLowerCase() ?? null;
}
