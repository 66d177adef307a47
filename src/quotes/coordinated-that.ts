/**
 * `he said there were "limits" that Lisbon respected, but that "talks will go on"`: a "that" clause joined by
 * "but"/"and" to the one before it hangs on the main reporting verb, like the first; the subject of a clause
 * inside the first ("that Lisbon respected") is no speaker of it.
 */
import { attributionBefore } from './attribution.ts';
import { escapeRegExp } from '../text/regexp.ts';

// What may stand between the closing "that" and the quote: white space and an opening quotation mark.
const OPENING_MARKS = new Set(['"', '“', '‘', "'"]);
const trailing = (c: string): boolean => OPENING_MARKS.has(c) || /\s/u.test(c);

// A second "that", then a pronoun and a verb of being, right before the quote: "and that he was ".
const STATE_AFTER_THAT = /(\b(?:but|and|or)\s+that)\s+(?:he|she|they|we|I)\s+(?:was|were|is|are|had\s+been|has\s+been|felt|feels|remained|remains)(?:\s+[\p{Ll}]+ly)?\s*["“‘']?\s*$/u;
const COORDINATED_THAT = /\b(?:but|and|or)\s+(?:also\s+|not\s+|added\s+|said\s+)?that$/u;

/**
 * When `phrase`, the credit read for a quote, is the subject of a "that"/"which" clause that ends before
 * ", but that" / ", and that" and the quote (`before`: the masked sentence up to the quote): the subject of the
 * main reporting verb before that clause (`{ main }`), or `{ main: null }` when none is read. Null when the
 * sentence is not so built.
 */
export function coordinatedThatSpeaker(before: string, phrase: string): { main: string | null } | null {
  // ("... had called him "..." and that he was "...": a pronoun and a verb of being after the second "that" say
  // what state the main verb's subject reports, in words of its own; that clause has no speaker of its own.)
  const state = STATE_AFTER_THAT.exec(before);
  if (state) before = before.slice(0, state.index + state[1]!.length);
  // Most credits are not so built: the sentence must end in "that" before the quote and hold the phrase, tested
  // before an expression is made for the phrase (it ran for every credit read).
  let end = before.length;
  while (end > 0 && trailing(before[end - 1]!)) end--;
  // ("said that" is common; only a "that" after "but" / "and" / "or" can be so built. White space between the
  // words is looked for over 60 characters at most.)
  if (!COORDINATED_THAT.test(before.slice(Math.max(0, end - 60), end)) || !before.includes(phrase)) return null;
  // (A quote the first clause holds, masked, is one of its words: "had called him "..." and that".)
  const word = state ? String.raw`(?:[\p{Ll}'’-]+|["“‘']_+[,.]?["”’'])` : String.raw`[\p{Ll}'’-]+`;
  const re = new RegExp(String.raw`\b(?:that|which|whom)\s+${escapeRegExp(phrase)}\s+(?:${word}\s+){0,5}?${word}\s*,?\s+(?:but|and|or)\s+(?:also\s+|not\s+|added\s+|said\s+)?that\s*["“‘']?\s*$`, 'u');
  const m = re.exec(before);
  if (!m) return null;
  const main = attributionBefore(before.slice(0, m.index));
  return { main: main?.phrase ?? null };
}
