/**
 * A person brought in only as the sender or author of words the sentence mentions: "There's a line going around
 * from Jane Roe at the ministry.", "In the drawer was a letter from Jane Roe." The "He said" or "She wrote" right
 * after it means that sender, as it would the subject of the sentence.
 */

// An article, up to two lowercase modifiers, a noun of words sent or said, perhaps "going around", then "from" and
// a name of two to four capitalised words (a full name: a lone capitalised word after "from" is as often a place).
const SENT_FROM = /\b(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:line|letter|message|note|quote|text|e-?mail|postcard|telegram|memo|voicemail|card)\s+(?:(?:going\s+(?:a)?round|doing\s+the\s+rounds|circulating)\s+)?from\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=[\s,.;:!?]|$)/u;

// What may follow the name and name no one else: a place or a body after "at", "in", "of" or "on", then the end.
const PLACE_TAIL = /^(?:\s+(?:at|in|on|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s*){1,4})?(?:\s+(?:that|which)\s+[^A-Z]*|\s+[\p{Ll}][^A-Z]*)?[.!?]?\s*$/u;

/**
 * The full name of the one a sentence brings in only as the sender of a line, letter or message ("a line from
 * Jane Roe"), when it is the only person the sentence may name: no capitalised word before it past the first,
 * nothing capitalised after it but a place or body after "at", "in", "of" or "on". Null otherwise.
 */
export function senderNamed(sentence: string): string | null {
  const m = SENT_FROM.exec(sentence);
  if (!m) return null;
  // (One capitalised word before it past the sentence's first may be another person, who sent or read it.)
  const lead = sentence.trimStart();
  const before = lead.slice(0, Math.max(0, lead.indexOf(m[0])));
  if (/\s[\p{Lu}]/u.test(before) || /\b(?:I|we|he|she|they|his|her|their|my|our)\b/iu.test(before.replace(/^\S+/u, ''))) return null;
  if (!PLACE_TAIL.test(sentence.slice(m.index + m[0].length))) return null;
  return m[1]!;
}
