/**
 * The Russian (and Ukrainian, Bulgarian...) way of setting a credit off from direct speech, kept by many
 * translations: `«...», — said the governor.`, `«...?» — asked the mayor.`, and a split quote
 * `«...», — says Jane Roe, — «...»`. The dash there is only the pause the comma already marks: read as a space,
 * the credit after the quote and the quote after the credit are read as in English.
 */
import type { QuoteSpan } from './attribution.ts';

/**
 * Dashes that set a credit off from a quote, as spaces in `masked` (same length): one after a quote's closing mark
 * and a comma (or after a quote that ends on its own comma, "?", "!" or "…") before a word, and one
 * between a comma and a quote's opening mark.
 */
export function blankCreditDashes(text: string, masked: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0 || !/[—–]/u.test(text)) return masked;
  // (The places to blank gathered first: most texts with a dash have none at a quote, and are not copied.)
  const blank: number[] = [];
  for (const s of spans) {
    if (!s.closed) continue;
    const inner = lastMark(text, s.open + 1, s.close);
    // After: `», — said`, `,» — said`, `?» — asked`, `», — Jane Roe said`.
    const after = /^(\s*,)?(\s*)[—–](?=\s+[\p{L}])/u.exec(text.slice(s.close + 1, s.close + 8));
    if (after && (after[1] || /[,?!…]/u.test(inner))) {
      blank.push(s.close + 1 + (after[1]?.length ?? 0) + after[2]!.length);
    }
    // Before: `..., — «...»` (the second half of a quote split round its credit).
    const before = /,\s*[—–]\s*$/u.exec(text.slice(Math.max(0, s.open - 6), s.open));
    if (before) {
      const dash = Math.max(0, s.open - 6) + before.index + before[0].search(/[—–]/u);
      blank.push(dash);
    }
  }
  if (blank.length === 0) return masked;
  const out = masked.split('');
  for (const at of blank) out[at] = ' ';
  return out.join('');
}

/** The last non-space character of `text[from, to)`. */
function lastMark(text: string, from: number, to: number): string {
  let k = to;
  while (k > from && /\s/u.test(text[k - 1]!)) k--;
  return k > from ? text[k - 1]! : '';
}
