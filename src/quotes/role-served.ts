/**
 * "Tomas Rell, a lawyer for the archivist of the X Archive": a noun after "for" or "to" in a role names the one the
 * holder serves (an aide to the minister, a lawyer for the archivist), not the holder. A later "the archivist" is
 * not the lawyer, though the lawyer's role holds the word.
 */

/**
 * Whether `head` stands in `role` only after a "for" or "to" that follows the role's own noun: the one served,
 * not the holder.
 */
export function headOnlyServed(role: string, head: string): boolean {
  const words = role.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const at = words.findIndex((w, i) => i > 0 && (w === 'for' || w === 'to'));
  if (at < 0) return false;
  const holds = (w: string): boolean => w === head || w === `${head}s`;
  return !words.slice(0, at).some(holds) && words.slice(at + 1).some(holds);
}
