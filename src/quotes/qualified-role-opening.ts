/**
 * A sentence opening on a description of a role with a word of its own that the holder's roles lack ("The visiting
 * coach was gloomier." after "NAME, who has coached the national side,"): that description is someone else of the
 * role, so "the coach" alone is no longer tied to the one named holder (read for a calling told only by a verb,
 * `calling-verb-role.ts`, in `name-mentions.ts`).
 */
import { escapeRegExp } from '../text/regexp.ts';

// "The", "A" or "An" opening a sentence (or a paragraph), one or two lowercase words, then the role's words.
const OPENING = String.raw`(?:^|[.!?]["”’]?\s+)(?:The|A|An)\s+((?:[\p{Ll}-]+\s+){1,2})`;

/**
 * Whether any paragraph holds a sentence opening on "The/A/An", one or two lowercase words, then `words` (the role's
 * last words, "coach"), where none of those words is in the holder's `roles` ("The visiting coach", not "The head
 * coach" of one given "head coach").
 */
export function otherQualifiedHolder(paragraphs: readonly string[], words: string, roles: readonly string[]): boolean {
  const re = new RegExp(`${OPENING}${escapeRegExp(words)}\\b`, 'gu');
  const given = new Set(roles.join(' ').toLowerCase().split(/\s+/u));
  for (const p of paragraphs) {
    for (const m of p.matchAll(re)) if (m[1]!.trim().split(/\s+/u).some((w) => !given.has(w))) return true;
  }
  return false;
}
