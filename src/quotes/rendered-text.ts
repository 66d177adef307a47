/**
 * Words the sentence's subject only gave in a translation or transcript: `NAME posted the translation: "..."`,
 * `NAME shared a transcript of the call: "..."`, `The ministry published an English rendering: "..."`. A translation
 * or transcript renders what someone else said (the toast, the speech, the call of the sentences before), so the
 * one who posted it is not the speaker; the grammar alone cannot tell whose words they were, and a wrong speaker is
 * worse than none, so nobody is credited.
 */

// A verb of giving out a text, its object a translation or transcript, running up to the quote through no stop (a
// colon only at its very end) and no other quote.
const RENDERED = /\b(?:posted|posts|posting|shared|shares|sharing|published|publishes|publishing|released|releases|circulated|circulates|provided|provides|offered|offers|supplied|supplies|gave|gives|read\s+out|reads\s+out)\s+(?:(?:a|an|the|this|that|his|her|their|its|one)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:translation|translations|transcript|transcripts|transcription|rendering|subtitles)\b([^;:.!?"“”_]{0,140}):?\s*,?\s*$/u;

// The subject's own words after all: the translation or transcript of its own speech ("a transcript of his remarks",
// "the translation of her own post"), or a verb of its own after the object ("and wrote:", ", adding:").
const OWN_SPEECH = /\b(?:of|from)\s+(?:his|her|their|its|my|our)\b/u;
const OWN_VERB_AFTER = /(?:,\s*|\band\s+|\bthen\s+)(?:(?:also|later|simply)\s+)?(?:wrote|writes|writing|said|says|added|adds|adding|commented|comments|commenting|replied|asked|told|noted|noting)\b/u;

/**
 * Whether the words before a quote in its sentence (`before`, other quotes blanked) show the quote as a translation
 * or transcript the subject only gave out (`NAME posted the translation: `), not the subject's own words.
 */
export function renderedText(before: string): boolean {
  return renderingVerbAt(before) >= 0;
}

/** Where, in `before`, the verb giving out a translation or transcript stands (as `renderedText` reads it); -1 if nowhere. */
export function renderingVerbAt(before: string): number {
  const m = RENDERED.exec(before);
  if (!m) return -1;
  const tail = m[1]!;
  if (OWN_SPEECH.test(tail) || OWN_VERB_AFTER.test(tail)) return -1;
  return m.index;
}
