// Tests on single UTF-16 code units, for scanners that walk a text by character code rather than copy a
// substring or run a regular expression per character.

/**
 * Whether a code unit is white space as `/\s/u` and `String.prototype.trim` read it: JavaScript's white space
 * and line terminators.
 */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
