/**
 * "the senator and leadership candidate (said)": one "the" before two roles joined by "and" describes one
 * person who holds both (a second person takes a determiner of their own: "the senator and her
 * aide", "the senator and the mayor"). Read as the first role's description, the whole phrase kept as its words.
 */
import { isKindOf, isLemma } from '../text/wordnet.ts';
import { nounSex } from './gendered-nouns.ts';
import type { ParsedSpeaker } from './speaker-phrases.ts';

// "the <role words> and <role words>", the second opening on no determiner, pronoun or number of its own.
const TWO_ROLES = /^([Tt]he\s+[^,;:"“”()]+?)\s+and\s+(?!(?:the|a|an|his|her|their|its|our|my|your|other|another|then|one|two|some|many|several|both|all|each|every|former|later)\b)((?:[\p{L}][\p{L}'’.-]*\s+){0,4})([\p{Ll}][\p{Ll}-]+)$/u;

/** The description of one person holding both roles of "the ROLE and ROLE", or null. */
export function oneWithTwoRoles(phrase: string, parse: (p: string) => ParsedSpeaker | null, personHead: (head: string) => boolean): ParsedSpeaker | null {
  const whole = phrase.trim().replace(/[\s,.;:]+$/u, '');
  const m = TWO_ROLES.exec(whole);
  if (!m) return null;
  // (A proper word in the first role, "the Delmar senator", ties it to no one the text has not given that word: the
  // description would stand alone as a new speaker, taking the pronouns after it from the one named before.)
  if (/\s[\p{Lu}]/u.test(m[1]!)) return null;
  const first = parse(m[1]!);
  if (first?.type !== 'description' || !first.definite || first.plural || first.kind !== 'unnamed' || !personHead(first.head)) return null;
  // The second role's noun: singular, a kind of person to WordNet ("candidate", "hopeful", "treasurer").
  const second = m[3]!;
  if (!isLemma(second, 'noun') || !isKindOf(second, 'person', 4)) return null;
  // A pair whose sex the words tell ("the king and queen", "the president and first lady") is two people; so is
  // a partner in the same office ("the pilot and co-pilot") or the same office twice.
  if (nounSex(first.head, { sexlessTitles: true }) !== null || nounSex(second, { sexlessTitles: true }) !== null) return null;
  if (second === first.head || /^co-?/u.test(second)) return null;
  return { ...first, text: whole.replace(/^The\s/u, 'the ') };
}
