/**
 * A clause of manner set off by commas between a speaker's verb and the quote names who carried the words, not
 * who said them: `Jane Roe said, as the local papers reported, "..."`, `Roe told the crowd, as Radio Wend noted,
 * "..."`. The aside's verb of reporting governs only the aside; the verb of saying before it, and its subject,
 * govern the quote.
 */
import { isCue, type Token } from './tagged-sentence.ts';

// What may stand between "as" and the aside's verb: the subject's words (an article, adjectives, nouns, names,
// a possessive) and an auxiliary or adverb of time ("as the agencies later reported", "as Radio Wend had noted").
const SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|PART|NUM|ADV|AUX)$/u;

/**
 * Whether the reporting verb at `j` is the verb of an aside ", as SUBJECT VERB," that a comma closes right
 * before the quote at `q`, after a verb of saying earlier in the sentence: the earlier verb governs the quote.
 */
export function sourceAsideBeforeQuote(tokens: readonly Token[], j: number, q: number): boolean {
  // The aside closes with a comma (or colon) right before the quote.
  if (j + 2 !== q || !/^[,:]$/u.test(tokens[j + 1]!.text)) return false;
  // Back over the subject to "as", set off by a comma.
  let r = j - 1;
  while (r > 0 && tokens[r]!.quote < 0 && !/^as$/iu.test(tokens[r]!.text) && SUBJECT_POS.test(tokens[r]!.pos)) r--;
  if (r < 2 || r === j - 1 || !/^as$/iu.test(tokens[r]!.text) || tokens[r - 1]!.text !== ',') return false;
  // (A subject it can be: not a pronoun, which may be the speaker's own "as he put it", nor a bare adverb.)
  if (!tokens.slice(r + 1, j).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false;
  // A verb of saying before the aside, maybe with its hearer ("told reporters"), no mark or quote between: the main
  // clause that gives the words.
  for (let main = r - 2; main >= Math.max(0, r - 4); main--) {
    const t = tokens[main]!;
    if (t.quote >= 0 || /^[\p{P}]+$/u.test(t.text)) return false;
    if (isCue(t, tokens[main - 1])) return true;
  }
  return false;
}

// ", as the agencies reported," (or "noted", "put it" ...) ending the text before a verb's match: the aside's opening.
const AS_OPENING = /,\s*as\s+(?:the\s+|[\p{Lu}][\p{L}'’.-]*\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:(?:later|also|first|had|has|have)\s+)?$/u;
// What the main clause may hold between its verb and the aside: the hearer or an adverb, no mark of punctuation.
const VERB_TO_ASIDE = /^[^,;:.!?"“”_]{0,30}$/u;

/**
 * For a reader of the text before a quote (`before`, quotes masked), whether the verb of saying matched at
 * `verb` (of length `length`) is an aside's ", as SUBJECT VERB," closed by a comma right before the quote, after an
 * earlier verb of saying that ends at `earlierEnd`: that earlier verb gives the words.
 */
export function sourceAsideInText(before: string, verb: number, length: number, earlierEnd: number): boolean {
  if (!/^\s*[,:]\s*$/u.test(before.slice(verb + length))) return false;
  const opening = AS_OPENING.exec(before.slice(0, verb));
  if (!opening || opening.index < earlierEnd) return false;
  // (Not a pronoun's aside, "as he put it": the one it names may be the speaker.)
  if (/^,\s*as\s+(?:he|she|they|it|I|we|you|one)\s/iu.test(opening[0])) return false;
  return VERB_TO_ASIDE.test(before.slice(earlierEnd, opening.index));
}

// A verb of saying, maybe with its hearer or an adverb after it, then the comma that opens the aside: "Roe said, ",
// "Roe told reporters, ". (Its subject before it: a verb opening the text is no clause of its own.)
const SAYING_THEN_COMMA = /\S\s+(?:said|says|told|tells|added|adds|declared|replied|answered|wrote|writes|announced|insisted|warned)\b[^,;:.!?"“”_]{0,30},\s*$/u;

/**
 * Whether `head`, the text before an aside's "as" ("Roe told reporters, " before "as Radio Wend noted, "..."),
 * ends on a verb of saying and the comma that sets the aside off: the main clause gives the words, and the one
 * the aside names ("as X noted", "as X said") only carried them.
 */
export function sayingBeforeAside(head: string): boolean {
  return SAYING_THEN_COMMA.test(head);
}
