/**
 * Capitalised words that name no person: a day or month anywhere ("On Wednesday he ..."), a people's
 * adjective before its noun ("the North Korean delegation"), and a common word that is capitalised only
 * because it opens the sentence ("Yesterday she ...", "Later he ...").
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { pertainsTo } from '../text/wordnet.ts';
import { commonWordNotName } from './first-names.ts';

const CALENDAR = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES})$`, 'u');
const COMPASS = /^(?:North|South|East|West)(?:ern)?$/u;

/**
 * Whether the capitalised word at `index` of `text` is no one's name: a day or month; a people's adjective
 * (or a point of the compass before one) followed by a lowercase noun or another such word; or, opening the
 * sentence, a common word that is no given name and that the text never capitalises inside a sentence
 * (`capitalisedWithin`).
 */
export function notAPersonWord(word: string, text: string, index: number, capitalisedWithin: (w: string) => boolean): boolean {
  if (CALENDAR.test(word)) return true;
  const after = text.slice(index + word.length).match(/^\s+([\p{L}'’-]+)/u)?.[1] ?? '';
  if (COMPASS.test(word) && pertainsTo(after).length > 0) return true;
  if (/^[\p{Ll}]/u.test(after) && pertainsTo(word).length > 0) return true;
  const opens = text.slice(0, index).trim() === '';
  return opens && commonWordNotName(word) && !capitalisedWithin(word);
}
