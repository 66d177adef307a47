// The base list of stop words: English function words (articles, prepositions, conjunctions, pronouns,
// auxiliaries, quantifiers) that carry no topic. An analysis that drops more (search drops the words questions
// are made of, the summary drops reporting verbs) derives its list from this one and names what it adds.

/** English function words that both search and the summary drop, the base of every stop-word list. */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSet(
  `a about above after again against all also am an and any are as at be been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was we were what when
  where which who whom why will with would you your yours yourself yourselves tell shall may might must one ones`,
);

/** The set of the words of a space-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}
