/**
 * Capitalised words that name no person: a day or month anywhere ("On Wednesday he ..."), a people's
 * adjective before its noun ("the North Korean delegation"), and a common word that is capitalised only
 * because it opens the sentence ("Yesterday she ...", "Later he ...").
 * So is a name a noun of place puts after "of": "the port of Tarvik", "the town of Sines".
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { pertainsTo } from '../text/wordnet.ts';
import { commonWordNotName } from './first-names.ts';

const CALENDAR = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES})$`, 'u');
const COMPASS = /^(?:North|South|East|West)(?:ern)?$/u;
// "the port of Tarvik", "the village of Mossby", "the island of Sarn": a noun of place before "of" tells that the
// name after it is a place the lexicon may not know, no person. ("the state of", "the city's" are left out: "the
// state of Roe's campaign" may go on into a person.)
const PLACE_OF = /\b(?:the|a)\s+(?:(?:[\p{Ll}-]+\s+)?(?:port|city|town|village|island|region|province|district|county|harbou?r|capital|valley|oblast|prefecture|municipality|suburb|borough))\s+of\s+$/u;

/**
 * Whether the capitalised word at `index` of `text` is no one's name: a day or month; a people's adjective
 * (or a point of the compass before one) followed by a lowercase noun or another such word; or, opening the
 * sentence, a common word that is no given name and that the text never capitalises inside a sentence
 * (`capitalisedWithin`); or a name after a noun of place and "of" ("the port of Tarvik").
 */
export function notAPersonWord(word: string, text: string, index: number, capitalisedWithin: (w: string) => boolean): boolean {
  if (CALENDAR.test(word)) return true;
  if (PLACE_OF.test(text.slice(Math.max(0, index - 40), index))) return true;
  const after = text.slice(index + word.length).match(/^\s+([\p{L}'’-]+)/u)?.[1] ?? '';
  if (COMPASS.test(word) && pertainsTo(after).length > 0) return true;
  if (/^[\p{Ll}]/u.test(after) && pertainsTo(word).length > 0) return true;
  const opens = text.slice(0, index).trim() === '';
  return opens && commonWordNotName(word) && !capitalisedWithin(word);
}
