import { findDates } from '../timeline/dates.ts';

/**
 * What kind of answer a question asks for, and whether a sentence has one: "where" wants a place, "when" a
 * date (read as the timeline reads dates), "who" a person, "how many/much" a number, "how long" a duration.
 * It decides between passages that match a question about equally, and which sentence is shown in bold.
 */
export type AnswerKind = 'place' | 'date' | 'person' | 'number' | 'duration';

/**
 * Words that only say "where" or "when" once the question word has said it ("where will it take place",
 * "when did it happen", "where is it located"): left out of the search, or they would find passages about
 * places to take and happenings.
 */
export const KIND_FILLER = /\b(?:take|took|taken|taking)\s+place\b|\bhappen(?:s|ed|ing)?\b|\b(?:located|situated)\b/gi;

/** The kind of answer a question asks for, or null when its words do not say. */
export function answerKind(question: string): AnswerKind | null {
  const q = question.toLowerCase();
  if (/\bhow\s+long\b/.test(q)) return 'duration';
  if (/\bhow\s+(?:many|much)\b|\bwhat\s+(?:percentage|share|number|amount)\b|\bby\s+how\s+much\b/.test(q)) return 'number';
  if (/\bwhen\b|\bwhat\s+(?:year|month|day|date|time)\b|\bwhich\s+(?:year|month|day|date)\b/.test(q)) return 'date';
  if (/\bwhere\b|\bwhat\s+(?:city|country|place|town|venue|region)\b|\bwhich\s+(?:city|country|place|town|venue|region)\b/.test(q)) return 'place';
  if (/\bwho(?:m|se)?\b/.test(q)) return 'person';
  return null;
}

const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|percent|per\s+cent)\b|\d/i;
const DURATION =
  /\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|a\s+few)\s+(?:(?:more|full|long)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:for|lasted|over)\s+(?:days|hours|weeks|months|years|decades)\b/i;
// Someone named: two capitalised words in a row ("Vladimir Putin"), or a title or role before a name.
const PERSON =
  /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)+|\b(?:President|Minister|Leader|Chancellor|Secretary|spokesman|spokeswoman|spokesperson|official|researcher|director|analyst|expert|professor|minister|ambassador)\b/u;
// A place by its preposition: "in Seoul", "at the Vostochny spaceport", "near the border".
const AT_PLACE = /\b(?:in|at|near|outside|inside|to|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]+/u;
const PLACE_NOUN = /\b(?:city|capital|border|spaceport|cosmodrome|port|airport|base|region|province|island|village|town|palace|headquarters|hotel|station|venue|stadium)\b/i;

/**
 * Whether a sentence has the kind of answer asked for. `published` (YYYY-MM-DD) resolves relative dates
 * ("Wednesday"), as on the timeline.
 */
export function sentenceHas(kind: AnswerKind, sentence: string, published: string): boolean {
  switch (kind) {
    case 'date':
      return findDates(sentence, published).some((d) => !d.dateline);
    case 'number':
      return NUMBER_WORDS.test(sentence);
    case 'duration':
      return DURATION.test(sentence);
    case 'person':
      return PERSON.test(sentence.slice(1)) || PERSON.test(sentence);
    case 'place':
      // A place where something is, not a country named as an actor ("China said"): by its preposition or noun.
      return AT_PLACE.test(sentence) || PLACE_NOUN.test(sentence);
  }
}
