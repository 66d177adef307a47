/**
 * A quote that another subject's verb of saying introduces right before it, inside a sentence a pronoun
 * opens: `He said, "..." - at which point the audience shouted "..." - "..."`. The middle quote is the crowd's,
 * not the pronoun's, even where the engine cannot tell who the crowd is: its credit from the pronoun is taken
 * back and it is left to no one. (Not the object of his own verb before his next one: "he turned to the reporters and said".)
 */
import type { QuoteRecord } from './quote-record.ts';

const OTHER_SUBJECT_VERB = /(?:^|[\s,;:—–-])(?<!\b(?:and|or|nor|of|with|plus)\s)(?:the|a|an|one|another|some|several)\s+(?:(?!(?:and|or|but|then|to|who|which|that|he|she|they|it)\s)[\p{Ll}-]+\s+){0,3}?(?:chanted|shouted|yelled|cried|screamed|sang|roared|replied|responded|interjected|asked|said|says|added|called\s+out)\s*[,:]?\s*$/u;

/** Takes back the pronoun's credit from each quote of `records` another subject's verb introduces (see above). */
export function uncreditOtherSubject(text: string, records: readonly QuoteRecord[]): void {
  for (const r of records) {
    if (!r.local || !r.path?.startsWith('pronoun')) continue;
    const before = text.slice(Math.max(r.sentenceStart, 0), r.span.open);
    if (!OTHER_SUBJECT_VERB.test(before)) continue;
    r.local = null;
    r.attributedRole = null;
    r.own = true;
    r.path = 'another subject says it right before: no one';
  }
}
