/**
 * The subject of a sentence that opens on a short phrase of time or place written without its comma: "At the
 * plant Lutz talked.", "In 2023 Lutz spoke.", "On Monday Lutz left.". News style drops the comma after a short
 * phrase; the capitalised word right after it, before a lowercase verb, is the one the sentence is about, whom a
 * "he" or "she" in the sentence after may mean as well as anyone further back.
 */
import { VERB_LIKE } from './pronoun-rivals.ts';

const DAYS_AND_MONTHS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

// A preposition of time or place and up to four lowercase words or a year, or a preposition of time and a day or a
// month (with a year or a day's number after it), then a capitalised word and a lowercase one.
const FRONTED_THEN_NAME = new RegExp(
  String.raw`^\s*(?:(?:At|In|On|By|Since|Until|After|Before|During|Inside|Outside|Near|Throughout)\s+((?:[\p{Ll}\d][\p{Ll}\d'’-]*\s+){0,3}[\p{Ll}\d][\p{Ll}\d'’-]*)|(?:In|On|By|Since|Until|After|Before|During)\s+(?:${DAYS_AND_MONTHS})(?:\s+\d{1,4})?)\s+([\p{Lu}][\p{L}'’-]+)\s+([\p{Ll}][\p{Ll}'’-]*)`,
  'u',
);

// A last word of the phrase that would take the capitalised word after it as its object ("At talks with Lutz"),
// or a verb or conjunction that makes the phrase a clause of its own: no subject read.
const TAKES_OBJECT = /(?:^|\s)(?:of|for|to|with|by|from|about|against|between|beside|behind|near|under|over|like|than|and|or|but|as|into|onto|upon|at|in|on|is|was|were|are|met|meets|saw|told|asked|said)$/u;

/**
 * The capitalised word that is the subject of `sentence` past a short fronted phrase of time or place with no
 * comma ("At the plant Lutz talked." gives "Lutz"), when a verb-like word follows it; null otherwise.
 */
export function subjectPastFrontedPhrase(sentence: string): string | null {
  const m = FRONTED_THEN_NAME.exec(sentence);
  if (!m) return null;
  if (m[1] !== undefined && TAKES_OBJECT.test(m[1])) return null;
  return VERB_LIKE.test(m[3]!) ? m[2]! : null;
}
