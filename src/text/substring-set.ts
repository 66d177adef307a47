/**
 * Whether a text holds any of a fixed set of ASCII strings, by Wu and Manber's scan: it reads the text two
 * characters at a time and jumps ahead by as much as those two allow. An alternation expression tries every
 * string at nearly every character (each opens on a common letter); this reads about a third of them, which is
 * what counts on long texts that seldom hold one (every paragraph of a corpus, most holding none).
 */

/** A test of whether a text holds any of `strings` (ASCII, two characters or more), as `/a|b|c/.test(text)` would tell. */
export function anySubstring(strings: readonly string[]): (text: string) => boolean {
  if (strings.length === 0) return () => false;
  for (const s of strings) if (s.length < 2 || !/^[\x00-\x7f]+$/u.test(s)) throw new Error(`anySubstring: "${s}" is not ASCII of two characters or more`);
  // The window is as long as the shortest string; its last two characters decide how far it may move.
  const m = Math.min(...strings.map((s) => s.length));
  const shift = new Uint8Array(1 << 14).fill(m - 1);
  // (Dense, as a holey array of that length would be kept as a dictionary.)
  const ending: (readonly string[])[] = new Array<readonly string[]>(1 << 14).fill([]);
  for (const s of strings) {
    for (let j = 1; j < m; j++) {
      const h = pair(s.charCodeAt(j - 1), s.charCodeAt(j));
      shift[h] = Math.min(shift[h]!, m - 1 - j);
    }
    const h = pair(s.charCodeAt(m - 2), s.charCodeAt(m - 1));
    ending[h] = [...ending[h]!, s];
  }
  return (text) => {
    const n = text.length;
    let end = m - 1;
    while (end < n) {
      // (Characters past ASCII share their low bits with ASCII pairs: at worst a shorter move or a check more.)
      const h = ((text.charCodeAt(end - 1) & 127) << 7) | (text.charCodeAt(end) & 127);
      const by = shift[h]!;
      if (by > 0) {
        end += by;
        continue;
      }
      const start = end - m + 1;
      for (const s of ending[h]!) if (text.startsWith(s, start)) return true;
      end++;
    }
    return false;
  };
}

/** The table index of two characters (their low seven bits each). */
function pair(a: number, b: number): number {
  return ((a & 127) << 7) | (b & 127);
}
