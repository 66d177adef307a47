/**
 * A toast is spoken: `Kim raised a toast to "the sacred fight"`, `the mayor proposed a toast "to friendship"`,
 * `Roe toasted "our hosts"`. The quoted words are what the one who raised the glass said; the subject right
 * before the verb speaks.
 */

// The one toasted may own the words toasted ("raised a toast to Jane Roe's "good health"", "to his host's
// "long life""): the possessive says whose health, not whose words; the one who raised the glass speaks.
// (A glass raised to someone is a toast too: "Roe raised a glass to "our hosts"".)
const TOAST_VERB = String.raw`(?:(?:raised|raises|proposed|proposes|offered|offers|made|makes|gave|gives)\s+(?:a|his|her|their)\s+toast(?:\s+(?:to|of))?|(?:raised|raises|lifted|lifts)\s+(?:a|his|her|their)\s+glass(?:es)?\s+to|toasted|toasts)`;
// (An adverb of time or addition may stand between the one who raised the glass and the verb: "He also raised a
// toast to", "Roe later proposed a toast".)
const TOASTER = String.raw`(?:^|[\s,(])((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*|he|she)\s+(?:(?:also|later|then|again|once|first|too)\s+)?`;
const TOAST = new RegExp(String.raw`${TOASTER}${TOAST_VERB}(?:\s+(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*|(?:his|her|their|the)\s+[\p{Ll}]+)['’]s?)?\s*$`, 'u');
// The same toast goes on in a verb joined to it: `Roe raised a glass to "our hosts" and wished the mayor "long
// life"`: the second words quoted are the toast's too (the quote before masked, its marks kept).
const TOAST_AND_WISHED = new RegExp(String.raw`${TOASTER}${TOAST_VERB}\s*["“]_+[,.]?["”]\s+and\s+wished\s+(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*|him|her|them|(?:his|her|their|the)\s+[\p{Ll}]+)\s*$`, 'u');

// A participle of toasting set off after the clause of the sentence's own subject, a name or "he"/"she" opening
// it before its verb: `He went further at the dinner, toasting "..."`. The participle's understood subject is the
// main clause's, and a toast is spoken, so the words are that subject's, as after "toasted". (Only the opening
// subject and one plain clause: no other comma, quote or clause break between.)
const TOAST_PARTICIPLE = new RegExp(String.raw`^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*|He|She)\s+(?:(?:also|later|then|again|once|first)\s+)?[\p{Ll}]+(?:\s+[^,;:_"“”()]{1,60})?,\s+(?:toasting|(?:raising|lifting)\s+(?:a|his|her|their)\s+glass(?:es)?\s+to|(?:proposing|raising|offering)\s+(?:a|his|her|their)\s+toast\s+to)\s*$`, 'u');

/** The name (or "he", "she") right before a verb of toasting that ends `before` (the sentence up to the quote, quotes masked), or the subject of the clause a participle of toasting ends, or null. */
export function toastSpeaker(before: string): string | null {
  const m = TOAST.exec(before) ?? TOAST_AND_WISHED.exec(before);
  if (m) return m[1]!;
  // (A pronoun opening the sentence is written capitalised; read as the other subjects are, in lower case.)
  const p = TOAST_PARTICIPLE.exec(before)?.[1];
  return p ? (/^(?:He|She)$/u.test(p) ? p.toLowerCase() : p) : null;
}
