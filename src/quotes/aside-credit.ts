/**
 * A reporting clause inside parentheses speaks for the aside, not for the quote after it: in
 * `from Sarah Roe (no relation, she assures us): "..."` the "she assures us" governs the parenthesis alone, and
 * the quote after the colon is not credited by it.
 */

/**
 * Whether the phrase found at `at` in `before` (the quote's sentence up to its opening mark) stands inside a
 * parenthesis that closes before the quote.
 */
export function insideClosedAside(before: string, at: number): boolean {
  if (at < 0 || !before.includes('(')) return false;
  const open = before.lastIndexOf('(', at);
  if (open < 0) return false;
  const closeBefore = before.indexOf(')', open);
  // The parenthesis must still be open at the phrase and closed after it, before the quote.
  return closeBefore > at;
}
