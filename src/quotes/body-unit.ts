/**
 * "The Far Eastern branch of the state railway said ...": a part of a body (its branch, office, division),
 * placed by capitalised words of region or place and then "of the" and the body described in lowercase words,
 * is itself a body that speaks through statements. The reading of descriptions takes only short phrases with
 * lowercase words before their head; this one reads the longer ones of this shape.
 */
import { isKnownFirstName } from './first-names.ts';

// The parts of a body that speak in its name.
const UNIT = String.raw`(?:branch|division|office|unit|arm|wing|bureau|department|directorate|subsidiary|chapter|section|affiliate)`;
// Up to three words placing the unit, capitalised ("Far Eastern", "Moscow") or not ("regional"), then "of the"
// and up to four lowercase words ending on the body's head.
const BODY_UNIT = new RegExp(String.raw`^\s*(?:The|the)\s+((?:[\p{L}-]+\s+){1,3})(${UNIT})\s+of\s+the\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))[\s,.;:]*$`, 'u');

/**
 * The body a phrase like "the Far Eastern branch of the state railway" names, as the description of an
 * organisation, or null. `isBodyHead` tells whether the last word names a body ("railway", "ministry").
 */
export function bodyUnitPhrase(phrase: string, isBodyHead: (head: string) => boolean): { text: string; head: string } | null {
  const m = BODY_UNIT.exec(phrase);
  if (!m || !isBodyHead(m[4]!)) return null;
  const placing = m[1]!.trim().split(/\s+/u);
  // (Only a placing of region or place: "The Anna Berg office of ..." is no unit's name, nor a possessive.)
  if (placing.some((w) => /['’]s?$/u.test(w) || (/^[\p{Lu}]/u.test(w) && isKnownFirstName(w.toLowerCase())))) return null;
  return { text: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^The\b/u, 'the'), head: m[2]! };
}

// The units of a body whose names are written with capitals ("the Northern Branch", "the Eastern Command").
const NAMED_UNIT = String.raw`(?:Branch|Division|Office|Department|Bureau|Directorate|Unit|Section|Command|Service)`;
// "The" and up to three capitalised words placing the unit, then "of the" and the body's name in capitals.
const NAMED_BODY_UNIT = new RegExp(String.raw`^\s*(?:The|the)\s+((?:[\p{Lu}][\p{L}-]*\s+){1,3})(${NAMED_UNIT})\s+of\s+the\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)[\s,.;:]*$`, 'u');

/**
 * "The Northern Branch of the National Post Office": a unit named in capitals and then "of the" and a body's
 * name is that body's part, a body, as the lowercase "branch of the state railway" is; the capitals of "Northern
 * Branch" make no person. The whole phrase, with a lowercase "the", or null. `isBody` tells whether the name
 * after "of the" is a body's.
 */
export function namedBodyUnit(phrase: string, isBody: (name: string) => boolean): string | null {
  const m = NAMED_BODY_UNIT.exec(phrase);
  if (!m || !isBody(m[3]!)) return null;
  // (Not after a possessive: "The Mayor's Office of the ..." is read elsewhere. A given name may place it, "The
  // Victoria Branch": no person's name follows "The".)
  if (m[1]!.trim().split(/\s+/u).some((w) => /['’]s?$/u.test(w))) return null;
  return phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^The\b/u, 'the');
}

/**
 * Whether `name`, found at `at` in `text`, is a body's unit named in capitals ("the Northern Branch" before "of
 * the Velmark Post Office"), which the scan of full names must not take for a person.
 */
export function namedUnitAt(text: string, name: string, at: number): boolean {
  if (!NAMED_UNIT_LAST.test(name)) return false;
  const start = text.indexOf(name, at);
  if (start < 0) return false;
  return /(?:^|[\s(])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start)) && /^\s+of\s+the\s+[\p{Lu}]/u.test(text.slice(start + name.length, start + name.length + 12));
}
const NAMED_UNIT_LAST = new RegExp(String.raw`\s${NAMED_UNIT}$`, 'u');
