/**
 * A quote standing as a sentence of its own, credited by the next sentence taking its words up: `"Nobody will
 * stop us." With these words the foreign minister, Jane Roe, answered the question.` The subject of the next
 * sentence spoke the words "these words" point back to.
 */

// "With these words" (or "those", "such"; "remarks", "phrase"), then the subject, then its verb in the past tense.
const TAKEN_UP = /^\s*With\s+(?:these|those|such|this|that)\s+(?:words|remarks|phrase|sentence)\s*,?\s+((?:[^,.;:!?_"“”«»]+?)(?:,\s+[^,.;:!?_"“”«»]+?,?)?)\s+(?:also\s+|then\s+)?(?:[\p{Ll}]{3,}ed|said|told|spoke|wrote|put\s+it)\b/u;

/**
 * The speaker phrase and its role when `next` (the sentence after the quote's, quotes masked) opens by taking
 * up the quote's words: `With these words the minister, Jane Roe, replied` gives "Jane Roe" and "the minister".
 */
export function wordsTakenUpBy(next: string): { name: string; role: string | null } | null {
  const m = TAKEN_UP.exec(next);
  if (!m) return null;
  const subject = m[1]!.replace(/,\s*$/u, '').trim();
  // A description set off before the name: "the Russian Foreign Minister, Serguei Lavrov".
  const comma = subject.indexOf(',');
  if (comma < 0) return { name: subject, role: null };
  const name = subject.slice(comma + 1).trim();
  return /^[\p{Lu}]/u.test(name) ? { name, role: subject.slice(0, comma).trim() } : null;
}
