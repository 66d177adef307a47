/**
 * "In Madrid, the Ministry of Foreign Affairs ... voiced its concern for what it described as ...": the "it" of a
 * sentence is the body the sentence opens with, even when the reading found no speech verb for that body and so
 * never took it in. A pronoun that would reach back past it to another body named sentences before means the
 * sentence's own subject instead.
 */
import { compactName } from './names.ts';
import { ORG_NOUNS } from './speaker-phrases.ts';

// The sentence's opening: an optional fronted phrase of place or time ("In Madrid,", "On Monday,"), then a
// capitalised name (words joined by "of", "for", "and", "the").
const OPENING = /^\s*(?:(?:In|At|From|On|Meanwhile|Later)\b[^,"“]{0,40},\s*)?(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,7}[\p{Lu}][\p{L}'’.-]*)/u;

/**
 * Whether the sentence before its pronoun (`before`) opens with a body's name (a capitalised run holding a word
 * such as "Ministry" or "Agency") that is none of `names`: another body the pronoun may mean.
 */
export function otherBodyOpens(before: string, names: readonly string[]): boolean {
  const m = OPENING.exec(before);
  if (!m) return false;
  const run = m[1]!;
  if (!run.split(/\s+/u).some((w) => /^[\p{Lu}]/u.test(w) && ORG_NOUNS.has(w.toLowerCase()))) return false;
  const compact = compactName(run);
  return !names.some((n) => compactName(n) === compact);
}
