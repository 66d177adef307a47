// FNV-1a, 32 bits, over UTF-16 code units: the hash of the two hand-made tables (the summary's passage index;
// the reading's spelling table, text/spellings.ts, which is fed the same hash written out with literals in
// its scanning loop, for speed).

/** FNV-1a's starting value, as a signed 32-bit integer (what `Math.imul` gives back). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a's multiplier: a scanner that hashes as it reads does `h = Math.imul(h ^ code, FNV_PRIME)` per code unit. */
export const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 code units, as a signed 32-bit integer. */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
