/**
 * "Transfers could begin "within weeks" of the summit, the authors estimate.": a sentence that closes on a
 * comma, a subject and a verb of judging ("estimate", "believe", "expect") is that subject's whole claim, the
 * quoted words in it too; the subject of the clause before the quote ("transfers") says nothing. Verbs of
 * saying there are read by the plain reading already; these are the ones it does not count as reporting.
 */
import { SPEECH_VERB } from './attribution.ts';

const JUDGING = String.raw`(?:estimates?|estimated|believes?|believed|reckons?|reckoned|thinks?|thought|expects?|expected|predicts?|forecasts?|forecast|calculates?|calculated|judges?|judged|assess(?:es|ed)?|concludes?|concluded|suspects?|suspected|fears?|feared)`;
const SUBJECT = String.raw`(?:the|some|many|most|several|both)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]{3,}|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}|he|she|they|we`;
const CLOSING = new RegExp(String.raw`,\s+(${SUBJECT})\s+${JUDGING}\s*[.!]?\s*$`, 'u');

/**
 * The subject of a closing verb of judging in `after` (the quote's sentence after its closing mark, quotes
 * masked), or null. No other quote may stand between: a later quote would be the one so credited.
 */
export function closingJudgement(after: string): string | null {
  if (after.includes('_')) return null;
  return CLOSING.exec(after)?.[1] ?? null;
}

/**
 * Whether a credit to a subject before the quote (the words `between` it and the quote) is only the subject of
 * the clause the quote stands in: no verb of saying and no colon there.
 */
export function onlyClauseSubject(between: string): boolean {
  SPEECH_VERB.lastIndex = 0;
  const spoken = SPEECH_VERB.test(between);
  SPEECH_VERB.lastIndex = 0;
  return !spoken && !/[:—–]/u.test(between);
}
