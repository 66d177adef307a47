/**
 * A town set off after the place a fronted phrase names, then a person's name set off in turn: "At the University
 * of Vell, Dorne, Professor Ada Brill, who teaches history, said ...". Universities, hospitals and works are written
 * with their town after a comma; the one capitalised word there closes the fronted phrase, and the name set off
 * after it is the verb's subject. The grammar, reading the first word after the phrase as the subject and the name
 * as its apposition, would credit the town.
 */

// A fronted phrase of place up to its comma, the whole of what stands before the town.
const FRONTED_PLACE = /^\s*(?:(?:But|And|Meanwhile|Back|Over|Down|Up)\s+)?(?:At|In|From|Inside|Outside|Near|Across|Across\s+town\s+at)\s+[^,;:_"“”]{2,80},\s*$/u;
// A name of two to four capitalised words (a title among them, "Professor Ada Brill"), alone or set off by a comma
// before what it says of the person ("who teaches history", "a historian").
const SET_OFF_NAME = /^((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+)(?:,\s+\S.*)?$/su;

/**
 * The person's name to credit when the grammar's subject `phrase` is one capitalised word the document does not
 * know (`knows`), standing right after a fronted phrase of place and its comma in `before` (the sentence up to the
 * quote), and its apposition `role` opens on a name of two words or more; null otherwise. (Not a possessive, "Ada
 * Brill's lawyer", nor a list, "Ada Brill and Ivo Lind": no one name set off.)
 */
export function nameAfterFrontedTown(before: string, phrase: string, role: string, knows: (name: string) => boolean): string | null {
  if (!/^[\p{Lu}][\p{Ll}'’-]+$/u.test(phrase) || knows(phrase)) return null;
  const at = before.indexOf(`${phrase}, `);
  if (at < 0 || !FRONTED_PLACE.test(before.slice(0, at))) return null;
  const m = SET_OFF_NAME.exec(role.trim());
  if (!m || /['’]s\b/u.test(m[1]!) || /\s(?:and|or|&)\s/u.test(m[1]!)) return null;
  return m[1]!;
}
