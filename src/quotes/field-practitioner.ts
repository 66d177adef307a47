/**
 * "Daniel Roe, a professor of Russian history, ... '...,' the historian said": one who teaches or studies a field
 * is its practitioner, named by the field's stem and "-ian" or "-ist" ("history" → "historian", "economics" →
 * "economist", "biology" → "biologist"). Only a role of learning holds the field so (a professor, a lecturer, a
 * scholar, a researcher), not one who merely studies it as a student.
 */

// A noun of a role of learning, whose holder practises the field the role names.
const LEARNED = /\b(?:professor|lecturer|scholar|researcher|reader|teacher|fellow)\b/u;

/**
 * Whether `role` (as the text gave it) makes its holder what the description's head `head` names, by the field
 * the role holds: "a professor of Russian history" for "historian", "a lecturer in economics" for "economist".
 */
export function practisesField(role: string, head: string): boolean {
  const m = /^([\p{Ll}]{3,}?)(?:ian|ist)$/u.exec(head);
  if (!m) return false;
  const lower = role.toLowerCase();
  if (!LEARNED.test(lower)) return false;
  const words = lower.split(/[^\p{L}-]+/u);
  const stem = m[1]!;
  return words.includes(`${stem}y`) || words.includes(`${stem}ics`);
}
