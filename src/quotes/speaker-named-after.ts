/**
 * A speaker the text describes at the quote and names only in the sentence right after it, by the description
 * again or by "the speaker" (an event recap's style): '"...," said the second panellist. "..." The speaker,
 * Jane Roe, a senior fellow at ..., added that ...'. The name set off by commas is the one just quoted.
 *
 * Only the lowercase "speaker" (a "The Speaker, NAME," is the presiding officer of a house, someone else), or the
 * described speaker's own head noun ("said a lifeguard. ... The lifeguard, Tom Bell, ..."); only the sentence that
 * follows the quote's own without a word between; only for one described, never named (a name the text gave
 * the quote stands). "That", "This" likewise: "said a planner. ... That planner, Jane Roe, ...".
 */
import type { QuoteRecord } from './quote-record.ts';
import type { LocalSpeaker } from './document-speakers.ts';

// "The speaker, Jane Roe," / "The speaker, Dr. Jane Roe," — two to four capitalised words, then a comma; the
// sentence follows the quote's own with nothing between, so no one else is quoted in between.
// (Perhaps with where the person works: "The researcher, Jane Roe of the Harbour Institute, said ...".)
const NAMED = /^\s*(?:The|That|This)\s+([\p{Ll}]+),\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:"“”()]{1,80})?,\s/u;

/**
 * The name the sentence right after the paragraph's last quote by `local` gives that described speaker, or null.
 * With `next` (the paragraph after), the quote's sentence must end its paragraph and the next one open with the
 * naming: '... "...," she said.' then a paragraph 'That planner, Jane Roe, now teaches ...'.
 */
export function nameGivenAfter(text: string, records: readonly QuoteRecord[], local: LocalSpeaker, next?: string): string | null {
  if (local.kind !== 'unnamed' || local.plural) return null;
  const own = records.filter((r) => r.local === local);
  const last = own[own.length - 1];
  if (!last) return null;
  const end = Math.max(last.sentenceStart + last.quote.sentence.length, last.span.close + 1);
  if (next !== undefined && /\S/u.test(text.slice(end))) return null;
  const m = NAMED.exec(next ?? text.slice(end));
  if (!m) return null;
  const head = m[1]!;
  if (head !== 'speaker' && !local.heads.has(head)) return null;
  return m[2]!;
}
