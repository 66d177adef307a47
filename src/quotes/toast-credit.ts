/**
 * A toast is spoken: `Kim raised a toast to "the sacred fight"`, `the mayor proposed a toast "to friendship"`,
 * `Roe toasted "our hosts"`. The quoted words are what the one who raised the glass said; the subject right
 * before the verb speaks.
 */

// The one toasted may own the words toasted ("raised a toast to Jane Roe's "good health"", "to his host's
// "long life""): the possessive says whose health, not whose words; the one who raised the glass speaks.
const TOAST = /(?:^|[\s,(])((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*|he|she)\s+(?:(?:raised|raises|proposed|proposes|offered|offers|made|makes|gave|gives)\s+(?:a|his|her|their)\s+toast(?:\s+(?:to|of))?|toasted|toasts)(?:\s+(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*|(?:his|her|their|the)\s+[\p{Ll}]+)['’]s?)?\s*$/u;

/** The name (or "he", "she") right before a verb of toasting that ends `before` (the sentence up to the quote, quotes masked), or null. */
export function toastSpeaker(before: string): string | null {
  return TOAST.exec(before)?.[1] ?? null;
}
