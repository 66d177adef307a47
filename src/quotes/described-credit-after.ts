/**
 * A credit after a quote by a definite description of one person and a verb in the past tense of any meaning,
 * the sentence ending there: `"...," the researcher estimated.`, `"...?" the pilot wondered.` (translations from
 * French credit with "estimer", "juger", "résumer"). Any verb then reports the words, as it does after a name
 * ("..., Hannity pressed."); a description that is no person ("the report estimated") credits nobody here.
 */
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

const DESCRIBED_VERB = /^\s*,?\s*(the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]{3,}))\s+[\p{Ll}]{3,}ed\s*[.!]?\s*$/u;

/**
 * The description crediting the quote in `after` (its sentence after the closing mark, quotes masked), or
 * null. `inner` is the quote's last mark inside its quotation marks: a comma, "?" or "!" must close the quote.
 */
export function describedCreditAfter(after: string, inner: string): string | null {
  if (!/[,?!]/u.test(inner) && !/^\s*,/u.test(after)) return null;
  const m = DESCRIBED_VERB.exec(after);
  if (!m) return null;
  const head = m[2]!;
  return PERSON_NOUNS.has(head) || TITLES.has(head) || isPersonNoun(head) ? m[1]! : null;
}
