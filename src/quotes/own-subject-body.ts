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

// A sentence opening with a body described by a lowercase noun and then named: "Environmental group GreenNow
// welcomed ...", "The chemicals firm Ardent Ltd said ...", "Rival retailer Baxters ...".
const DESCRIBED_BODY = /^\s*(?:(?:In|At|On|Meanwhile|Later)\b[^,"“]{0,40},\s*)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{Lu}][\p{Ll}'’-]+\s+)?(?:[\p{Ll}'’-]+\s+){0,2}?([\p{Ll}-]+)\s+((?:[\p{Lu}][\p{L}'’.&-]*\s+){0,3}[\p{Lu}][\p{L}'’.&-]*)\s+[\p{Ll}]/u;

/**
 * Whether a sentence (`text`, quotes masked) opens with a body a lowercase noun of bodies describes and a name then
 * gives ("Environmental group GreenNow welcomed the move.") that is none of `names`: a body the reading may not have
 * taken in, which an "it" or "they" right after may mean rather than a body named earlier.
 */
export function describedBodyOpens(text: string, names: readonly string[]): boolean {
  const m = DESCRIBED_BODY.exec(text);
  if (!m || !ORG_NOUNS.has(m[1]!)) return false;
  const compact = compactName(m[2]!);
  return !names.some((n) => compactName(n) === compact || compactName(n).endsWith(compact));
}
