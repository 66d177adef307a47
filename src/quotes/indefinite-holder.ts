/**
 * "A spokesperson for the office of Deputy Minister Ivo Roe said .... '...,' the spokesperson said.": an
 * indefinite article before a noun of a role brings in someone new of that role, and "the spokesperson" after it
 * in the same paragraph is that newcomer, not one given the role paragraphs before (the ministry's named
 * spokesperson). The words between the article and the noun must be its modifiers ("a senior ministry
 * spokesperson"), not a phrase of its own ("a day after the spokesperson"); and "a spokesperson" after a copula or
 * "as" says what someone already named is ("He has been a spokesperson for years."), bringing in no one, as does one set off after a name ("Ana Roe, a spokesperson for the port, ...").
 */

// A word before the article that makes the noun phrase a predicate, not a newcomer.
const PREDICATE_BEFORE = /(?:^|[^\p{L}'’-])(?:is|was|are|were|be|been|being|become|becomes|became|as|remains|remained)\s+$/iu;

// A name set off before the article: "Ana Roe, a spokesperson for the port," describes one named, no newcomer.
const NAME_SET_OFF_BEFORE = /[\p{Lu}][\p{L}'’.-]*,\s*$/u;

// Words that end a noun's modifiers: a determiner, a preposition or a conjunction starts another phrase.
const NOT_A_MODIFIER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|for|after|before|by|with|to|from|in|on|at|and|or|but|as|than|who|which)$/iu;

/**
 * Whether `text` (narration, quotes masked) brings in someone of the role `head` by "a", "an" or "another",
 * perhaps with up to three modifiers between ("a senior foreign ministry spokesperson").
 */
export function introducesHolderOf(text: string, head: string): boolean {
  return lastHolderIntroduction(text, head) >= 0;
}

/**
 * Whether the article at `index` of `text` may bring someone in: not after a copula or "as" ("He has been a
 * spokesperson"), nor set off after a name ("Ana Roe, a spokesperson for the port").
 */
export function bringsInAt(text: string, index: number): boolean {
  return !PREDICATE_BEFORE.test(text.slice(Math.max(0, index - 20), index)) && !NAME_SET_OFF_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}

/**
 * Where in `text` the last newcomer of the role `head` is brought in by "a", "an" or "another" (as
 * `introducesHolderOf` reads one), or -1: so a newcomer after the last mention of one already named ("Eik said a
 * spokesman for the port had called him.") can be told from one before it.
 */
export function lastHolderIntroduction(text: string, head: string): number {
  if (!head || !text.toLowerCase().includes(head)) return -1;
  let last = -1;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])(?:a|an|another)\s+((?:[\p{L}'’-]+\s+){0,3})${head}(?![\p{L}'’-])`, 'giu');
  for (const m of text.matchAll(re)) {
    const between = m[1]!.split(/\s+/u).filter(Boolean);
    if (between.every((w) => !NOT_A_MODIFIER.test(w)) && bringsInAt(text, m.index!)) last = m.index!;
  }
  return last;
}
