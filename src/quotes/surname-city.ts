/**
 * A surname that is also a city's name ("Birmingham", "Dallas", "Denver"): once the text has named a person in
 * full with it, "Birmingham said" is that person again, not the city speaking for its council.
 */
import { classifyProperName, lexTags, SEATS_OF_POWER } from './names.ts';
import type { NameMention } from './name-mentions.ts';

/**
 * Whether a one-word speaker read as a place is the surname of a person the text named in full before it
 * (`earlier`: the name mentions before the credit). Only a city's name: a country ("Israel said") and the
 * seats of government writers use for their governments ("London said") keep speaking for their state.
 */
export function cityIsNamedSurname(word: string, earlier: readonly NameMention[]): boolean {
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(word) || SEATS_OF_POWER.test(word)) return false;
  const tags = lexTags(word);
  // (A place the lexicon knows only as a place, not as a city, is one too: "Harrow", "Fulham".)
  if (!(tags.includes('City') || tags.includes('Place')) || tags.some((t) => t === 'Country' || t === 'Region' || t === 'Organization')) return false;
  const lower = word.toLowerCase();
  return earlier.some((m) => m.words.length >= 2 && m.words[m.words.length - 1] === lower && classifyProperName(m.name) === 'person');
}
