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

// A word the reading capitalised: the article and the capitalised word it is hyphened to.
const READ_ARTICLE_WORD = /(?<![\p{L}\p{N}'’-])[AE]l-[\p{Lu}][\p{L}'’-]*/gu;

/**
 * Each word whose article the reading capitalised ("Al-Mansouri"), with the form the text wrote it in
 * ("al-Mansouri"): speakers' names are given back as written, not as read.
 */
export function capitalisedArticleWords(original: readonly Passage[], reading: readonly Passage[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  reading.forEach((p, i) => {
    const text = original[i]?.text;
    if (text === undefined || p.text === text || p.text.length !== text.length) return;
    for (const m of p.text.matchAll(READ_ARTICLE_WORD)) {
      const written = text.slice(m.index, m.index + m[0].length);
      if (written !== m[0] && written.toLowerCase() === m[0].toLowerCase() && !out.has(m[0])) out.set(m[0], written);
    }
  });
  return out;
}

/** The name (or role) with each article the reading capitalised given back as the text wrote it. */
export function restoreArabicArticles(name: string, words: ReadonlyMap<string, string>): string {
  if (words.size === 0 || !name.includes('l-')) return name;
  return name.replace(READ_ARTICLE_WORD, (w) => words.get(w) ?? w);
}
