/**
 * `Tarvo's final view was simple. "...," he said.`: a sentence that opens on a person's possessive before a noun
 * for what that person thinks or says ("view", "verdict", "answer", "last word") puts that person forward as
 * the one about to speak, as surely as "Tarvo was blunt." would. A pronoun after it may mean that person, so
 * someone quoted further back is no safe answer for it.
 */

// Nouns for a person's own opinion or words; not things a person merely owns or undergoes ("visit", "health").
const VERDICT_NOUN = String.raw`(?:view|views|verdict|answer|reply|response|reaction|assessment|judg(?:e)?ment|conclusion|advice|message|take|explanation|prediction|forecast|warning|word|words|comment|comments|point|argument|case|diagnosis|prescription|recommendation|summary|outlook)`;
// A name (one to four capitalised words) in the possessive, up to two modifiers, the noun, perhaps what it is
// about ("verdict on the plan"), then a verb.
const OPENING = new RegExp(
  String.raw`^\s*(?:(?:But|And|Yet|Still),?\s+)?((?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?${VERDICT_NOUN}(?:\s+(?:on|of|about|to|for)\s+[^,;:.]{1,60}?)?\s+(?:was|is|were|are|came|comes|remained|remains|seemed|sounded)\b`,
  'u',
);

/** The name whose possessive opens `sentence` (quotes masked) before a noun of opinion or speech and its verb, or null. */
export function ownedVerdictOpening(sentence: string): string | null {
  return OPENING.exec(sentence)?.[1] ?? null;
}
