/**
 * A sentence opening on one capitalised word set off by a description and then its verb: "Afua, the youngest,
 * teaches music." The word is someone the text has just made its subject, named by a given name alone, that the
 * reading of names may not know as anyone; a "she" in the next sentence may mean them.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { inWordNet, isKnownFirstName } from './first-names.ts';
import { classifyProperName, lexTags } from './names.ts';
import { LEADING_FUNCTION_WORD } from './speaker-phrases.ts';

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Today|Yesterday|Tomorrow|Tonight|Christmas|Easter)$`, 'u');

// One capitalised word, a description set off by commas ("the youngest", "a nurse", "his brother"), a lowercase verb.
const NAME_DESCRIBED_SUBJECT = /^\s*([\p{Lu}][\p{Ll}'’-]{1,})\s*,\s+(?:the|a|an|his|her|their|its)\s+[^,;:"“”]{1,40},\s+(?:also\s+|now\s+|still\s+)?[\p{Ll}]{2,}/u;

/**
 * The one word that opens `sentence` as a name set off by a description before its verb, when it may be a person's
 * name (a given name the lists know, or a word no dictionary holds; no day, month, place or opening word) and
 * `known` (whether the reading has that word as a name) does not hold it; null otherwise.
 */
export function unreadNameSubject(sentence: string, known: (word: string) => boolean): string | null {
  const m = NAME_DESCRIBED_SUBJECT.exec(sentence);
  if (!m) return null;
  const w = m[1]!;
  if (CALENDAR_WORD.test(w) || LEADING_FUNCTION_WORD.test(`${w} `) || known(w)) return null;
  if (!isKnownFirstName(w) && inWordNet(w)) return null;
  if (classifyProperName(w) !== 'person' || lexTags(w).some((t) => /^(?:Place|Country|City|Month|WeekDay|Date|Organization|Demonym)/u.test(t))) return null;
  return w;
}
