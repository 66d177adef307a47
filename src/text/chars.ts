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

// Letters and digits as the `u` flag reads `\p{L}`, `\p{N}` and `\p{Lu}`, by code point, without a regular
// expression per character: the reading (reading.ts) classifies every character of the corpus once.
const LETTER = 1;
const DIGIT = 2;
const UPPER = 4;
const KNOWN = 8;
/** Per UTF-16 code unit: KNOWN once classified, plus LETTER, DIGIT and UPPER. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return KNOWN | (/[\p{L}]/u.test(ch) ? LETTER : 0) | (/[\p{N}]/u.test(ch) ? DIGIT : 0) | (/[\p{Lu}]/u.test(ch) ? UPPER : 0);
}
for (let c = 0; c < 128; c++) bmpClass[c] = classify(String.fromCharCode(c));

/** The classes of a code point (LETTER, DIGIT, UPPER bits). */
function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let k = bmpClass[codePoint]!;
    if (k === 0) bmpClass[codePoint] = k = classify(String.fromCharCode(codePoint));
    return k;
  }
  let k = astralClass.get(codePoint);
  if (k === undefined) astralClass.set(codePoint, (k = classify(String.fromCodePoint(codePoint))));
  return k;
}

/**
 * The code point at `i` of `s` as the `u` flag reads it (a lone surrogate stands for itself), its width in
 * code units in the high bits: `(width << 21) | codePoint`.
 */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (2 << 21) | (((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return (1 << 21) | c;
}

/** The low 21 bits of `codePointAt`: the code point itself. */
export const CODE_POINT = (1 << 21) - 1;

/** ASCII letters and digits, `[\p{L}\p{N}]` below 128. */
export function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Width in code units of the letter or digit (`[\p{L}\p{N}]`) at `i`, or 0. */
export function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return asciiWordChar(c) ? 1 : 0;
  const cp = codePointAt(s, i);
  return (classOf(cp & CODE_POINT) & (LETTER | DIGIT)) !== 0 ? cp >>> 21 : 0;
}

/** Width in code units of the letter (`\p{L}`) at `i`, or 0. */
export function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = codePointAt(s, i);
  return (classOf(cp & CODE_POINT) & LETTER) !== 0 ? cp >>> 21 : 0;
}

/** Whether the code point at `i` is a capital letter (`\p{Lu}`). */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(codePointAt(s, i) & CODE_POINT) & UPPER) !== 0;
}

/** Whether the code point that ends just before `i` (at `i - 1`, or a surrogate pair ending there) is a letter or digit. */
export function wordCharBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c < 128) return asciiWordChar(c);
  let cp = c;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) cp = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return (classOf(cp) & (LETTER | DIGIT)) !== 0;
}

/**
 * `text.split(/\s+/u, limit)` without the regular expression (JavaScript's `\s` is the set `isSpace` tests):
 * the same pieces, an empty one first or last when the text opens or ends in spaces.
 */
export function splitSpaces(text: string, limit: number): string[] {
  const out: string[] = [];
  if (limit <= 0) return out;
  const n = text.length;
  if (n === 0) return [''];
  let start = 0;
  let k = 0;
  while (k < n) {
    if (!isSpace(text.charCodeAt(k))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < n && isSpace(text.charCodeAt(e))) e++;
    out.push(text.slice(start, k));
    if (out.length === limit) return out;
    start = e;
    k = e;
  }
  out.push(text.slice(start));
  return out;
}
