/**
 * "the respected Comrade NAME", "the retired General NAME", "the esteemed Ambassador NAME": an adjective in -ed
 * (one WordNet has as an adjective) between "the" and a capitalised title before a full name is an epithet of the
 * person, as "the veteran Senator NAME" is; the reading, which takes a word in -ed before a capital for a verb and
 * its object ("the committee respected NAME"), otherwise gives no one. State media write their leaders' names so
 * every time, and a later "he said" must find them.
 */

import { isLemma } from '../text/wordnet.ts';

// "the" (or "The"), the adjective in -ed, then a capitalised title word and at least two capitalised words more.
const EPITHET_TITLE = /^(\s*(?:[Tt]he)\s+)([\p{Ll}]{3,}ed)\s+((?:[\p{Lu}][\p{Ll}]+\.?)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}[\s,.;:]*)$/u;

/**
 * The phrase without its epithet in -ed ("the Comrade NAME" for "the respected Comrade NAME") and the epithet, when
 * the phrase is "the", an adjective in -ed and a title before a name; else null. The caller reads the rest as a
 * name with its title and puts the epithet back on the role.
 */
export function epithetBeforeTitle(phrase: string): { rest: string; epithet: string } | null {
  const m = EPITHET_TITLE.exec(phrase);
  if (!m || !isLemma(m[2]!, 'adj')) return null;
  return { rest: `${m[1]!}${m[3]!}`, epithet: m[2]! };
}
