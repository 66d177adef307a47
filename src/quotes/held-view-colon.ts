/**
 * `As for the folder, the stylist has a theory: "..."`, `Omar Lund had a simple explanation: "..."`: a subject who
 * has (had) a theory, an explanation, an answer or a warning, then the colon, voices the words after it, as one
 * who "was blunt:" does. Not when the thing held came from someone else ("had a warning from the mayor:"), nor a
 * thing that may be another's words (a message, a letter, a note), which is left out of the nouns.
 */
// Lead-ins and a fronted phrase set off by a comma: "But", "As for the folder,", "On the budget,".
const LEAD = String.raw`(?:(?:But|And|Still|Yet|So)\s+|(?:As\s+for|In|At|On|After|For|Asked\s+about)\s[^,:;_"“”]{1,50},\s+)?`;
// A capitalised name of up to four words, a description opening on an article or a possessive, or "he"/"she".
const SUBJECT = String.raw`((?:[\p{Lu}][\p{L}'’-]*\.?\s+){0,3}[\p{Lu}][\p{L}'’-]*|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|[Hh]e|[Ss]he)`;
// What is held: words of one's own view, perhaps with one or two words before ("a simple explanation") and what it
// is for or about ("a warning for buyers").
const HELD = String.raw`\s+(?:also\s+|still\s+|now\s+)?(?:has|had)\s+(?:a|an|one|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:theory|explanation|answer|warning|prediction|suggestion|verdict|retort|question|piece\s+of\s+advice|word\s+of\s+(?:advice|caution|warning))(?:\s+(?:for|about|on)\s+[^:;_"“”]{1,50}?)?\s*:\s*$`;
const HELD_VIEW = new RegExp(String.raw`^\s*${LEAD}${SUBJECT}${HELD}`, 'u');

/**
 * The subject of a clause before the colon closing `before` (the quote's sentence up to its opening mark) that only
 * says the subject has a view of its own to give ("the stylist", "Omar Lund", "she" of `... has a theory:`), or null.
 */
export function heldViewSubject(before: string): string | null {
  const m = HELD_VIEW.exec(before);
  if (!m || /\bfrom\b/u.test(m[0])) return null;
  // (An article or a word opening sentences read as a one-word name is no subject: "The has ..." cannot be.)
  if (/^(?:The|A|An|This|That|It|There|Here|As|But|And)$/u.test(m[1]!)) return null;
  return m[1]!;
}
