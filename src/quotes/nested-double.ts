/**
 * A quote within a quote in the British style: single quotation marks outside, double inside (`'We will look
 * at it, as we say, "without haste",' he said.`). A single-quoted quote may hold such a pair; any other double
 * mark inside it ends the reading, as before (an apostrophe taken for an opening mark must not swallow a
 * double-quoted quote after it).
 */

/**
 * Where the reading of a single-quoted quote may go on after the double mark at `k`: the index after the
 * inner pair's closing mark, when an opening mark at `k` (a space or a single mark before it, a letter after)
 * is closed within `limit` characters on the same line by a mark followed by punctuation, a space or a
 * single mark; else -1.
 */
export function innerDoubleEnd(text: string, k: number, limit = 120): number {
  const open = text[k];
  if (open !== '"' && open !== '“') return -1;
  if (k === 0 || !/[\s‘'(]/u.test(text[k - 1]!) || !/[\p{L}\p{N}]/u.test(text[k + 1] ?? '')) return -1;
  for (let m = k + 1; m < text.length && m <= k + limit; m++) {
    const c = text[m]!;
    if (c === '\n' || c === '“' || c === "‘") return -1;
    if (c === '"' || c === '”') {
      const next = text[m + 1] ?? ' ';
      return /[\s.,;:!?’')—–]/u.test(next) ? m + 1 : -1;
    }
  }
  return -1;
}
