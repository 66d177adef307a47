/**
 * Ages a document gives its people ("Vladimir Putin, 70,", "the 39-year-old Kim", "Jane Roe, aged 52") and
 * the age epithets that point back to them ("the 70-year-old said", "the 52-year-old woman said"). News
 * features name someone with their age once, then use the age alone as a description.
 */

import { nounSex } from './gendered-nouns.ts';
import { isKindOf } from '../text/wordnet.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';

// A capitalised name of one to four words (a lowercase particle inside: "Ursula von der Leyen").
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|der|von|van|di|da|du|le|la)\s+)*[\p{Lu}][\p{L}'’.-]*){0,3}`;
const AGE = String.raw`(\d{1,3})`;
/** "Jane Roe, 52," / "Jane Roe, aged 52" / "Jane Roe (52)". */
const NAME_THEN_AGE = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME}),\s+(?:aged\s+)?${AGE}(?=[,;.)]|\s+(?:and|is|was|has|had|who)\b)|(?<![\p{L}'’-])(${NAME})\s+\(${AGE}\)`, 'gu');
/** "the 39-year-old Kim Jong Un", "70-year-old Putin". */
const AGE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}\d-])${AGE}-year-old\s+(${NAME})`, 'gu');
// Capitalised words that open or end such a match and are no one's name: months, days, places in datelines.
const NOT_NAME = new RegExp(
  `^(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS}|${WEEKDAY_NAMES}|The|A|An|In|On|At|By|For|Of|To|And|But|Page|Article|Section|Chapter|Room|No|Number|Vol|Volume|Part|Route|Highway|Flight|Item|Figure|Table|Resolution)$`,
  'u',
);

/** An age epithet parsed: "the 70-year-old" (no noun) or "the 52-year-old woman". */
export interface AgeEpithet {
  age: number;
  /** The gender the noun tells ("woman": f), or null without one or for a neutral noun. */
  gender: 'm' | 'f' | null;
}

const EPITHET = /^the\s+(\d{1,3})-year-old(?:\s+([\p{Ll}]+))?$/iu;
const NEUTRAL = new Set(['person', 'veteran', 'leader', 'official', 'politician', 'president', 'minister', 'lawmaker', 'senator', 'actor', 'executive', 'teacher', 'resident', 'worker', 'driver', 'farmer', 'activist']);

/** The age (and gender) a description "the N-year-old [man|woman]" gives, or null when it is no such epithet. */
export function ageEpithet(text: string): AgeEpithet | null {
  const m = EPITHET.exec(text.trim());
  if (!m) return null;
  const age = Number(m[1]);
  if (age < 1 || age > 120) return null;
  const noun = m[2]?.toLowerCase();
  if (!noun) return { age, gender: null };
  // (The noun's sex by gendered-nouns.ts: "the 52-year-old woman", "the 40-year-old actress".)
  const sex = nounSex(noun, { plural: false });
  if (sex) return { age, gender: sex };
  if (NEUTRAL.has(noun)) return { age, gender: null };
  // (Any noun whose commonest sense is a kind of person, "the 58-year-old diplomat", "the 49-year-old nurse", is
  // one; "the 70-year-old treaty" is none.)
  if (isKindOf(noun, 'person', 5, 1)) return { age, gender: null };
  return null;
}

/** Trims words that are no part of a name from the ends of a match ("In Moscow Putin" keeps "Moscow Putin"). */
function cleanName(raw: string): string | null {
  const words = raw.split(/\s+/u);
  while (words.length > 0 && NOT_NAME.test(words[0]!.replace(/\.$/u, ''))) words.shift();
  if (words.length === 0 || words.some((w) => NOT_NAME.test(w.replace(/\.$/u, '')))) return null;
  return words.join(' ');
}

/**
 * Age → the names the document gives that age, in the order written. Two spellings of one person ("Vladimir
 * Putin, 70" and "the 70-year-old Putin") share their last word and are kept as one.
 */
export function statedAges(doc: string): Map<number, string[]> {
  const ages = new Map<number, string[]>();
  const add = (rawName: string | undefined, rawAge: string | undefined): void => {
    if (!rawName || !rawAge) return;
    const age = Number(rawAge);
    if (age < 1 || age > 120) return;
    const name = cleanName(rawName);
    if (!name) return;
    const list = ages.get(age) ?? [];
    const last = name.split(/\s+/u).pop()!;
    if (!list.some((n) => n.split(/\s+/u).pop() === last)) list.push(name);
    ages.set(age, list);
  };
  for (const m of doc.matchAll(NAME_THEN_AGE)) add(m[1] ?? m[3], m[2] ?? m[4]);
  for (const m of doc.matchAll(AGE_THEN_NAME)) add(m[2], m[1]);
  return ages;
}

/** The one name the document gives an age, or null when it gives none or several people that age. */
export function personOfAge(ages: ReadonlyMap<number, string[]>, age: number): string | null {
  const names = ages.get(age);
  return names && names.length === 1 ? names[0]! : null;
}
