/**
 * "Deputy Minister Datuk Mohd Harun Latif said ... "...," Harun told reporters.": many names hold several given
 * names, or a given name before a father's name (Malay, Arabic, Indonesian, Chinese written family name first),
 * and a report calls the person by the one given name they go by, which may be neither the first nor the last
 * word of the full name. A one-word name that is an inner word of exactly one full name the text gave a person
 * read as such, and no one's first or last word, stands for that full name.
 */
import type { NameMention } from './name-mentions.ts';
import { lexFirstName, lexTags } from './names.ts';
import { PARTICLE } from './surname-holders.ts';
import { TITLES } from './speaker-phrases.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { commonNoun, properNoun } from '../text/wordnet.ts';
import { inWordNet } from './first-names.ts';

// Words inside a family name or linking a father's name, never a name one is called by alone: "bin", "binti",
// "Al", "Abu", "Abdul" (the first half of an Arabic compound, "Abdul Hamid"), "anak"; and the given names so
// many bear before the one they go by that no one is called by them alone ("Mohd", "Muhammad").
const LINKING = /^(?:bin|binti|binte|bint|ibn|al|el|abu|abd|abdul|abdel|abdol|anak|mohd|md|muhammad|mohammad|mohamed|muhammed|ap|ben|bat)$/u;

/**
 * The full name that the one-word name `name` stands for as an inner given name: the one full name of three or
 * more words among `mentions` (those up to `paragraph` first, then the whole text) that holds it neither first
 * nor last, when that name is a person's (`isPerson`, on its compact form: not "Universiti Sains Pulau"), no full
 * name of the text holds it first or last (the surname or first name of someone else), and it is no common word
 * ("Rose", "Walker", "Said") nor a linking word of a family name; else null.
 */
export function fullNameForInnerName(name: string, mentions: readonly NameMention[], paragraph: number, isPerson: (compact: string) => boolean): string | null {
  if (!/^[\p{Lu}][\p{Ll}]{2,}$/u.test(name)) return null;
  const w = name.toLowerCase();
  if (LINKING.test(w) || PARTICLE.test(w) || TITLES.has(w) || FUNCTION_WORDS.has(w)) return null;
  // (A word with a sense written in lower case is a common word before it is a name; a surname the lexicon knows
  // as one is some other family's.)
  if (commonNoun(w) || (inWordNet(w) && !properNoun(w)) || lexTags(w).includes('LastName')) return null;
  // (A titled one-word mention, "Mr. Harun", is no other full name.)
  if (mentions.some((m) => m.words.length >= 2 && (m.words[0] === w || m.words[m.words.length - 1] === w))) return null;
  const inner = (m: NameMention): boolean => m.words.length >= 3 && m.words.indexOf(w, 1) > 0 && m.words.indexOf(w, 1) < m.words.length - 1;
  // ("Peter Lowell Banks ... Mr. Lowell, the caretaker, ...": a full name opening on a first name the lists know is
  // written given names first, its inner word a middle name no one goes by; a titled "Mr. Lowell" there is some other
  // family's surname, not the middle name, so the bare word is no one's for sure.)
  const titledAlone = mentions.some((m) => m.words.length === 1 && m.words[0] === w && m.role !== null && TITLES.has(m.role.replace(/\.$/u, '').toLowerCase()));
  for (const pool of [mentions.filter((m) => m.paragraph <= paragraph), mentions]) {
    const names = new Set(pool.filter(inner).map((m) => m.compact));
    if (names.size > 1) return null;
    if (names.size === 1 && titledAlone && lexFirstName(pool.find(inner)!.words[0]!)) return null;
    if (names.size === 1) return isPerson([...names][0]!) ? pool.find(inner)!.name : null;
  }
  return null;
}
