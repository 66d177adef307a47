/**
 * A sentence that gives each of several speakers a verb of saying before the quote: `NAME said "x", NAME2 said "y"
 * and a third said "z"`. The words between two quotes ("NAME2 said") introduce the second quote, not credit the
 * first one after it; the first is the one whose "NAME said" stands right before it.
 */
import type { DocumentSpeakers } from './document-speakers.ts';
import type { QuoteRecord } from './quote-record.ts';

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+`;
const VERB = String.raw`(?:said|says|told\s+(?:us|me|reporters)|added|replied|answered)`;
// Right before the first quote: the sentence's (or a clause's) subject, a name of two words or more, and its verb.
const OWN_BEFORE = new RegExp(String.raw`(?:^|[.;:,]\s+|\b(?:and|but|while)\s+|\s)(${NAME})\s+${VERB}\s*[,:]?\s*$`, 'u');
// Between the two quotes: another name and its verb, opening the second quote.
const NEXT_BEFORE = new RegExp(String.raw`^[\s"”’',]*(?:(?:and|but|while)\s+)?(${NAME})\s+${VERB}\s*[,:]?\s*[“"‘']?$`, 'u');

/** Gives the first of two quotes whose sentence sets "NAME said" before each to its own NAME (see above). */
export function creditSaidBeforeEach(text: string, records: readonly QuoteRecord[], ds: DocumentSpeakers, paragraph: number): void {
  for (let i = 0; i + 1 < records.length; i++) {
    const a = records[i]!;
    const b = records[i + 1]!;
    if (!a.local || a.local !== b.local || a.sentenceStart !== b.sentenceStart) continue;
    const next = NEXT_BEFORE.exec(text.slice(a.span.close + 1, b.span.open));
    const own = next ? OWN_BEFORE.exec(text.slice(Math.max(a.sentenceStart, 0), a.span.open)) : null;
    if (!next || !own || own[1] === next[1]) continue;
    // (Only when the second quote is the name's between them: the reading gave both to it.)
    const words = new Set(a.local.names.flatMap((n) => n.toLowerCase().split(/\s+/u)));
    if (!next[1]!.toLowerCase().split(/\s+/u).every((w) => words.has(w))) continue;
    a.local = ds.resolve({ type: 'name', name: own[1]!, role: null, kind: 'person' }, paragraph, null, true);
    a.attributedRole = null;
    a.own = true;
    a.path = 'said before each quote: the name before it';
  }
}
