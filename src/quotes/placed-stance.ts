/**
 * "A harbour guard at the gate, a tall man in a cap, shrugged when I showed my ticket.": someone brought in by
 * "a" and a noun of a person, placed by a short phrase of where they stand or set off by a description of how
 * they look, whose gesture is the sentence's verb. News features bring on the next unnamed speaker this way; the
 * "he said" right after is theirs.
 */
import { isKindOf } from '../text/wordnet.ts';
import { isRoleNoun } from './speaker-phrases.ts';

// "A|An", up to two modifiers and the noun; a place ("at the gate"); a description set off by commas ("a tall
// man in a cap"); then a verb of gesture or mood.
const PLACED_STANCE = /^\s*((?:A|An)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]{3,}))(\s+(?:at|in|on|by|near|behind|outside|inside|beside)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?(,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{3,})(?:\s+(?:with|in|of|from|who)\s[^,;:"“”_]{2,50})?,)?\s+(?:shrugged|smiled|laughed|nodded|sighed|scoffed|grinned|frowned|shook\s+(?:his|her)\s+head)\b/u;

/**
 * The one a sentence brings on so (`phrase` with the place, `core` without it, `also` the noun of the description
 * set off, which is the same person), when the place or that description is there (a bare "A guard shrugged." is
 * left to the other readings); null otherwise.
 */
export function placedStanceSubject(sentence: string): { phrase: string; core: string; also: string | null } | null {
  const m = PLACED_STANCE.exec(sentence);
  if (!m || (!m[3] && !m[4])) return null;
  const noun = m[2]!;
  if (!isRoleNoun(noun) && !isKindOf(noun, 'person', 6)) return null;
  return { phrase: `${m[1]!}${m[3] ?? ''}`, core: m[1]!, also: m[5] ?? null };
}

// "The man in the grey suit was at the bar too.": a man or woman picked out by what they wear or where they stand,
// opening the sentence before its verb.
const PICKED_OUT = /^\s*(The\s+(?:[\p{Ll}-]+\s+){0,2}(?:man|woman|boy|girl|guy|lady|gentleman)\s+(?:in|with|wearing|from|at|behind)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,})(?=\s+(?:was|is|had|has|sat|stood|came|went|[\p{Ll}]{3,}ed)\b)/u;

/**
 * The description of a man or woman picked out by a phrase after the noun ("The man in the grey suit") opening a
 * sentence as its subject, for the reading to tie to the one the text described so before; null otherwise.
 */
export function pickedOutSubject(sentence: string): string | null {
  return PICKED_OUT.exec(sentence)?.[1] ?? null;
}

// "In the bar, a Danish-speaking guide who has led walks here since 2015 listened without a word.": a person brought
// in by "a" and a "who" clause as the subject (a short fronted phrase of place before, set off by a comma), the
// rest of the sentence with no other clause mark, quote or capitalised word. (A second "who" clause may follow,
// set off: "A broker who has traded here for years, and who asked not to be named, was blunter.")
const DESCRIBED_WHO = /^\s*(?:(?:In|At|On|Inside|Outside|By|Near|Behind|Across)\s+(?:the|a|an|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(?:a|an)|A|An)\s+((?:[\p{L}-]+\s+){0,2}([\p{Ll}-]{3,}))\s+who\s+[\p{Ll}][^,;:"“”_()\p{Lu}]{5,120}(?:,\s+and\s+who\s+[\p{Ll}][^,;:"“”_()\p{Lu}]{5,160},\s+[\p{Ll}][^,;:"“”_()\p{Lu}]{2,80})?[.!]?\s*$/u;

/** The description ("a Danish-speaking guide") of the person such a sentence has as its subject, or null. */
export function describedWhoSubject(sentence: string): string | null {
  const m = DESCRIBED_WHO.exec(sentence);
  if (!m || !(isRoleNoun(m[2]!) || isKindOf(m[2]!, 'person', 6))) return null;
  return `a ${m[1]!}`;
}

// "A member who works for a feeder line and asked not to be named said his company ...": one brought in by "a" and
// a "who" clause (perhaps two, joined by "and"), no capital, comma, quote or second "who" in it, then a verb of
// saying: the one described says it, whatever the clause held.
const WHO_THEN_SAID = /^\s*(?:A|An)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]{3,}))\s+who\s+(?!(?:said|says|told|tells)\s)(?:(?!who\s|which\s|that\s)[\p{Ll}'’-]+\s+){1,24}?(?:said|says|told|tells)\s/u;

/**
 * The description ("a member") of the person a sentence so opens with as the subject of a verb of saying after
 * their "who" clause; null otherwise. The "who" says it is a person, so the noun may be one the lists lack.
 */
export function describedWhoSpeaker(sentence: string): string | null {
  const m = WHO_THEN_SAID.exec(sentence);
  return m ? `a ${m[1]!}` : null;
}
