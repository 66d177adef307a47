/**
 * `"A storm," Varga liked to say, "makes you strong," Brek recalled.`: one sentence of quoted words split by the
 * credit of its speaker. The second piece opens in lowercase and goes on with the first, which ends on a comma,
 * so it is the same speaker's, whatever credit follows it: that one only passes the words on (recalls them,
 * reports them). Only when nothing but the credit stands between the pieces (no "and" opening a clause of its own).
 */
import type { QuoteRecord } from './quote-record.ts';

// The credit between the pieces: a comma, a few words with a verb of saying, a comma; no clause of its own.
const MID_CREDIT = /^\s*,?\s*(?![Aa]nd\b|[Bb]ut\b|[Oo]r\b|[Yy]et\b|[Ww]hile\b)[^"“”‘’.!?;:]{2,80}?\b(?:said|says|say|saying|put\s+it|puts\s+it|added|adds|went\s+on|goes\s+on|continued|continues|wrote|writes|insisted|insists|argued|argues|warned|warns|explained|explains|told\s+[^,]{1,40}|tells\s+[^,]{1,40})\s*,\s*$/u;

// Or inverted: `, said Tomas Brek, `.
const INVERTED_CREDIT = /^\s*,?\s*(?:said|says|added|adds|wrote|writes|continued|insisted|argued|warned|explained)\s+[^"“”‘’.!?;:,]{2,60}(?:,\s+(?:a|an|the)\s[^"“”‘’.!?;:,]{2,60})?,\s*$/u;
// Another clause between the pieces: `, Brek said, and Varga added, `.
const CLAUSE_OF_ITS_OWN = /,\s+(?:and|but|or|yet|while|when|before|after|as)\s/u;

/** Gives each second piece of a split sentence its first piece's speaker (see above). */
export function creditSplitSentence(text: string, records: readonly QuoteRecord[]): void {
  for (let i = 1; i < records.length; i++) {
    const a = records[i - 1]!;
    const b = records[i]!;
    if (!a.local || b.local === a.local || !a.span.closed) continue;
    // The first piece ends on a comma inside or right after its closing mark.
    const innerEnd = text.slice(a.span.start, a.span.close).replace(/[\s'’"”]+$/u, '');
    const between = text.slice(a.span.close + 1, b.span.open);
    if (!innerEnd.endsWith(',') && !/^\s*,/u.test(between)) continue;
    if (!(MID_CREDIT.test(between) || INVERTED_CREDIT.test(between)) || CLAUSE_OF_ITS_OWN.test(between)) continue;
    // (Not a piece opening with a conjunction: "and we will," someone else added, may be another's.)
    if (/^(?:and|but|or|yet)\b/u.test(text.slice(b.span.start, b.span.start + 4))) continue;
    // The second piece goes on with the sentence: it opens in lowercase.
    if (!/^[\p{Ll}]/u.test(text.slice(b.span.start, b.span.start + 1))) continue;
    b.local = a.local;
    b.attributedRole = a.attributedRole;
    b.own = true;
    b.path = 'the second piece of a sentence its credit split';
  }
}
