/**
 * A quote within a quote written with the same curly double marks (`“I would rather live in what he calls
 * “ruin” than live there.”`): some writers do not switch to single marks inside. Read as a curly quote left open
 * (the next opening mark starts another quote), the outer quote would run to the paragraph's end and swallow every
 * quote and credit after it. It is read as nested only when the inner pair is tight (`innerDoubleEnd`) and the
 * very next double mark after it is a curly closing one: a quote truly left open is followed by another
 * quote's opening mark, or by none.
 */
import { innerDoubleEnd } from './nested-double.ts';

// Any double quotation mark, straight or curly.
const DOUBLE_MARK = /["“”]/gu;

/**
 * For a curly quote opened before `k`, where a curly opening mark stands at `k` before any closing one: the
 * index of the closing mark of the outer quote when the mark at `k` opens a tight inner pair and the next
 * double mark after that pair, on the same line, is a curly closing mark followed by a space, punctuation or the
 * paragraph's end; else -1.
 */
export function nestedCurlyClose(text: string, k: number): number {
  if (text[k] !== '“') return -1;
  const inner = innerDoubleEnd(text, k);
  if (inner < 0 || text[inner - 1] !== '”') return -1;
  DOUBLE_MARK.lastIndex = inner;
  const m = DOUBLE_MARK.exec(text);
  if (!m || m[0] !== '”') return -1;
  // (Still the same paragraph's line, and the mark closes words: a letter or a stop right before it.)
  if (text.slice(inner, m.index).includes('\n') || !/[\p{L}\p{N}.,!?…’')]/u.test(text[m.index - 1] ?? '')) return -1;
  return /^(?:$|[\s.,;:!?)—–―-])/u.test(text.slice(m.index + 1, m.index + 2)) ? m.index : -1;
}
