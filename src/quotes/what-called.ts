/**
 * "Matsuno declined to comment on what he called "...."", "Ban condemned what he termed a "...."": the quote
 * after "what <someone> called" is the words of that someone, not a label the writer gives; so after a relative
 * pronoun ("a rival that Jane Roe called "..."", "a loss, which Jane Roe called "...""). Other labels
 * ("so-called", "which critics call", "dubbed") stay unattributed as before. A role may stand before the name
 * ("what aide Jane Roe called") and words set off by commas after it ("what Jane Roe, the party's treasurer,
 * called").
 */
const WHAT_CALLED =
  /\b(?:what|which|whom|that)\s+(?:(?:[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}]))?(he|she|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?:,[^,;:"“”]{1,80},)?\s+(?:has\s+|had\s+|once\s+|later\s+|then\s+)?(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labell?ed|labels)\s+(?:(?:a|an|the|its|his|her|their|this|that|an?\s+[\p{Ll}]+)\s+)?["“‘']?\s*$/u;

// "Norway had unveiled what it called a "...."": "it" (or "they") is the named subject of the verb whose object
// "what" is, the one clause holding both. Past tense only: "Russia continues what it calls "..."" is the
// writer holding a body's standing term at a distance, a label, not words it said.
const WHAT_IT_CALLED =
  /(?<![\p{L}'’.-])((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:has\s+|had\s+|have\s+|also\s+)?[\p{Ll}]+(?:ed|s)\s+what\s+(?:it|they)\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|their|this|that)\s+)?["“‘']?\s*$/u;

// "An editorial said ... and criticised what it called "..."": a second verb of the sentence's subject, "it"
// being that subject; read as the pronoun, resolved as any "it" that speaks is.
const AND_WHAT_IT_CALLED =
  /\b(?:and|but)\s+(?:also\s+|then\s+)?[\p{Ll}]+ed\s+what\s+(it)\s+(?:called|termed|dubbed|described\s+as)\s+(?:(?:a|an|the|its|this|that)\s+)?["“‘']?\s*$/u;

const NAMING_STEM = /call|term|dub|label|describ/u;

/** The one who called it (a pronoun or a capitalised name), when `before` (the words just before the quote) ends in "what X called"; null otherwise. */
export function whatCalledSubject(before: string): string | null {
  // (Both patterns end in a naming verb just before the quote: most quotes have none, and skip the patterns.)
  if (!NAMING_STEM.test(before.slice(-40))) return null;
  const named = WHAT_CALLED.exec(before)?.[1];
  if (named) return named;
  const subject = WHAT_IT_CALLED.exec(before)?.[1];
  if (subject && !/^(?:The|A|An|This|That|It|They|He|She|We|I)$/u.test(subject)) return subject.replace(/^(?:The|But|And|Then)\s+/u, '');
  return AND_WHAT_IT_CALLED.exec(before)?.[1] ?? null;
}
