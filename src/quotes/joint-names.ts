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
    if (m.index + m[0].length < at + length) continue;
    // ("Ada Roe, Ivo Dahl and Rosa Brandt wrote": the pair closes a list of three or more, left uncredited as the
    // list after an inverted verb is; its last two are not the speakers.)
    const listed = LISTED_BEFORE.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
    if (listed && isKnownFirstName(listed[1]!.toLowerCase())) return null;
    return jointNames(m[0]);
  }
  return null;
}

// A person's name of two or three words and a comma right before the pair: an earlier item of a list.
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[\s(—–-])(${WORD})(?:\s+${WORD}){1,2},\s*$`, 'u');

// A pair's own words after the quote: a verb that reports in the plural present or the past ("write", "wrote").
const PAIR_VERB = String.raw`(?:said|say|wrote|write|added|add|noted|note|argued|argue|concluded|conclude|found|find|told|tell|explained|explain|warned|warn|stated|state|observed|observe|estimated|estimate|cautioned|caution|predicted|predict)`;
// Where the pair is from, after both names: "of the Vell Institute", "at Dunmore University" (no comma, no quote).
const PAIR_FROM = String.raw`(?:\s+(?:of|at|from)\s+[^,;:_"“”.]{1,80}?)?`;
// The pair (perhaps after its plural role), where it is from, the verb, and at most a short adjunct of time or
// place to the sentence's end: `, nuclear experts Ivo Dahl and Rosa Brandt of the Vell Institute wrote in May.`
const PAIR_THEN_VERB = new RegExp(String.raw`^\s*,?\s*(${ROLE}(?:${PERSON}|${WORD})\s+and\s+${PERSON})${PAIR_FROM}\s+${PAIR_VERB}(?:\s+(?:in|on|last|this|earlier|later)\b[^,;:_"“”.]{0,30})?\s*[.;]?\s*$`, 'u');
// Inverted: `, wrote nuclear experts Ivo Dahl and Rosa Brandt (of the Vell Institute).`
const VERB_THEN_PAIR = new RegExp(String.raw`^\s*,?\s*${PAIR_VERB}\s+(${ROLE}(?:${PERSON}|${WORD})\s+and\s+${PERSON})${PAIR_FROM}\s*[.;]?\s*$`, 'u');
// Before a colon, the pair alone opening the sentence or the words after a heading's dash: `HEADING - Ivo Dahl and
// Rosa Brandt: "..."`, as a digest credits the excerpt it quotes (the heading before the dash is no one's).
const PAIR_COLON = new RegExp(String.raw`(?:^|\s[-–—]+\s+)(${ROLE}(?:${PERSON}|${WORD})\s+and\s+${PERSON})${PAIR_FROM}\s*:\s*$`, 'u');

/**
 * The two people a quote's sentence credits together where no other reading found a credit: named in full after
 * the quote with their verb (`"...," nuclear experts Ivo Dahl and Rosa Brandt of the Vell Institute wrote.`, or
 * inverted, `wrote Ivo Dahl and Rosa Brandt.`), or alone before its colon (`HEADING - Ivo Dahl and Rosa Brandt:
 * "..."`); the pair as `jointNames` reads it, else null. `before` and `after` are the sentence's words before and
 * after the quote, quotes masked.
 */
export function jointCredit(before: string, after: string | null): string | null {
  const m = (after !== null ? (PAIR_THEN_VERB.exec(after) ?? VERB_THEN_PAIR.exec(after)) : null) ?? PAIR_COLON.exec(before);
  return m ? jointNames(m[1]!) : null;
}
