/**
 * Pull quotes and quote headings: a line of its own that shows a speaker's words before the story gives them
 * (`Analyst: "Russia is paying in technology"`, `### 11:20 - Analyst: "..."`, or the words alone) is credited to
 * whoever the story below credits with the same words, when one speaker does and a label on the line, if any,
 * fits them (a role they hold, or one of their names).
 */
import type { LocalSpeaker } from './local-speaker.ts';
import type { QuoteRecord } from './quote-record.ts';

/** How far below the line the story may give the words, in paragraphs. */
const REACH = 6;

/**
 * Credits each uncredited quote of `records` (one document's, in order; `texts[i]` the text of passage `i`)
 * that stands on a short line of its own to the one later quote's speaker whose words hold it.
 */
export function creditPullQuotes(records: readonly QuoteRecord[], texts: (passage: number) => string): void {
  for (const [i, r] of records.entries()) {
    if (r.local || r.quote.partial && !/^[\p{Lu}]/u.test(r.quote.quote)) continue;
    const text = texts(r.passage);
    // A line of its own: short, holding this quote only, a label at most before it and nothing after.
    if (text.length > 200 || r.span.close < 0 || /[\p{L}\p{N}]/u.test(text.slice(r.span.close + 1))) continue;
    const label = lineLabel(text.slice(0, r.span.open));
    if (label === null) continue;
    const words = normalised(r.quote.quote);
    if (words.split(' ').length < 3) continue;
    let found: LocalSpeaker | null = null;
    let several = false;
    for (let j = i + 1; j < records.length; j++) {
      const later = records[j]!;
      if (later.passage - r.passage > REACH) break;
      if (later.passage === r.passage || !later.local || !normalised(later.quote.quote).includes(words)) continue;
      if (found && found !== later.local) several = true;
      found = later.local;
    }
    if (!found || several || (label && !fits(label, found))) continue;
    r.local = found;
    r.own = true;
    r.path = 'pull quote: the same words credited below';
  }
}

/**
 * The label before a line's quote ("Analyst", "Kim Jong Un"), '' for none, or null when the words before the
 * quote are more than a heading's mark, a time and a label closed by a colon.
 */
function lineLabel(before: string): string | null {
  const rest = before.replace(/^\s*(?:#{1,6}\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[\p{Lu}]{2,4})?\s*[-–—:]\s*)?/u, '');
  if (rest.trim() === '') return '';
  const m = /^([\p{L}][\p{L}'’.\s-]{0,40}?)\s*:\s*$/u.exec(rest);
  return m ? m[1]!.trim() : null;
}

/** Whether a line's label fits the speaker: one of their names' words, or a role word they hold. */
function fits(label: string, s: LocalSpeaker): boolean {
  const words = label.toLowerCase().split(/\s+/u);
  const names = s.names.flatMap((n) => n.toLowerCase().split(/\s+/u));
  const roles = [...s.roles, ...s.mentionRoles].flatMap((n) => n.toLowerCase().split(/\s+/u));
  return words.every((w) => names.includes(w)) || (words.length === 1 && (roles.includes(words[0]!) || s.heads.has(words[0]!)));
}

function normalised(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/gu, ' ').trim();
}
