// FNV-1a, 32 bits, over UTF-16 code units: the hash of the hand-made tables that key words and ids without
// making a string of each (the summary's spelling memo and passage index, the quotes' word numbers).

/** FNV-1a's starting value, as a signed 32-bit integer (what `Math.imul` gives back). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a's multiplier. */
export const FNV_PRIME = 0x01000193;

/**
 * One step of FNV-1a: the hash `h` of a text, extended by one more code unit. For scanners that hash a word
 * while reading it: the multiplier is a literal here, as it was in those scanners, so their loop reads no
 * module binding per character.
 */
export function fnv1aStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a of a string's UTF-16 code units, as a signed 32-bit integer. */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = fnv1aStep(h, text.charCodeAt(i));
  return h;
}
