/**
 * A credit after the quote whose subject is a description with a relative clause, the name set off at the very end:
 * `"...," said the man who had run the ministry for a decade, Ferenc Roe.` The name closing the sentence is the
 * described one's, unless the clause ends on a person's role the name may be apposed to ("after a row with the
 * minister, NAME": the minister's name, not the speaker's).
 */
import { isRoleNoun } from './speaker-phrases.ts';

// ', said the NOUN who/that ..., NAME[, AGE].' closing the sentence; the clause holds no quotation mark.
// (The clause may open on an aside, "who, for twenty years, had typed ...".)
const SAID_WHO_NAME = /^\s*,?\s*said\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{3,})\s+(?:who|that),?\s+([^"“”;:]{3,200}?),\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)(?:,\s+\d{1,3})?\s*\.\s*$/u;

/** The name closing `after` (a quote's sentence after its closing mark) that a "said the man who ..., NAME" credit gives, or null. */
export function nameAfterRelativeCredit(after: string): { name: string; noun: string } | null {
  const m = SAID_WHO_NAME.exec(after);
  // (The head is a person's noun: "the man", "the engineer"; never "the plan that ...".)
  if (!m || !(/^(?:man|woman|person)$/u.test(m[1]!) || isRoleNoun(m[1]!))) return null;
  const last = m[2]!.split(/\s+/u).at(-1)!;
  // (A clause ending on a role, "... a row with the minister", gives the name to that role.)
  if (/^[\p{Ll}-]+$/u.test(last) && isRoleNoun(last)) return null;
  return { name: m[3]!, noun: m[1]! };
}
