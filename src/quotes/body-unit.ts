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
