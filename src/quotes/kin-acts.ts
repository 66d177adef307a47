/**
 * A relative called by a word of kin alone as the one acting, or acted on, in a sentence: "his father unveiled
 * the plaque", "Tor Vik showed her grandmother the boat". Pure readings of the text; whose kin it is, and what it
 * settles, is for the caller.
 */
import type { NameMention } from './name-mentions.ts';
import { kinPattern } from './gendered-nouns.ts';
import { sharedRegExp } from '../text/regexp.ts';

// A possessive and a word of kin as the subject of a verb in the past: "his father unveiled", "her son wrote".
const KIN_DOER = /\b(?:his|her|their)\s+(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|grandfather|grandmother|nephew|niece|cousin)\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+ed|wrote|told|said|took|began|gave|made|sent|put)\b/u;

/** Whether `sentence` (quotes masked) has someone's kin, called by the word of kin alone, do something in the past ("his father launched"). */
export function kinDoerIn(sentence: string): boolean {
  return KIN_DOER.test(sentence);
}

// The rest of a sentence after its subject's name: a verb, then "his" or "her" and a word of kin of one sex.
const ACTS_ON_KIN = (sex: 'm' | 'f'): RegExp => sharedRegExp(String.raw`^[^.;:!?"“”]{0,60}?\b[\p{Ll}]+(?:ed|s)?\s+(?:his|her)\s+(?:(?:late|elder|older|younger|eldest|youngest|only|ailing|aged)\s+)?(?:${kinPattern(sex)})\b`, 'u');

/** Whether the full name `m` opens a clause that has its subject act on a relation of its own of the sex `want` ("showed her grandmother"). */
export function actsOnOwnKin(paragraph: string, m: NameMention, want: 'm' | 'f' | null): boolean {
  if (!want) return false;
  return ACTS_ON_KIN(want).test(paragraph.slice(m.at + m.name.length));
}
