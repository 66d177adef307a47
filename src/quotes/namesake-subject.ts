/**
 * A second person of a name already used, brought in by a description that repeats the surname and then the
 * full name set off: `A second Lund, Maria Lund of the port authority, was more upbeat.`, `Another Svensson,
 * Erik Svensson, told ...`. The bare surname in the description is the earlier person's, named only to set the
 * new one apart; the subject is the full name after it.
 */

const NAMESAKE = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?(?:A|An|Another|The)\s+(?:(?:second|third|fourth|other|another|younger|older|elder|different|new)\s+)?([\p{Lu}][\p{L}'’-]+),\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:]{0,60})?,\s+[\p{Ll}]/u;

/** The full name a namesake description gives at the opening of `sentence`, when the name holds its surname; or null. */
export function namesakeName(sentence: string): string | null {
  const m = NAMESAKE.exec(sentence);
  if (!m) return null;
  const surname = m[1]!;
  const name = m[2]!;
  // The words set off must repeat the surname, first (a family name first) or last: "Park Sun-hee", "Maria Lund".
  const words = name.split(/\s+/u);
  if (words[0] !== surname && words[words.length - 1] !== surname) return null;
  return name;
}
