/**
 * The subject after a fronted phrase of place or time, when what follows the phrase's comma is not yet the
 * subject as written at the head of a sentence:
 * - a clause of "where" or "when" on the place or time: "In Dunmore, where the line crosses the river, Tom Hale ...";
 * - the place set off again by an apposition: "In Dunmore, the town nearest the border, Tom Hale watched ..."
 *   (the words between the commas describe the place, not a person, and the subject follows them), or the firm
 *   the phrase ends on, before a role and a name: "At Kell Optics, a maker of gun sights, sales director Jane Roe";
 * - a lowercase role before a name, as news copy writes a job mid-sentence: "On Monday, baker Tom Hale, 58,
 *   watched ..." has Tom Hale for subject, a baker (the role no part of the name).
 */
import { isKindOf } from '../text/wordnet.ts';
import { isRoleNoun } from './speaker-phrases.ts';
import { isFirmDescription } from './firm-description.ts';

// An apposition opening with an article, to its comma, then the rest of the sentence.
const APPOSITION = /^(?:the|a|an)\s+([^,;:_"“”()]{1,90}),\s+(.+)$/su;
// A relative clause of place or time opening the words after the phrase's comma, to its own comma, then the rest.
const PLACE_CLAUSE = /^(?:where|when)\s+[^,;:_"“”()]{1,90},\s+(.+)$/su;
// Words that end the noun phrase of the apposition's head: a preposition, a superlative of place, a relative.
const HEAD_ENDS = /^(?:closest|nearest|near|next|on|in|of|at|by|off|outside|inside|where|which|that|with|from|to|north|south|east|west|across|along|up|down|just|some|about|and|,)$/u;
// One to three lowercase words ("retired train driver"), then a capitalised name of two to four words set off or followed by a lowercase verb.
const ROLE_NAME = /^((?:[\p{Ll}][\p{Ll}-]{2,}\s+){0,2}[\p{Ll}][\p{Ll}-]{2,})\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=,|\s+[\p{Ll}])/u;

/** Whether a noun is first of all a place (a port, town or region), not a person. */
function placeNoun(noun: string): boolean {
  return isKindOf(noun, 'location', 8) && !isRoleNoun(noun) && (isKindOf(noun, 'location', 8, 1) || !isKindOf(noun, 'person', 6));
}

/** Whether a lowercase word is a person's role or trade: one the lexicon of roles has, or a noun first of all a person. */
function roleWord(word: string): boolean {
  return isRoleNoun(word) || isKindOf(word, 'person', 6, 1);
}

/**
 * `s`, the words after a fronted phrase's comma, past an apposition of the place that opens them when the
 * subject follows it; `s` itself otherwise.
 */
export function pastFrontedPlace(s: string): string {
  // ("In Dunmore, where the line crosses the river, baker Tom Hale ...": a clause of "where" or "when" on the
  // place or time, to its comma, when the rest opens as a subject.)
  const clause = PLACE_CLAUSE.exec(s);
  if (clause && (/^[\p{Lu}]/u.test(clause[1]!) || roleBeforeName(clause[1]!) !== null)) return clause[1]!;
  const set = APPOSITION.exec(s);
  if (!set) return s;
  const words = set[1]!.trim().split(/\s+/u);
  const end = words.findIndex((w) => HEAD_ENDS.test(w));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1) ?? '';
  // (The rest must open as a subject does: a name, or a role before one.)
  if (/^[\p{Ll}]+$/u.test(head) && placeNoun(head) && (/^[\p{Lu}]/u.test(set[2]!) || roleBeforeName(set[2]!) !== null)) return set[2]!;
  // ("At the stand of Kell Optics, a small maker of gun sights, sales director Jane Roe was ...": so past an
  // apposition of the firm the phrase ends on, when a role and a full name follow it.)
  if (/^[\p{Ll}-]+$/u.test(head) && isFirmDescription(`the ${head}`) && roleBeforeName(set[2]!) !== null) return set[2]!;
  return s;
}

/** A lowercase role or trade before a full name opening `s` ("baker Tom Hale, 58, watched"): the name and the role. */
export function roleBeforeName(s: string): { name: string; role: string } | null {
  const m = ROLE_NAME.exec(s);
  // (A role of two words is read by its head, the last: "sales director", "chief engineer".)
  return m && roleWord(m[1]!.split(/\s+/u).at(-1)!) ? { name: m[2]!, role: m[1]! } : null;
}
