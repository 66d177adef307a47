/**
 * "Paula Grent, a professor of Russian": a capitalised word right after "of" or "in" (no article between) in a role
 * is the field the holder teaches or studies, a language or a people's name, not what the holder is. A later "the
 * Russian" is not the professor, though her role holds the word ("head of the Russian delegation", with its
 * article, still does).
 */

/** Whether `head` stands in `role` only as such a field: capitalised, right after "of" or "in". */
export function headOnlyTaught(role: string, head: string): boolean {
  const words = role.split(/[^\p{L}-]+/u).filter(Boolean);
  const holds = (w: string): boolean => w.toLowerCase() === head || w.toLowerCase() === `${head}s`;
  const at = words.map((w, i) => (holds(w) ? i : -1)).filter((i) => i >= 0);
  return at.length > 0 && at.every((i) => i > 0 && /^(?:of|in)$/u.test(words[i - 1]!) && /^[\p{Lu}]/u.test(words[i]!));
}
