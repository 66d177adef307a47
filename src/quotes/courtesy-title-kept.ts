/**
 * News style keeps a courtesy title and surname ("Mrs. Kim", "Mr. Park") for the one person the text first
 * called so; a namesake of the title's sex it brings in later is called by full name ("Jenny Kim said") so as not
 * to be taken for her. A later "Mrs. Kim" is still the first one, not the namesake who spoke last, unless the
 * namesake was just named (this paragraph or the one before) or the text has called her by the surname alone.
 */
import { compactName, nameWords } from './names.ts';
import type { NameMention } from './name-mentions.ts';

// Titles of courtesy that tell a sex and no office: "Mrs. Kim" is whichever Kim the text gave the title to.
const COURTESY = /^(?:mr|mrs|ms|miss)\.?$/iu;

/** The sex a courtesy title (its last word: "Mrs.", "Mr") tells, or null for any other title or none. */
export function courtesyTitleSex(title: string | null): 'm' | 'f' | null {
  const last = title?.trim().split(/\s+/u).at(-1) ?? '';
  if (!COURTESY.test(last)) return null;
  return /^mr\.?$/iu.test(last) ? 'm' : 'f';
}

/**
 * Whether a namesake whose full names are `names`, read now for a courtesy title and bare surname that the text
 * gave earlier to someone else, is named in full only in paragraphs before the one before `paragraph` (counted
 * from 1): not just brought in, so the earlier holder of the title keeps it. A namesake named in full in this
 * paragraph or the one before may be the one meant; then the reading stands.
 */
export function namesakeNamedAwayFrom(names: readonly string[], mentions: readonly NameMention[], paragraph: number): boolean {
  const compacts = new Set(names.filter((n) => nameWords(n).length >= 2).map((n) => compactName(n)));
  if (!compacts.size) return false;
  const own = mentions.filter((m) => compacts.has(m.compact) && m.paragraph <= paragraph);
  return own.length > 0 && own.every((m) => m.paragraph < paragraph - 1);
}
