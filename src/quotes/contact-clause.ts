/**
 * A contact clause after a described person: "a former Pentagon planner I spoke to this week", "an official we
 * interviewed in Seoul", "a diplomat whom I met last year". The clause says how the writer reached them; the
 * description is the words before it.
 */

// The writer as the subject of a relative clause, with or without a relative pronoun: "(whom) I spoke to",
// "(that) we interviewed", "I have known for years"; or someone else's, "a younger diplomat she mentored": the
// one described is still the words before it.
const CONTACT = /\s+(?:(?:whom?|that)\s+)?(?:I|we|he|she)\s+(?:(?:have|had|once|first|later|recently|also)\s+)*[\p{Ll}]+(?:\s|$).*$/u;

/** `description` without a contact clause after its head, or `description` as it was when it holds none. */
export function withoutContactClause(description: string): string {
  const m = CONTACT.exec(description);
  if (!m || m.index === 0) return description;
  const head = description.slice(0, m.index);
  // The words before must be a determiner and at least one more word: "A planner", not "A".
  return /^\S+\s+\S/u.test(head) ? head : description;
}
