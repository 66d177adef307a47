/**
 * Words a thing displays (a sign, a banner, a headline, a caption): shown, not spoken, they are no person's
 * words. The one detection both the sentence reading (`unspoken-quote.ts`) and the paragraph's last pass
 * (`extract-quotes.ts`) ask.
 */
import type { QuoteSpan } from './attribution.ts';
import { mayEndWith } from './tail-words.ts';

// Things that carry written words. Said of them, "read" and "say" report what is written on them.
const DISPLAY = String.raw`(?:signs?|signboards?|banners?|headlines?|placards?|captions?|posters?|billboards?|notices?|plaques?|inscriptions?|slogans?|graffiti|t-shirts?|shirts?|hats?|sash|stickers?|leaflets?|flyers?|chyrons?|tickers?|straplines?|subtitles?|front pages?|screens?|murals?|hoardings?|scoreboards?|noticeboards?)`;
// A determiner, then up to four words before the display's noun ("a hand-painted sign", "the Sun's front page").
const THING = String.raw`(?:the|a|an|one|another|its|his|her|their|our|this|that|these|those|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,4}?${DISPLAY}`;
const VERB_AFTER = String.raw`(?:read|reads|reading|said|says|proclaimed|proclaims|declared|declares|announced|announces|screamed|screams|urged|urges|warned|warns)`;
const AFTER = new RegExp(String.raw`^[\s,—–-]*${VERB_AFTER}\s+${THING}(?![\p{L}])`, 'iu');
// The verbs a display shows its words by, before them ("read:", "reading", "that said", "emblazoned with").
const VERBS_BEFORE = ['read', 'reads', 'reading', 'said', 'says', 'saying', 'declared', 'declares', 'declaring', 'proclaimed', 'proclaims', 'proclaiming', 'bore', 'bearing', 'blared', 'screamed', 'emblazoned with'];
// The last words those verbs end in, for the cheap test before the expression.
const ENDS_BEFORE = [...new Set(VERBS_BEFORE.map((v) => v.split(' ').pop()!))];
// '... a sign at the gate read: "..."', 'banners reading "..."', 'a sign that said "..."': the display is the
// subject or head right before the verb, a phrase of place or an aside perhaps between.
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${DISPLAY})(?:\s+(?:at|on|in|outside|above|near|over|by)\s+(?:[\p{L}'’.-]+\s+){0,4}?)?\s*(?:,[^,"“]{0,60},\s*)?(?:(?:that|which)\s+)?(?:${VERBS_BEFORE.join('|').replace(/ /gu, String.raw`\s+`)})\s*[:,]?\s*$`, 'iu');
// The display as the object of a verb of writing or putting up, right before it (`added the caption which
// reads`, `posted a sign saying`): its words are the writer's, the sentence's subject, not the thing's.
const AUTHORED = /\b(?:wrote|writes|written|write|writing|added|adds|add|adding|posted|posts|post|posting)\s+(?:the|a|an|his|her|its|their|our|this|that|one|another)\s+(?:(?!(?:the|a|an|on|in|at|under|over|with|to|of|by|for|from|beneath|below|above)\s)[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Whether `before`, the words up to a quote, ends with a displayed thing and its verb of reading or saying, so
 * that the quote is the thing's text ('A placard outside the court read: "..."', 'a banner reading "..."',
 * 'held up a sign that said "..."'); not when the sentence's subject wrote or posted the thing.
 */
export function displayBefore(before: string): boolean {
  const tail = before.slice(-160);
  if (!mayEndWith(tail, ',:', ENDS_BEFORE)) return false;
  const m = BEFORE.exec(tail);
  if (!m) return false;
  const noun = m.index + m[0].indexOf(m[1]!);
  return !AUTHORED.test(tail.slice(0, noun));
}

/**
 * Whether the quotation at `span` is the words a displayed thing shows: credited after it to one
 * ('"WELCOME," read a hand-painted sign at the station', '"...," said a banner'), or introduced by one
 * (`displayBefore`). Such words speak for no person, and a quote opening its paragraph with them does not go
 * on with the speaker of the paragraph before.
 */
export function displayedWords(text: string, span: QuoteSpan): boolean {
  if (span.closed && AFTER.test(text.slice(span.close + 1, span.close + 120))) return true;
  return displayBefore(text.slice(Math.max(0, span.open - 160), span.open));
}
