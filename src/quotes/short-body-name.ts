/**
 * "a spokesperson for the Department" after "The Department of Coastal Affairs says ...": a body's capitalised head
 * word alone, after "the", is the writer's short form of the body the text named in full before; the description
 * is read with the full name, so the speaker shows which body it speaks for.
 */
import { escapeRegExp } from '../text/regexp.ts';

// A description that ends on "for", "of", "at" or "from" and the capitalised head of a body, after "the".
const SHORT_BODY_END = /^((?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:for|of|at|from)\s+the\s+)([\p{Lu}][\p{Ll}]{2,})$/u;

/**
 * The description `text` with its body's short form ("the Department") written as the one full name the text
 * `before` gives a body of that head ("the Department of Coastal Affairs"), or null when it gives none or several.
 */
export function withFullBodyName(text: string, before: string): string | null {
  const m = SHORT_BODY_END.exec(text.trim());
  if (!m || !before.includes(m[2]!)) return null;
  // The head, "of" or "for", then capitalised words (an "and" between them: "of Foreign and Trade Affairs").
  const full = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(m[2]!)}\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}'’-]*){0,4}`, 'gu');
  const names = new Set([...before.matchAll(full)].map((x) => x[0].replace(/\s+/gu, ' ')));
  return names.size === 1 ? `${m[1]!}${[...names][0]!}` : null;
}
