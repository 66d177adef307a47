/** Words a thing displays (a sign, a banner, a headline): shown, not spoken, they are no person's words. */
import type { QuoteSpan } from './attribution.ts';

// Things that carry written words. Said of them, "read" and "say" report what is written on them.
const DISPLAY = String.raw`(?:signs?|signboards?|banners?|headlines?|placards?|captions?|posters?|billboards?|notices?|plaques?|inscriptions?|slogans?|graffiti|t-shirts?|shirts?|stickers?|leaflets?|flyers?|chyrons?|tickers?|straplines?|subtitles?|front pages?|screens?|murals?|hoardings?|scoreboards?|noticeboards?)`;
// A determiner, then up to four words before the display's noun ("a hand-painted sign", "the Sun's front page").
const THING = String.raw`(?:the|a|an|one|another|its|his|her|their|our|this|that|these|those|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,4}?${DISPLAY}`;
const VERB_AFTER = String.raw`(?:read|reads|reading|said|says|proclaimed|proclaims|declared|declares|announced|announces|screamed|screams|urged|urges|warned|warns)`;
const AFTER = new RegExp(String.raw`^[\s,—–-]*${VERB_AFTER}\s+${THING}(?![\p{L}])`, 'iu');
// '... a sign read: "..."', 'banners reading "..."': the display is the subject or head right before the verb.
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${DISPLAY}(?:\s+(?:at|on|in|outside|above|near|over|by)\s+(?:[\p{L}'’.-]+\s+){0,4}?)?\s*(?:,[^,"“]{0,60},\s*)?(?:read|reads|reading|said|says|saying)\s*[:,]?\s*$`, 'iu');

/**
 * Whether the quotation at `span` is the words a displayed thing shows: credited after it to one
 * ('"WELCOME," read a hand-painted sign at the station', '"...," said a banner'), or introduced by one
 * ('A sign at the gate read: "..."', 'banners reading "..."'). Such words speak for no person, and a quote
 * opening its paragraph with them does not go on with the speaker of the paragraph before.
 */
export function displayedWords(text: string, span: QuoteSpan): boolean {
  if (span.closed && AFTER.test(text.slice(span.close + 1, span.close + 120))) return true;
  return BEFORE.test(text.slice(Math.max(0, span.open - 160), span.open));
}
