/**
 * A phrase of time standing between a subject and its verb, which news writing puts there without commas:
 * "Jane Roe last week said ...", "The ministry two weeks ago said ...", "Roe earlier this month told ...".
 * The subject is the noun phrase before the phrase, as it is before "on Tuesday".
 */
import type { Token } from './tagged-sentence.ts';

const PERIOD = /^(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|morning|evening|afternoon|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const PERIODS_AGO = /^(?:days?|weeks?|months?|years?|decades?)$/u;
const COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,3})$/iu;

/**
 * The index of the first token of a phrase of time ending at token `e` ("last week", "this month", "earlier
 * this year", "two weeks ago", "less than a year ago", "a few days ago"), or -1. Only these closed forms: a
 * bare noun of time ("Roe Tuesday said") is left to the readings of dates.
 */
export function timeAdjunctStart(tokens: readonly Token[], e: number): number {
  const at = (k: number): string => (tokens[k] !== undefined && tokens[k]!.quote < 0 ? tokens[k]!.text : '');
  let s = -1;
  // (The readers skip adverbs before a verb, "ago" among them: the phrase may be given ending on its noun.)
  if (PERIODS_AGO.test(at(e)) && /^ago$/iu.test(at(e + 1))) e++;
  if (/^ago$/iu.test(at(e)) && PERIODS_AGO.test(at(e - 1))) {
    s = e - 2;
    if (!COUNT.test(at(s))) return -1;
    // "a few days ago"
    if (/^few$/iu.test(at(s)) && /^a$/iu.test(at(s - 1))) s--;
    // "less than two weeks ago", "more than a year ago"
    if (/^than$/iu.test(at(s - 1)) && /^(?:less|more)$/iu.test(at(s - 2))) s -= 2;
    return s;
  }
  if (PERIOD.test(at(e)) && /^(?:last|this)$/iu.test(at(e - 1))) {
    s = e - 1;
    // "earlier this month", "late last year"
    if (/^(?:earlier|later|late|early)$/iu.test(at(s - 1))) s--;
    return s;
  }
  return -1;
}
