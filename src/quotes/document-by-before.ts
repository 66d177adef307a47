/**
 * `An article published on Wednesday by the Harbor Ledger claimed that .... The article also said the port "..."`:
 * a document described by "the" and its noun alone, the subject of the verb of saying, is the one the sentence
 * just before brought in with "a"/"an" and its author after "by"; its words are that author's, as the first
 * sentence's were.
 */

// "the article", "the new report": a definite document noun, at most one modifier, nothing else.
const DEFINITE_DOCUMENT = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?(article|report|study|editorial|piece|column|commentary|paper|memo|letter|statement|analysis|survey)$/u;

/**
 * The author named after "by" in the last sentence of `earlier` (the paragraph's masked text before the quote's
 * sentence), where that sentence opens on "A"/"An" and the same document noun `phrase` ends in; null when
 * `phrase` is no definite document or the sentence before does not bring one in so.
 */
export function authorOfDocumentBefore(phrase: string, earlier: string): string | null {
  const noun = DEFINITE_DOCUMENT.exec(phrase.trim())?.[1];
  if (!noun) return null;
  const trimmed = earlier.trimEnd();
  // (The sentence just before: from the last full stop, "!" or "?" before a space, to the end.)
  const start = Math.max(0, ...[...trimmed.slice(0, -1).matchAll(/[.!?]["”’]?\s+/gu)].map((m) => m.index! + m[0].length));
  const sentence = trimmed.slice(start);
  const m = new RegExp(String.raw`^(?:An?)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\b[^.!?;"“”_]{0,80}?\bby\s+(?:the\s+)?(?:[\p{L}]+-[\p{Ll}]+\s+|[\p{Ll}-]+\s+){0,2}((?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)`, 'u').exec(sentence);
  return m ? m[1]! : null;
}
