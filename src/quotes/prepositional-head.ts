/**
 * The described subject a chain of prepositional phrases follows: in `A pro-war blogger with half a million
 * followers on Telegram wrote: "..."` the name nearest the verb ("Telegram") is the object of "on", inside the
 * subject; the one writing is "a pro-war blogger". The chain is read back, phrase by phrase, each hanging on
 * a common noun, to a noun phrase opened by a determiner.
 */
import type { Phrase } from './grammar-phrases.ts';
import type { Token } from './tagged-sentence.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { isKindOf } from '../text/wordnet.ts';
import { singular } from './speaker-phrases.ts';

// Prepositions that open a phrase inside a noun phrase ("a blogger on Telegram", "an analyst at Yonsei").
const INSIDE_NP = /^(?:with|on|in|at|from|for|of|to|via|over|across|behind|near|inside|outside|among|under|about|without)$/iu;
// Determiners that open a description; "his" or "her" would make its head someone else's ("her aide on X").
const OPENS_DESCRIPTION = /^(?:a|an|the|one|another)$/iu;
// A phrase of time is the verb's, not the subject's ("The spokesman on Monday said"): it ends the chain unread.
/** A word of time: a phrase it heads after "on" or "in" tells when, not where or which. */
export const TIME = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year)$`, 'iu');

/**
 * The determiner-led noun phrase (`start` to its head noun) that `np`, the phrase right before a verb, hangs
 * on through one or more prepositional phrases, or null when `np` follows no such chain.
 */
export function describedHeadBefore(tokens: readonly Token[], np: Phrase, nounPhraseBefore: (tokens: readonly Token[], e: number) => Phrase | null): Phrase | null {
  if (tokens.slice(np.start, np.end).some((t) => TIME.test(t.text) || t.pos === 'NUM')) return null;
  let cur = np;
  let described: Phrase | null = null;
  // Four phrases at most: a subject longer than that is rarely read right by the tags.
  for (let hop = 0; hop < 4; hop++) {
    const p = cur.start - 1;
    if (p < 1 || tokens[p]!.pos !== 'ADP' || !INSIDE_NP.test(tokens[p]!.text) || !/^(?:NOUN|PROPN)$/u.test(tokens[p - 1]!.pos)) break;
    const head = nounPhraseBefore(tokens, p - 1);
    if (!head) break;
    // A body's capitalised name may be the head too ("The Foreign Ministry in Oslo said"), but only before a
    // place ("of" belongs to the name: "the Department of Foreign Affairs") and as the whole subject, opened by "the" and hanging on nothing: "officials at the White House in Washington" are
    // the officials, which a chain through names would not reach.
    // So may a name that is itself the object of "of" after a common noun, before a place: in "The embassy of
    // Valdoria in Kessland said" (or "the ambassador of Valdoria to Kessland") the subject is the embassy.
    const ofNoun = head.start >= 2 && /^of$/iu.test(tokens[head.start - 1]!.text) && tokens[head.start - 2]!.pos === 'NOUN' && /^(?:in|at|to)$/iu.test(tokens[p]!.text);
    // A body's name with "of" in it before a place ("The Embassy of the Kingdom of Valdoria in Kessel said", "The
    // Ministry of Defence in London said"): the whole name, opened by "the" and hanging on nothing, is the head.
    const ofName = /^(?:in|at)$/iu.test(tokens[p]!.text) ? nameWithOfBefore(tokens, head) : null;
    if (ofName) return ofName;
    // "Friends of fisherman Tom Reed said", "Colleagues of teacher Ana Pike told": a plural of people opening the
    // sentence with no article (tagged a name for its capital) and "of" before a trade and a name; the plural is
    // the subject, the named one only the preposition's object.
    if (head.start === 0 && head.end === p && /^of$/iu.test(tokens[p]!.text) && /^[\p{Lu}][\p{Ll}]+s$/u.test(tokens[p - 1]!.text) && /^[\p{Ll}]/u.test(tokens[p + 1]?.text ?? '') && isKindOf(singular(tokens[p - 1]!.text.toLowerCase()), 'person', 6)) return { start: head.start, end: np.end };
    // ('"...," lawyers for Mara Olsen said.': so does a bare plural of people right after the quote, which opens the
    // clause with no article.)
    if (head.end === p && head.start === p - 1 && head.start >= 1 && tokens[head.start - 1]!.quote >= 0 && tokens[p - 1]!.pos === 'NOUN' && /^[\p{Ll}]+s$/u.test(tokens[p - 1]!.text) && isKindOf(singular(tokens[p - 1]!.text), 'person', 6)) return { start: head.start, end: np.end };
    if (tokens[p - 1]!.pos === 'PROPN' && !ofNoun && !(/^(?:in|at)$/iu.test(tokens[p]!.text) && /^the$/iu.test(tokens[head.start]!.text) && (head.start === 0 || tokens[head.start - 1]!.pos !== 'ADP'))) break;
    // "with a large following on Substack": a determiner-led phrase may itself hang on a noun before it; the
    // outermost one is the subject.
    const first = tokens[head.start]!;
    // ("one" the model tags a numeral: "one popular account in Lisbon".)
    if ((first.pos === 'DET' || (first.pos === 'NUM' && /^one$/iu.test(first.text))) && OPENS_DESCRIPTION.test(first.text)) described = head;
    cur = head;
  }
  return described;
}

/**
 * The capitalised name joined by "of" (and "of the") that `head`, a run of capitalised words, ends, opened by
 * "the" and hanging on no preposition ("The Consulate General of Canada"), or null when `head` follows no "of"
 * inside such a name.
 */
function nameWithOfBefore(tokens: readonly Token[], head: Phrase): Phrase | null {
  if (!tokens.slice(head.start, head.end).every((t) => t.pos === 'PROPN')) return null;
  let k = head.start;
  let joined = false;
  for (;;) {
    let j = k;
    if (j >= 2 && /^the$/u.test(tokens[j - 1]!.text) && /^(?:of|for|on)$/u.test(tokens[j - 2]!.text)) j--;
    // ("for" and "on" join a body's name as "of" does: "The Institute for Lake Studies", "the Council on Trade".)
    if (j < 2 || !/^(?:of|for|on)$/u.test(tokens[j - 1]!.text) || tokens[j - 2]!.pos !== 'PROPN') break;
    k = j - 2;
    while (k > 0 && tokens[k - 1]!.pos === 'PROPN') k--;
    joined = true;
  }
  if (!joined || k < 1 || !/^the$/iu.test(tokens[k - 1]!.text) || tokens[k - 1]!.pos !== 'DET') return null;
  if (k >= 2 && tokens[k - 2]!.pos === 'ADP') return null;
  return { start: k - 1, end: head.end };
}
