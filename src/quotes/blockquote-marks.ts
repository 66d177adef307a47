/**
 * A Markdown block quote keeps its marks when its lines are joined into one paragraph: `> "..." > > — Jane Roe,
 * analyst`. The marks are layout, not text: read as blank (the same length), the quote opens its paragraph and
 * the credit line after it reads as it would on a page.
 */
import type { Passage } from '../types.ts';

// A mark opening the paragraph, and every mark after it that stands alone between spaces (a joined line's start).
const MARKS = /(?<=^\s*(?:>\s*)*)>|(?<=\s)>(?=\s|$)/gu;

/** The passage with its block-quote marks blanked, when it opens with one; the same object otherwise. */
export function withoutBlockquoteMarks(p: Passage): Passage {
  if (!/^\s*>/u.test(p.text)) return p;
  const text = p.text.replace(MARKS, ' ');
  if (text === p.text) return p;
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
