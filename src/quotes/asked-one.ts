/**
 * "When a reporter asked Putin whether ..., he said: '...'": the one asked answers. In the quote's own
 * sentence, the person named as the object of an active "asked" before the quote, whose asker is no one
 * named, is who the pronoun after them means.
 */
import { PASSIVE_AUX } from './asked-by.ts';
import type { SentencesRead } from './sentences-read.ts';

// "asked Putin whether", "asked Vladimir Putin about": one to four capitalised words, then the question.
const ASKED_NAME = /\basked\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:whether|if|about|why|what|how|who|when|where|to)\b/u;
const PASSIVE = new RegExp(String.raw`${PASSIVE_AUX}\s+$`, 'u');

/**
 * The name the sentence being read gives the one asked ("asked Putin whether ..."), when a pronoun stands
 * between the question and the quote ("..., he said:") and no other capitalised name stands before the
 * "asked" but at the sentence's start; null otherwise.
 */
export function askedOne(read: SentencesRead): string | null {
  const at = read.textOf.get(read.sentence);
  if (!at) return null;
  const quoteAt = at.masked.indexOf('_', at.from);
  if (quoteAt < 0 || quoteAt >= at.to) return null;
  const text = at.masked.slice(at.from, quoteAt);
  const m = ASKED_NAME.exec(text);
  if (!m || PASSIVE.test(text.slice(0, m.index))) return null;
  // The asker is no one named: no capitalised word before "asked" but the sentence's first (after a
  // transcript's speaker label: "FARROW: When reporters asked Putin ...").
  const label = /^\s*[\p{Lu}][\p{Lu}'’. -]*:\s+/u.exec(text)?.[0].length ?? 0;
  if (/\s[\p{Lu}]/u.test(text.slice(label, m.index))) return null;
  if (!/\b(?:he|she)\b/u.test(text.slice(m.index + m[0].length))) return null;
  return m[1]!;
}
