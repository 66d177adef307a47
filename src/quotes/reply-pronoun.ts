/**
 * A reply credited to a pronoun, right after a quote of someone else's in the paragraph: `"You saved my life,"
 * Ada Croft told her. "I only did my job," she replied.` One who replies answers another, so the "she" who
 * replies is not the one who spoke the words just before, whatever the pronoun's reading gave. When that
 * reading gave the reply to the speaker of the quote before, it is taken back and the reply left to no one
 * (the one replying is most often the one told, whom the sentence before gives only as "her").
 */
import type { QuoteRecord } from './quote-record.ts';

// A verb of replying after the quote, with "he" or "she" as its subject: `"...," she replied.`, `"...?" he shot back`.
const REPLY_AFTER = /^[\s,.!?…'’"”]*(?:he|she)\s+(?:[\p{Ll}]+ly\s+)?(?:replied|replies|answered|answers|retorted|retorts|responded|responds|countered|counters|shot\s+back|fired\s+back|hit\s+back|snapped\s+back|came\s+back)\b/u;
// The same verb before the quote, opening its sentence: `She replied: "..."`, `He answered, "..."`.
const REPLY_BEFORE = /^\s*(?:He|She)\s+(?:[\p{Ll}]+ly\s+)?(?:replied|answered|retorted|responded|countered|shot\s+back|fired\s+back|hit\s+back|snapped\s+back)\s*[:,]?\s*$/u;

// A name's credit standing as a sentence of its own after a quote that ends on "?" or "!": ` Croft asked her. `.
const SPLIT_CREDIT = /^\s*(?!(?:He|She|They|It|I|We)\s)[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:asked|said|told|added|pressed|demanded|wondered|shouted|called)\b[^.!?"“”]{0,40}[.!?]\s*$/u;

/** Takes back a pronoun's reply from the speaker of the quote right before it in the paragraph (see above). */
export function uncreditReplyToSelf(text: string, records: readonly QuoteRecord[]): void {
  for (let i = 1; i < records.length; i++) {
    const r = records[i]!;
    const prev = records[i - 1]!;
    if (!r.local || !r.path?.startsWith('pronoun') || prev.local !== r.local || prev.sentenceStart === r.sentenceStart) continue;
    // (Only the sentence right after the quote's, or after the name's credit that a question mark split off from
    // it: "She was asked about the cost." between them is put to her.)
    const gap = text.slice(prev.sentenceStart + prev.quote.sentence.length, r.sentenceStart);
    if (gap.trim() !== '' && !SPLIT_CREDIT.test(gap)) continue;
    const after = text.slice(r.span.close + 1, r.sentenceStart + r.quote.sentence.length);
    const before = text.slice(Math.max(r.sentenceStart, 0), r.span.open);
    if (!REPLY_AFTER.test(after) && !REPLY_BEFORE.test(before)) continue;
    r.local = null;
    r.attributedRole = null;
    r.own = true;
    r.path = 'a reply to the one just quoted: not that one';
  }
}
