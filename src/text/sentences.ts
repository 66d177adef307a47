import nlp from 'compromise';
import type { Sentence } from '../types.ts';

// compromise knows abbreviations ("U.N.", "U.S.", "Sept.", "Mr.") that Intl.Segmenter splits after. It does
// not split after a closing quotation mark ("...here." He left), so that boundary is added on top.
const OPENING_MARK = /["“‘']/;
const AFTER_CLOSING_QUOTE = /[.!?]["”’]\s+(?=["“A-Z])/g;

/**
 * Splits a paragraph into sentences. Every sentence is verbatim: `text.slice(s.start, s.end) === s.text`,
 * and together they cover every non-space character of the paragraph, in order.
 */
export function splitSentences(text: string): Sentence[] {
  if (text.trim() === '') return [];
  const starts = new Set<number>();
  try {
    const json = nlp(text).json({ offset: true }) as { offset?: { start: number } }[];
    for (const s of json) {
      if (!s.offset) continue;
      let start = s.offset.start;
      // compromise starts a sentence after its opening quotation mark; the mark belongs to the sentence.
      while (start > 0 && OPENING_MARK.test(text[start - 1]!) && (start === 1 || /\s/.test(text[start - 2]!))) start--;
      if (start > 0 && start < text.length) starts.add(start);
    }
  } catch {
    // A splitter failure must never lose text: fall back to the rules below and the whole paragraph.
  }
  for (const m of text.matchAll(AFTER_CLOSING_QUOTE)) starts.add(m.index + 2);
  const cuts = [...starts].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pushTrimmed(text, from, cut, sentences);
    from = cut;
  }
  return sentences;
}

function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
