/**
 * A document a body issued, credited on its own later in the paragraph: "In a report released on Monday, the
 * Harbour Watch Council said ... The report adds that ... '...,' the report says." The report speaks in its
 * issuer's voice, as "the council's report" would: its words are the body's.
 */

// The kinds of document a body issues and a story goes on to quote by their noun alone.
const NOUN = String.raw`(?:report|study|survey|assessment|review|paper|statement|analysis|audit)`;
const VERB = String.raw`(?:says|said|adds|added|notes|noted|states|stated|concludes|concluded|warns|warned|argues|argued|finds|found)`;
// "..., the report says." after the quote.
const AFTER = new RegExp(String.raw`^\s*,?\s*the\s+(${NOUN})\s+${VERB}\b`, 'u');
// "The report adds that ..." opening the quote's sentence, the quote inside what it reports.
const BEFORE = new RegExp(String.raw`^\s*The\s+(${NOUN})\s+${VERB}\s+(?:that\s+)?[^"“”_;:]*$`, 'u');
const BODY = String.raw`((?:the\s+)?[\p{Lu}][\p{L}'’&.-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+)?[\p{Lu}][\p{L}'’&.-]*){0,6})`;

/** The noun of the document the quote's own sentence credits ("report"), before or after the quote, or null. */
export function creditedDocumentNoun(before: string, after: string): string | null {
  return AFTER.exec(after)?.[1] ?? BEFORE.exec(before)?.[1] ?? null;
}

/**
 * The body an earlier sentence says issued a document of that noun, reading `earlier` (the paragraph before the
 * quote's sentence): "In a report ..., BODY(, apposition,) said", "BODY said in a report", "a report by BODY".
 * Null unless exactly one body is so named.
 */
export function issuerOf(noun: string, earlier: string): string | null {
  const found = new Set<string>();
  const patterns = [
    new RegExp(String.raw`\b[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}${noun}\b[^.;"“”_]*?,\s+${BODY}(?:,[^,;"“”_]{1,80},)?\s+(?:said|says|wrote|warned|found|concluded)\b`, 'gu'),
    new RegExp(String.raw`${BODY}\s+(?:said|says|wrote|warned|found|concluded)\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}${noun}\b`, 'gu'),
    new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}${noun}\s+(?:by|from)\s+${BODY}`, 'gu'),
  ];
  for (const re of patterns) for (const m of earlier.matchAll(re)) found.add(m[1]!.replace(/^The\s/u, 'the '));
  return found.size === 1 ? [...found][0]! : null;
}
