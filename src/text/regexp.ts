/**
 * Building regular expressions from words found in text (a name, a surname, an outlet, a phrase).
 */

/**
 * `s` with every character that has a meaning in a regular expression (`. * + ? ^ $ { } ( ) | [ ] \`) escaped
 * by a backslash, so `new RegExp(escapeRegExp(s))` matches `s` literally, with or without the `u` flag.
 * For use outside a character class only: `-` and `/` are left as they are (a pattern built by `new RegExp`
 * needs no escaped slash).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
