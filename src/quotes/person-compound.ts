/**
 * A description whose last two words are one noun of a person only together: "his opposite number" is a
 * counterpart, though "number" alone names no one. WordNet holds such a pair as one lemma; it is a person's noun
 * when it shares a sense with a noun of a person the lexicon holds ("opposite number" and "counterpart").
 */
import { commonSynonyms } from '../text/wordnet.ts';
import { PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

/**
 * Whether `description` ends in two lowercase words that WordNet reads as one noun meaning a person of the
 * lexicon ("His opposite number" → "counterpart"): the name set off after it is that person's.
 */
export function endsInPersonCompound(description: string): boolean {
  const m = /(?:^|\s)([\p{Ll}][\p{Ll}-]+)\s+([\p{Ll}][\p{Ll}-]+)$/u.exec(description);
  if (!m) return false;
  // (Only the pair's senses that WordNet counts common: a rare sense may join any two words.)
  return commonSynonyms(`${m[1]!} ${m[2]!}`, 2).some((w) => PERSON_NOUNS.has(w) || TITLES.has(w));
}
