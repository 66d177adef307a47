/**
 * `The chair, Ms. Jane Roe (no relation), noted that ... "..."`: a parenthesis that only says the person is no kin
 * of a namesake stands between the name and its verb; read as blank, the subject reaches its verb as it would
 * without it. (Who is kin of whom is read from the text itself, not from this reading.)
 */

const RELATION_ASIDE = /\s*\((?:no|not)\s+(?:relation|related|kin)\b[^()"“”]{0,60}\)/giu;

/** `text` with each "(no relation ...)" parenthesis read as spaces, offsets kept. */
export function blankRelationAsides(text: string): string {
  if (!text.includes('(no') && !text.includes('(not')) return text;
  return text.replace(RELATION_ASIDE, (m) => ' '.repeat(m.length));
}
