/**
 * Words someone wrote, quoted as what the writing reads: `The mayor signs the guest book. The entry, in French,
 * reads: "..."`. The one the sentence before shows signing or writing in the book (card, register) wrote them;
 * when it shows no one, or more than one, no one is told.
 */

// "The entry reads:", "His dedication, in Korean, read:", "The message said:", right before the quote.
// (The book may be named after the noun, "The entry in the guest book read:", and a phrase of language or version
// set off after the verb: "The entry reads, in the Kremlin's translation:".)
const ENTRY_READS = /^\s*(?:The|His|Her|Their)\s+(?:entry|inscription|message|note|dedication)(?:\s+in\s+the\s+(?:[\p{L}'’-]+\s+){0,2}(?:book|register))?(?:\s*,[^,;:"“”_]{1,40},)?\s+(?:reads|read|says|said)(?:\s*,\s*(?:in|according\s+to)\s+[^,;:"“”_]{1,40}?)?\s*[:,]?\s*$/u;
// "Kim signs the visitors' book", "Roe wrote a message in the condolence book", "Roe left a note on the card",
// "Kim has written in the guest book".
const WRITES_IN = /(?:^|[\s,(])((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:signs|signed|has\s+signed|had\s+signed|is\s+signing|writes|wrote|has\s+written|had\s+written|is\s+writing|leaves|left|pens|penned)\s+(?:(?:(?:a|an)\s+(?:message|note|entry|dedication|inscription)\s+)?(?:in|on)\s+)?(?:the|a|an|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}(?:book|register|card|entry|dedication|inscription|message|note)\b/gu;

/**
 * The name of the one the sentence before (`previous`, quotes masked) shows writing, for a quote that `before`
 * (its own sentence up to the quote) introduces as what the writing reads; null unless exactly one is shown.
 */
export function entryWriter(before: string, previous: string | null): string | null {
  if (!previous || !ENTRY_READS.test(before)) return null;
  const writers = [...previous.matchAll(WRITES_IN)].map((m) => m[1]!);
  return writers.length === 1 ? writers[0]! : null;
}
