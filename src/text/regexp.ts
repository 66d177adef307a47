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

// Expressions built from a document's words come back for every sentence that asks about the same name or head
// noun; bounded, emptied when full (a corpus has many names).
const built = new Map<string, RegExp>();

/**
 * `new RegExp(source, flags)`, built once per source and flags and shared after. Only for expressions used
 * where `lastIndex` does not carry over between calls: `test` and `exec` without the `g` or `y` flag, and
 * `String.prototype.match`, `matchAll`, `replace` (which start from 0 and leave the expression as they found it).
 */
export function sharedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = built.get(key);
  if (re === undefined) {
    if (built.size >= 10_000) built.clear();
    built.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}
