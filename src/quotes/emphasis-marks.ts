/**
 * Markdown emphasis read as what it is, typography: a newsletter's `**Victor Cha**` names Victor Cha. The
 * corpus keeps articles as Markdown, so bold and italic markers stand in the paragraph's text, glued to the
 * names the attribution rules look for. The quote reading works on a copy of each passage whose markers outside
 * quotation marks are blanked to spaces: offsets are unchanged, so every quote keeps its place in the original
 * text, and the words inside quotation marks are never touched.
 */
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';
import { splitAtEmphasisEnds } from './emphasis-sentences.ts';

// A run of two (bold) or one (italic) asterisks or underscores that opens before a word or closes after one:
// `**Name**`, `*Name*`, `__Name__`. A lone asterisk between spaces (a list marker, a footnote star) is no
// emphasis, nor is an underscore inside a word (`snake_case`).
const EMPHASIS = /(?<![\p{L}\p{N}*_])(\*{1,3}|_{1,3})(?=[\p{L}\p{N}"'“‘(])|(?<=[\p{L}\p{N}.,:;!?"'”’)])(\*{1,3}|_{1,3})(?![\p{L}\p{N}*_])/gu;

/** The text with emphasis markers outside the given quotation spans replaced by spaces (same length). */
export function blankEmphasis(text: string, spans: readonly QuoteSpan[]): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text.replace(EMPHASIS, (mark: string, _a: string, _b: string, at: number) =>
    spans.some((s) => at > s.open && at < s.close) ? mark : ' '.repeat(mark.length),
  );
}

/** The passage as the quote reading sees it: emphasis blanked outside quotes; the same object when it has none. */
export function readingPassage(p: Passage, spans: readonly QuoteSpan[]): Passage {
  const text = blankEmphasis(p.text, spans);
  if (text === p.text) return p;
  return { ...p, text, sentences: [...splitAtEmphasisEnds(p.text, text, p.sentences)] };
}
