/**
 * "Analysts at Brand Bank said in a note ... ¶ Strategists at Lintel & Moss were less sure. The rally was '...', they
 * wrote.": a sentence opening with a plural noun of people at (or from) a named body is a group of its own, which a
 * "they" right after means rather than a group quoted paragraphs before, though the reading found no speech verb for
 * it and so never took it in.
 */
import { compactName } from './names.ts';
import { isPersonNoun, PERSON_NOUNS, singular } from './speaker-phrases.ts';

// The sentence's opening: an optional fronted phrase of place or time, at most two words before the plural noun
// ("Currency strategists", "Some economists"), then "at", "from" or "with" and a capitalised name (words joined by
// "&", "and", "of", "the").
const GROUP_AT_BODY = /^\s*(?:(?:In|At|On|Meanwhile|Later|Elsewhere)\b[^,"“]{0,40},\s*)?(?:(?:[Tt]he|[Ss]ome|[Oo]ther|[Tt]wo|[Tt]hree)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,}s)\s+(?:at|from|with)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:&|and|of|the)\s+)*){0,5}[\p{Lu}][\p{L}'’.-]*)/u;

/**
 * Whether `text` (a sentence, quotes masked) opens with a plural noun of people at a named body ("Strategists at
 * Lintel & Moss were less sure.") whose body is named in none of `names`: another group a "they" may mean.
 */
export function otherGroupAtBodyOpens(text: string, names: readonly string[]): boolean {
  const m = GROUP_AT_BODY.exec(text);
  if (!m) return false;
  const head = singular(m[1]!.toLowerCase());
  if (head === m[1]!.toLowerCase() || !(PERSON_NOUNS.has(head) || isPersonNoun(head))) return false;
  const body = compactName(m[2]!);
  return !names.some((n) => compactName(n).includes(body));
}
