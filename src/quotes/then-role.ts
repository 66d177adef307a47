/**
 * A role the text marks as held "then" ("then-defence minister NAME", "the then foreign minister"): the text is
 * told after the holder left it. A reading of the same title without the mark (the tagger may split "then-" off
 * the noun phrase it reads the title from) is that past title, not one held now.
 */

// "then-defence minister", "then defence minister", "the then-minister".
const THEN_MARK = /^(?:the\s+)?then(?:-|\s+)/iu;

/** The title a role marked "then" carries without the mark ("then-defence minister" → "defence minister"); else null. */
export function unmarkedThenRole(role: string): string | null {
  const m = THEN_MARK.exec(role.trim());
  if (!m) return null;
  const rest = role.trim().slice(m[0].length).trim();
  return rest === '' ? null : rest.toLowerCase();
}

/**
 * Whether `role` is only an unmarked reading of a title that one of `held` (a speaker's roles) gives as held
 * "then": the title without the mark, or its last words ("defence minister" or "minister" beside "then-defence
 * minister", as a title read before a name keeps its noun). Such a reading says nothing of a title held now.
 */
export function pastTitleUnmarked(role: string, held: readonly string[]): boolean {
  return held.some((h) => unmarkedReadingOf(role, h));
}

/** Whether `role` is the title `held` gives as held "then", without the mark or cut to its last words. */
export function unmarkedReadingOf(role: string, held: string): boolean {
  const bare = unmarkedThenRole(held);
  const r = role.trim().toLowerCase();
  return bare !== null && r !== '' && (bare === r || bare.endsWith(` ${r}`));
}
