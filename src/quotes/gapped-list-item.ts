/**
 * A quote in a list that shares one verb of saying among several speakers, the verb said once and left out after
 * ("gapped"): `NAME called it "a triumph", NAME2 "a bore" and NAME3 "too long"`, `One judge, NAME, called it "x";
 * the other, NAME2, "y"`, `NAME described it as "x", her husband, NAME2, as "y"`. The first quote is the verb's
 * subject's; each later one is the one named right before it, who stands where the subject would, not the first
 * speaker's again. Read from the stretch between the two quotes: nothing there but a joining word, a short
 * description set off by commas and a person's name (and "as"), with no verb of its own.
 */
import type { DocumentSpeakers } from './document-speakers.ts';
import type { LocalSpeaker } from './local-speaker.ts';
import type { QuoteRecord } from './quote-record.ts';

// (The closing mark and punctuation of the quote before, then an optional joining word, an optional description
// opened by a determiner ("the other,", "her husband,", "his rival"), the name, and an optional "as" before the
// next opening mark.)
const GAPPED = /^[\s"”’'.,;:)]*(?:(?:and|but|while|whereas|or)\s+)?(?:((?:the|his|her|their|its|a|an|one|another)\s+(?:[\p{Ll}][\p{L}'’-]*\s+){0,2}?[\p{Ll}][\p{L}'’-]*)\s*,?\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+)\s*,?\s*(?:as\s+)?[\s"“‘']*$/u;
// (Words that open with a capital and name no one: a day or a month standing between two quotes.)
const NOT_A_PERSON = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr)\.?$/u;

/** The name and the description set before it, when `between` (text between two quotes of one sentence) is a gapped item. */
export function gappedItem(between: string): { name: string; role: string | null } | null {
  const m = GAPPED.exec(between.replace(/\s+/gu, ' '));
  if (!m) return null;
  // (A capitalised joining word or determiner is the sentence's, not a name: "And", "The".)
  if (/^(?:And|But|While|Or|The|His|Her|Their|Its|A|An|One|Another|As)\b/u.test(m[2]!)) return null;
  return { name: m[2]!, role: m[1] ?? null };
}

// The verb the list shares, close before its first quote: one of saying or of judging by a word ("called it",
// "described the fire as", "said"). (Without it, `Kim invited Putin to visit "at a convenient time", and Putin
// "accepted ..."` is a clause whose verb the quote itself holds, no list.)
const SHARED_VERB = /\b(?:said|says|called|calls|described|describes|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms|deemed|thought|found|judged|rated)\b[^"“”]{0,60}$/u;

const nameWords = (s: LocalSpeaker): Set<string> => new Set(s.names.flatMap((n) => n.toLowerCase().split(/[\s-]+/u)));

/**
 * Gives each quote of `records` that a gapped item introduces (see above) to the one named in it, when that is a
 * person's full name or a person's name the document knows: never to the speaker of the quote before, whose verb it shares.
 */
export function creditGappedItems(text: string, records: readonly QuoteRecord[], ds: DocumentSpeakers, paragraph: number): void {
  const first = records.map((r) => r.local);
  for (let i = 1; i < records.length; i++) {
    const r = records[i]!;
    const speaker = first[i];
    if (!speaker) continue;
    // The quote before in the same sentence, credited to the same speaker.
    const before = records[i - 1]!;
    if (before.sentenceStart !== r.sentenceStart || first[i - 1] !== speaker) continue;
    // (The verb stands before the list's first quote: "NAME called it "x", NAME2 "y" and NAME3 "z"".)
    let head = i - 1;
    while (head > 0 && records[head - 1]!.sentenceStart === r.sentenceStart && first[head - 1] === speaker) head--;
    if (!SHARED_VERB.test(text.slice(Math.max(r.sentenceStart, 0), records[head]!.span.open))) continue;
    // (A quote before that opens on a capital and closes on a comma is a sentence the speaker goes on with, split
    // around its own subject: `NAME2 said, "Instead of reassuring us," Obama "opted for a takedown."`; no list.)
    const was = text.slice(before.span.open + 1, before.span.close);
    if (/^[\p{Lu}]/u.test(was) && /,\s*$/u.test(was) && /^[\p{Ll}]/u.test(text.slice(r.span.open + 1, r.span.close))) continue;
    const item = gappedItem(text.slice(before.span.close + 1, r.span.open));
    if (!item) continue;
    // (The speaker named again is still the speaker: `NAME called it "x", NAME "y"` is no list of others.)
    const words = item.name.toLowerCase().split(/[\s-]+/u);
    const own = nameWords(speaker);
    if (words.some((w) => own.has(w))) continue;
    // (A single word is taken only when the document already knows it as a person's name: a surname used again.)
    if (words.length < 2 && (NOT_A_PERSON.test(item.name) || !ds.personUnderName(item.name))) continue;
    const local = words.length >= 2 || ds.personUnderName(item.name) ? ds.resolve({ type: 'name', name: item.name, role: null, kind: 'person' }, paragraph, item.role, true) : null;
    r.local = local;
    r.attributedRole = local ? item.role : null;
    r.own = true;
    r.path = local ? 'gapped list item: the one named before it' : 'gapped list item: not the speaker before';
  }
}
