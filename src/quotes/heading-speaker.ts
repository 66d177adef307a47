/**
 * A "what they said" list (a wire's FACTBOX): a heading in capitals names who speaks ("RUSSIAN PRESIDENT
 * VLADIMIR PUTIN", "SOUTH KOREA'S FOREIGN MINISTRY"), and the list items under it quote that speaker with no
 * credit of their own (`* "We will be watching very closely."`, `* Told reporters that ... "..."`). The heading
 * is read as the phrase it would be in running text, with ordinary capitals.
 */
import { isSpace } from '../text/chars.ts';

// Words kept in lower case inside a name or title written in ordinary capitals.
const CONNECTOR = new Set(['of', 'for', 'the', 'and', 'on', 'at', 'to', 'in']);

/** One word of a capitals heading as running text writes it: "KOREA'S" is "Korea's", "U.S." stays "U.S.". */
/** A word in capitals in ordinary capitals ("PARK" → "Park", "JI-HOON" → "Ji-Hoon"; "U.S." and connectors kept). */
export function ordinaryCase(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && CONNECTOR.has(lower)) return lower;
  // Initials and acronyms with full stops keep their capitals.
  if (/^(?:[\p{Lu}]\.)+[\p{Lu}]?\.?$/u.test(word)) return word;
  return lower.replace(/(^|[-])([\p{Ll}])/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The speaker phrase a paragraph in capitals gives, in ordinary capitals (a trailing colon dropped; "NAME,
 * ROLE" read as the name), or null when the paragraph is not such a heading: it holds a lowercase letter, a
 * quotation mark, a digit, a sentence's full stop, or fewer than two words or more than twelve.
 */
export function headingPhrase(text: string): string | null {
  const trimmed = text.trim();
  // (The expression only for a paragraph ending in a colon: tried at every position of the others, it cost more.)
  const t = trimmed.endsWith(':') ? trimmed.replace(/\s*:$/u, '') : trimmed;
  if (t.length < 5 || t.length > 120 || /[\p{Ll}\d"“”«»!?;]/u.test(t) || /\.\s/u.test(t.replace(/\b(?:[\p{Lu}]\.)+/gu, ''))) return null;
  const first = t.split(/\s*,\s*/u)[0]!;
  const words = first.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 12) return null;
  return words.map((w, i) => ordinaryCase(w, i === 0)).join(' ');
}

/**
 * The speaker a roundup's label paragraph names before its comma, in ordinary capitals: `PUTIN, asked by
 * reporters whether ...:`, `CHINESE FOREIGN MINISTRY, asked about the meeting:` (the quote is the next
 * paragraph); null unless the paragraph ends in a colon and its words before the first comma are all capitals.
 */
export function labelHeadPhrase(text: string): string | null {
  // Most paragraphs end in no colon: told by the last character that is no space, before the copy of a trim.
  let e = text.length - 1;
  while (e >= 0 && isSpace(text.charCodeAt(e))) e--;
  if (e < 0 || text.charCodeAt(e) !== 58) return null;
  const t = text.trim();
  if (!t.endsWith(':') || t.length > 200 || /["“”«»]/u.test(t)) return null;
  const comma = t.indexOf(',');
  const head = (comma >= 0 ? t.slice(0, comma) : t.slice(0, -1)).trim();
  if (!/[\p{Lu}]{2}/u.test(head) || /[\p{Ll}\d!?;:]/u.test(head)) return null;
  const words = head.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 12) return null;
  return words.map((w, i) => ordinaryCase(w, i === 0)).join(' ');
}

/** Whether a paragraph is a list item: a star, dash or bullet, then the item. */
export function isListItem(text: string): boolean {
  return /^\s*[-*•·▪]\s+\S/u.test(text);
}
