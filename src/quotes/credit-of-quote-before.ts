/**
 * `"Too slow," said one shopper; "too fast," said another.`: the inverted credit right after one quote ("said one
 * shopper") is that quote's. When the next quote of the sentence has a verb of saying of its own after it, that
 * credit is not the next quote's too, though it stands right before it: the text gave the next words to someone
 * else, whom the reading may fail to name ("another", "a third"). Then no one is told, never the first speaker.
 */
import { isSpeechVerb, type QuoteSpan } from './attribution.ts';
import { escapeRegExp } from '../text/regexp.ts';

// The first words after a quote, up to any mark: where a verb of saying crediting it stands, its subject inverted
// after it or set before it (', said another', ' another said', ' a third added').
const WORDS_AFTER = /^[\s,—–-]*((?:[\p{L}'’-]+\s*){1,4})/u;

/**
 * Whether `phrase`, read as the credit before the quote at `spans[index]` of `masked`, is the inverted credit of the
 * quote before it in the same stretch of text (`"...," said PHRASE;`, or `said PHRASE at the Grill,` between the two
 * quotes), while the quote has a verb of saying after it, within the sentence ending at `end`.
 */
export function creditOfQuoteBefore(masked: string, spans: readonly QuoteSpan[], index: number, phrase: string, end: number): boolean {
  const span = spans[index];
  const prev = index > 0 ? spans[index - 1] : undefined;
  if (!span || !prev) return false;
  const between = masked.slice(prev.close + 1, span.open);
  if (!new RegExp(String.raw`^\s*,?\s*(?:said|says|added|adds|replied|replies|answered|asked|wrote|writes)\s+${escapeRegExp(phrase.trim())}(?![\p{L}])[^"“”;:.!?]{0,60}[;,]\s*$`, 'u').test(between)) return false;
  const after = WORDS_AFTER.exec(masked.slice(span.close + 1, end));
  return !!after && after[1]!.trim().split(/\s+/u).some((w) => /^[\p{Ll}]/u.test(w) && isSpeechVerb(w));
}
