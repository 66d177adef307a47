/**
 * Office nouns a document teaches by setting them off beside a person's name: "the akim of the region, NAME," or
 * "NAME, the hokim of the province,". A lowercase noun no dictionary knows, standing as the office of a named
 * person over a region, city or province, is a person's title in that document, so that a later "the akim said"
 * is a description of a person (and of that one) as "the governor said" is.
 */
import { inWordNet } from './first-names.ts';

const AREA = String.raw`(?:region|province|city|district|oblast|county|prefecture|governorate|municipality|town)`;
const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}`;
// "the akim of the region, NAME," and "NAME, the akim of the Kostanay region,".
// (The area may be told without its name, "the akim of a district near the border", "the hokim of a rural
// province": an office over some area is as much a person's title as one over a named one.)
const OF_AREA = String.raw`of\s+(?:the\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?|an?\s+(?:[\p{L}'’-]+\s+)?)${AREA}`;
const BEFORE_NAME = new RegExp(String.raw`\bthe\s+([\p{Ll}]{3,})\s+${OF_AREA},\s+${NAME},`, 'gu');
const AFTER_NAME = new RegExp(String.raw`${NAME},\s+the\s+([\p{Ll}]{3,})\s+${OF_AREA}\b`, 'gu');

// "The Tánaiste, NAME, replied": a sentence opening on "The" and one capitalised word no dictionary knows, set off
// right before a person's full name; and "NAME, the Independent TD for Galway West,": a role written in two to four
// capitals after "the" (one capitalised word between) set off after a full name and followed by "for" and a place.
// Each is that person's title in the document, kept lowercase as the other office nouns are.
// (The name's later words may be one capital, as Irish "Ó" and "Ní" particles are written: "Seán Ó Briain".)
const PARTICLE_NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}`;
const TITLE_BEFORE_NAME = new RegExp(String.raw`(?:^|[.!?]\s+)The\s+([\p{Lu}][\p{Ll}]{3,}),\s+${PARTICLE_NAME},`, 'gu');
const ACRONYM_AFTER_NAME = new RegExp(String.raw`${PARTICLE_NAME},\s+the\s+(?:[\p{Lu}][\p{Ll}]+\s+)?([\p{Lu}]{2,4})\s+for\s+[\p{Lu}]`, 'gu');

/** The lowercase office nouns, unknown to the dictionary, that the paragraphs set off beside a person's name as the office over an area. */
export function officeNounsSetOff(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of paragraphs) {
    if (!/ of (?:the|an?) /u.test(text)) continue;
    for (const re of [BEFORE_NAME, AFTER_NAME]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!inWordNet(m[1]!)) out.add(m[1]!);
    }
  }
  for (const text of paragraphs) {
    for (const re of [TITLE_BEFORE_NAME, ACRONYM_AFTER_NAME]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!inWordNet(m[1]!)) out.add(m[1]!.toLowerCase());
    }
  }
  return out;
}
