/**
 * A clause of someone else between a credit and its quote: in `Tom Rask called Anna Holt a "disgrace" after she
 * blamed the shootings on "hidden bias"`, the second quote stands in a clause whose subject, "she", is not the
 * credited man: the words are hers (or whoever "she" is), not his.
 */
import { genderOfName, titleGender } from './local-speaker.ts';
import type { ParsedSpeaker } from './speaker-phrases.ts';

/**
 * A subordinate clause opening with "he" or "she" as its subject: "after she attacked", "because he said".
 * ("They" is as often the things just named: "said sorry for the posters once they went up, saying ...".)
 */
const PRONOUN_CLAUSE = /\b(?:after|because|when|while|since|before|until|although|though|whereas|once|as)\s+(he|she)\s+(?:[\p{Ll}]+\s+)?[\p{Ll}]{2,}/giu;

/**
 * Whether `between` (the sentence from the end of the credited phrase to the quote's opening mark, quotes
 * masked) holds a clause whose subject, "he" or "she", is of the other gender than the name or title of the
 * credited person `parsed` tells.
 */
export function otherPronounClause(between: string, parsed: ParsedSpeaker): boolean {
  if (parsed.type !== 'name' || parsed.kind !== 'person') return false;
  const gender = genderOfName(parsed.name) ?? titleGender(parsed.role);
  for (const m of between.matchAll(PRONOUN_CLAUSE)) {
    if (gender && gender !== (m[1]!.toLowerCase() === 'he' ? 'm' : 'f')) return true;
  }
  return false;
}
