/**
 * A speaker's label set in bold at the head of a paragraph, as printed excerpts of a hearing or an interview give
 * one: "**Rep. Jane Roe (R-Ohio), chair:** The committee will come to order.", "**Dr. Ivo Lind, witness:** Thank
 * you.", then "**Rep. Roe:** ..." and "**Lind:** ...". The label is a title or none, a person's name, perhaps a
 * party tag in brackets, and perhaps a description set off by a comma, with the colon inside or right after the
 * bold. A questioner's label ("**Q:**") is read as the transcript reads a plain one; a heading in bold ("**Key
 * events**", "**WINNER: NAME**") has no colon closing it and is no label.
 */
import { TITLES } from './speaker-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';

// The bold label and the space after it: "**Rep. Jane Roe (R-Ohio), chair:** " or "**Roe**: ".
const BOLD_LABEL = /^\*\*([^*\n]{2,120}?)(?::\*\*|\*\*:)[ \t]+(?=\S)/u;
// A bracketed tag after the name: a party and state ("(R-Ohio)", "(D-N.J.)") or a seat, short.
const BRACKETED = /\s*\([^()]{1,30}\)/gu;
// A word of a name: capitalised, with no point but an initial's ("J.").
const NAME_WORD = /^(?:(?:Ma?c)?[\p{Lu}][\p{L}'’-]*|[\p{Lu}]\.)$/u;
// An abbreviated title no list holds: a capital, a few small letters and a point ("Cllr.", "Assem.").
const ABBREVIATED_TITLE = /^[\p{Lu}][\p{Ll}]{1,5}\.$/u;

/** A bold label read: the name it gives (titles left out), the title before it if any, and where the words start. */
export interface BoldLabel {
  name: string;
  title: string | null;
  start: number;
}

/**
 * The bold speaker's label opening `raw` (a paragraph with its Markdown emphasis), or null when it opens with none
 * or the label names no person by one to four capitalised words (a title alone, a place, a body, a questioner).
 */
export function boldLabel(raw: string): BoldLabel | null {
  const m = BOLD_LABEL.exec(raw);
  if (!m) return null;
  // (What a comma sets off after the name is a description: "Dr. Ivo Lind, senior fellow, Meridian Institute".)
  const head = m[1]!.replace(BRACKETED, '').split(',')[0]!.trim();
  const words = head.split(/\s+/u);
  let k = 0;
  while (k < words.length - 1 && (TITLES.has(words[k]!.toLowerCase()) || ABBREVIATED_TITLE.test(words[k]!))) k++;
  const nameWords = words.slice(k);
  if (!nameWords.length || nameWords.length > 4 || !nameWords.every((w) => NAME_WORD.test(w) && !TITLES.has(w.toLowerCase()))) return null;
  // (A word in capitals alone is a questioner's or a section's label, read elsewhere: "**Q:**", "**NATO:**".)
  if (nameWords.length === 1 && !/[\p{Ll}]/u.test(nameWords[0]!)) return null;
  const name = nameWords.join(' ');
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  return { name, title: k > 0 ? words.slice(0, k).join(' ') : null, start: m[0].length };
}

/**
 * The full name a short bold label ("**Rep. Roe:**", "**Roe:**") stands for: the one earlier bold label's name of
 * two words or more that ends on the short label's surname (and, when both carry one, under the same title);
 * null when none or more than one does (two Roes labelled: no guess).
 */
export function fullLabelBefore(short: BoldLabel, before: readonly BoldLabel[]): string | null {
  if (/\s/u.test(short.name)) return null;
  const fits = new Set(before.filter((b) => /\s/u.test(b.name) && b.name.split(/\s+/u).at(-1) === short.name && (!short.title || !b.title || short.title.toLowerCase() === b.title.toLowerCase())).map((b) => b.name));
  return fits.size === 1 ? [...fits][0]! : null;
}
