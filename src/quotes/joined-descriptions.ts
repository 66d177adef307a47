/**
 * "Her aides and advisers said: ...", '"...," said local fishermen and dock workers.': two descriptions of people
 * joined by "and" are one subject, whose words are the whole group's. The phrase read up to the verb (or from it)
 * stops at the "and", and its half alone ("advisers", "local fishermen") is no one who spoke by themselves: the
 * whole is taken when it reads as a description, else no one.
 */
import { parseSubjectPhrase, singular } from './speaker-phrases.ts';
import type { ParsedSpeaker } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';
import type { Phrase } from './grammar-phrases.ts';
import { commonNoun, isLemma } from '../text/wordnet.ts';

/** The words of tokens `[start, end)` as written (spaces where the text has them). */
function textOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
}

/**
 * Whether token `i` is a common word the tagger took for a name only because it opens the sentence with its
 * capital ("Diplomats and officials said", "Local fishermen and ..."): a common noun or an adjective by WordNet.
 */
function capitalOpening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i > 0 && !(tokens[i - 1]!.pos === 'PUNCT' || tokens[i - 1]!.quote >= 0)) return false;
  const lower = t.text.toLowerCase();
  // ("Fishermen": a plural in "-men" is its noun in "-man".)
  return commonNoun(lower) || commonNoun(singular(lower)) || commonNoun(lower.replace(/men$/u, 'man')) || isLemma(lower, 'adj');
}

/**
 * Whether the phrase's words before any preposition are common words (a description headed by a noun), no name
 * and no pronoun but a possessive among them.
 */
function describes(tokens: readonly Token[], p: Phrase): boolean {
  let noun = false;
  for (let i = p.start; i < p.end; i++) {
    const t = tokens[i]!;
    if (t.pos === 'ADP') break;
    if ((t.pos === 'PROPN' && !capitalOpening(tokens, i)) || t.quote >= 0) return false;
    if (t.pos === 'PRON' && !/^(?:his|her|its|their|our|my)$/iu.test(t.text)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return noun;
}

/** Whether the phrase opens its clause: the sentence's first words, or right after a comma, a colon or a quote. */
function opensClause(tokens: readonly Token[], p: Phrase): boolean {
  const before = tokens[p.start - 1];
  return before === undefined || before.quote >= 0 || /^[,;:—–(\n]$/u.test(before.text) || before.pos === 'PUNCT';
}

/** Whether token `k` is an "and" of the narration (no quote's). */
function isAnd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.quote < 0 && /^and$/iu.test(t.text);
}

/**
 * The subject `np` found right before a verb, or the whole of two descriptions joined by "and" when `np` is the
 * second of them ("aides and advisers"): the whole when it reads as a description, null when it does not;
 * `np` itself when no description stands joined before it. (`before` reads the noun phrase ending at a token.)
 */
export function wholeJoinedBefore(tokens: readonly Token[], np: Phrase, before: (tokens: readonly Token[], e: number) => Phrase | null): Phrase | null {
  if (np.start < 2 || !isAnd(tokens, np.start - 1) || !describes(tokens, np)) return np;
  const k = np.start - 2;
  // (Only a common noun before the "and": "the port and the ministry" of places and bodies is left as it was read.)
  const opening = tokens[k]!.pos === 'PROPN' && capitalOpening(tokens, k) && !isLemma(tokens[k]!.text.toLowerCase(), 'adj');
  if ((tokens[k]!.pos !== 'NOUN' && !opening) || tokens[k]!.quote >= 0 || (!opening && !/^[\p{Ll}]/u.test(tokens[k]!.text))) return np;
  const first = before(tokens, k);
  // (The first must open the clause: in "He was asked about satellites and officials said ..." the "and" joins two
  // clauses, and "satellites" is the first one's object.)
  if (!first || first.end !== k + 1 || !opensClause(tokens, first)) return np;
  if (!describes(tokens, first)) return null;
  const whole = parseSubjectPhrase(textOf(tokens, first.start, np.end));
  return whole?.type === 'description' && !whole.text.includes('"') ? { start: first.start, end: np.end } : null;
}

/**
 * The phrase `np` read after a verb of saying ("said her aides"), or the whole of two descriptions joined by "and"
 * when another follows it ("said her aides and advisers"): the whole when it reads as a description, null when it
 * does not; `np` itself when none follows. (`after` reads the noun phrase opening at a token.)
 */
export function wholeJoinedAfter(tokens: readonly Token[], np: Phrase, after: (tokens: readonly Token[], k: number) => Phrase | null): Phrase | null {
  if (!isAnd(tokens, np.end) || !describes(tokens, np) || tokens[np.end - 1]!.pos !== 'NOUN') return np;
  const next = tokens[np.end + 1];
  // (A verb after the "and" opens a second clause of the same subject: "said the mayor and added ...".)
  if (!next || next.quote >= 0 || !/^(?:DET|ADJ|NOUN|PRON|NUM)$/u.test(next.pos) || (next.pos === 'PRON' && !/^(?:his|her|its|their|our|my)$/iu.test(next.text))) return np;
  const second = after(tokens, np.end + 1);
  if (!second || !describes(tokens, second)) return null;
  const whole = parseSubjectPhrase(textOf(tokens, np.start, second.end));
  return whole?.type === 'description' ? { start: np.start, end: second.end } : null;
}

/** Whether `p` reads as a plural description of people. */
function pluralPeople(p: ParsedSpeaker | null): p is Extract<ParsedSpeaker, { type: 'description' }> {
  return p?.type === 'description' && p.kind === 'unnamed' && p.plural;
}

/**
 * "Her aides and advisers": the phrase read as one group of people, described by its last side's noun, when the
 * words before and after its one "and" are each plural descriptions of people; null otherwise. (So the whole that
 * `wholeJoinedBefore` and `wholeJoinedAfter` take reads as a description.)
 */
export function joinedDescription(phrase: string, parse: (phrase: string) => ParsedSpeaker | null): ParsedSpeaker | null {
  const parts = phrase.trim().split(/\s+and\s+/u);
  if (parts.length !== 2 || /,/u.test(phrase)) return null;
  const left = parse(parts[0]!);
  const right = parse(parts[1]!);
  if (!pluralPeople(left) || !pluralPeople(right)) return null;
  return { type: 'description', text: phrase.trim(), head: right.head, definite: left.definite, plural: true, kind: 'unnamed' };
}
