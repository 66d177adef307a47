/**
 * A description the text ties to no one ("the President of Russia", "the Russian president") reaching the
 * one person named in the document whom WordNet defines so ("Vladimir Putin": "Russian statesman chosen as
 * president of the Russian Federation in 2000"): a public lexicon's knowledge of a few well-known people,
 * asked only when the text's own roles fit no one.
 */
import { personDefinitions, pertainsTo } from '../text/wordnet.ts';
import type { NameMention } from './name-mentions.ts';
import { PAST_ROLE, roleFits } from './role-fit.ts';
import { contentWords } from './speaker-phrases.ts';

/**
 * The one person among `named` (the full names the document has given so far) whose WordNet definition holds
 * the description's head and every other word of it (`rest`, which must name a people or place: "the
 * president" alone is anyone's), or null when none or several fit. A definition that numbers the office ("43rd
 * President of the United States") or calls it past tells of a holder since replaced, not of the one a report
 * means.
 */
export function definedPerson(named: readonly NameMention[], head: string, rest: readonly string[]): NameMention | null {
  if (rest.length === 0) return null;
  const fit = new Map<string, NameMention>();
  for (const m of named) {
    // A full name, or a surname the text gave a title ("President Putin"): a bare word may be anyone's.
    // One person under several names ("President Putin", "Vladimir Putin") is told by the surname.
    const surname = m.words[m.words.length - 1]!;
    if ((m.words.length < 2 && !m.role) || fit.has(surname)) continue;
    const defs = personDefinitions(m.name).filter((d) => !/\b\d+(?:st|nd|rd|th)\b/u.test(d) && !PAST_ROLE.test(d) && !/\bformerly\b/iu.test(d));
    if (defs.some((d) => roleFits(d, head, rest.filter((w) => !adjectiveHeld(d, w)), false))) fit.set(surname, m);
  }
  return fit.size === 1 ? [...fit.values()][0]! : null;
}

/** Whether the definition holds the adjective of the place `word` names: "Russian" for "Russia". */
function adjectiveHeld(definition: string, word: string): boolean {
  return [...contentWords(definition)].some((w) => pertainsTo(w).some((p) => p.toLowerCase() === word));
}
