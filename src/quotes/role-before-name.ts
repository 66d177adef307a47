/**
 * A role set off by commas before a full name, the order news agencies and translated wires favour: "the
 * Russian president, Vladimir Putin, said", "a summit with the North Korean leader, Kim Jong Un, in ...". The
 * name's closing comma or full stop is needed: without it the comma ends a phrase put first ("Speaking to the
 * president, Jane Roe said"), or a list runs on ("the minister, Jane Roe and Tom Doe").
 */
import { isPersonNoun, PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

// "the North Korean leader, ", "The spokesman of the Kremlin, ": "the", up to four words, the head in lowercase,
// and perhaps "of" and a body in capitals, then the comma just before the name.
// (Or a possessive pronoun in place of "the": "Her deputy, NAME,", the role without the owner.)
// (Or "the" and a common noun's possessive, up to two words before it: "The town's historian, NAME,", "the
// regional museum's curator, NAME,": the owner is a place or body the text calls by a noun, kept in the role.)
const BEFORE = /(?:^|[\s(])(?:[Tt]he|([\p{Lu}][\p{L}-]*['’]s|[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+((?:(?![\p{L}-]*['’]s\s)[\p{L}'’-]+\s+){0,4}?)([\p{Ll}][\p{Ll}-]*)((?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})?),\s+$/u;
// Words of kin, read elsewhere.
const KIN = /^(?:brother|sister|son|daughter|father|mother|uncle|aunt|cousin|nephew|niece|husband|wife|widow|widower|grandson|granddaughter|grandfather|grandmother|partner|fiancée?|friend|stepson|stepdaughter|stepfather|stepmother)$/u;
// Words that tie the phrase to something other than the name after the comma: a verb or a clause before it.
const NOT_IN_ROLE = /^(?:and|or|but|who|that|which|said|says|told|met|with|to|for|by|from|after|before|when|is|was|are|were)$/iu;

/**
 * The role written as "the <role>, " right before the name that runs from `start` to `end` of `text`, when a
 * comma, full stop, semicolon or closing bracket follows the name and the head is a title or a noun for a
 * person; else null.
 */
export function roleBeforeName(text: string, start: number, end: number): string | null {
  const next = text.charAt(end);
  // (A bracket after a space closes the name too: "AsiaLine's Moscow correspondent, Anya Roe (no relation)".)
  if (next !== ',' && next !== '.' && next !== ';' && next !== ')' && !/^\s\(/u.test(text.slice(end, end + 2))) return null;
  // A comma then "and" or "or" after the name lists people ("the minister, Jane Roe, and Tom Doe").
  if (next === ',' && /^,\s+(?:and|or)\s+[\p{Lu}]/u.test(text.slice(end, end + 12))) return null;
  const m = BEFORE.exec(text.slice(Math.max(0, start - 90), start));
  if (!m) return null;
  const head = m[3]!;
  if (!(TITLES.has(head) || PERSON_NOUNS.has(head) || isPersonNoun(head))) return null;
  const words = m[2]!.trim().split(/\s+/u).filter(Boolean);
  if (words.some((w) => NOT_IN_ROLE.test(w) || /['’]s$/u.test(w))) return null;
  // A body's possessive in place of "the" ("AsiaLine's Moscow correspondent, NAME,"), never a word of kin
  // ("Roe's sister, NAME," is read by the kin readings).
  if (m[1] && KIN.test(head)) return null;
  const owner = m[1] && !/^(?:his|her|their|its)$/iu.test(m[1]) ? `${m[1]} ` : '';
  return `${owner}${m[2]!}${head}${m[4]!}`.replace(/\s+/gu, ' ').trim();
}
