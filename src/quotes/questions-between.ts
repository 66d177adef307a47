/**
 * A Q&A box in prose: `We put readers' questions to Dr. Mara Brandt.`, then a reader's question on a line of its
 * own (often bold), then the answer in quotes credited by the bare surname. The question lines name the topic, not
 * a speaker, so the one named before them is still the one the text is on.
 */

/** Whether `text` is a question standing as a paragraph of its own: no quotation marks, closing on "?" (emphasis marks aside). */
export function isQuestionLine(text: string): boolean {
  const t = text.trim().replace(/^[*_\s]+|[*_\s]+$/gu, '');
  return t.length > 0 && t.length <= 200 && t.endsWith('?') && !/["“”«»]/u.test(t);
}

/**
 * The paragraph (1-based) before the run of question lines that ends right before `paragraph`, or null when the
 * paragraph before is no question line; the paragraphs are the document's, `paragraphs[k - 1]` the k-th.
 */
export function paragraphBeforeQuestions(paragraphs: readonly string[], paragraph: number): number | null {
  let k = paragraph - 1;
  while (k >= 1 && isQuestionLine(paragraphs[k - 1] ?? '')) k--;
  return k < paragraph - 1 && k >= 1 ? k : null;
}
