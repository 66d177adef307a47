/**
 * Arabic names as English copy writes them keep the article in lower case: "Layla al-Mansouri", "Omar el-Sayed",
 * and the surname alone later, "al-Mansouri said". The name readers look for capitalised words, so a name stopped
 * before its article ("Layla") and a surname alone was no name at all. The quote reading works on a copy of each
 * passage where such an article, joined by its hyphen to a capitalised word, is written capitalised ("Al-Mansouri",
 * as many outlets spell it anyway): the same length, so every offset is unchanged, and the words inside quotation
 * marks are never touched.
 */
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';

// The article "al-" (or "el-", the Egyptian and Levantine spelling) opening a word, hyphened to a capitalised
// word: "al-Mansouri", "el-Sayed". Not inside a word ("Bengal-Assam") nor before a lower-case one ("al-fresco").
const ARTICLE = /(?<![\p{L}\p{N}'’-])([ae])l-(?=[\p{Lu}][\p{Ll}])/gu;

/** The text with each Arabic article before a capitalised word, outside the given quotation spans, capitalised (same length). */
export function capitaliseArabicArticles(text: string, spans: readonly QuoteSpan[]): string {
  if (!text.includes('l-')) return text;
  return text.replace(ARTICLE, (mark: string, vowel: string, at: number) =>
    spans.some((s) => at > s.open && at < s.close) ? mark : `${vowel.toUpperCase()}l-`,
  );
}

/** The passage as the quote reading sees it: Arabic articles of names capitalised outside quotes; the same object when it has none. */
export function withArabicArticles(p: Passage, spans: readonly QuoteSpan[]): Passage {
  const text = capitaliseArabicArticles(p.text, spans);
  if (text === p.text) return p;
  // (The sentences keep their bounds: only a letter's case changed.)
  return { ...p, text, sentences: p.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}
