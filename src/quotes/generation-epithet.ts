/**
 * "the younger Gorbunov", "the elder Smith", "Smith senior": when a father and son (or two siblings) share a
 * surname, news writing tells them apart by age. The epithet is one of the people the text names with that
 * surname: the one its stated ages or a "his son X" / "her father X" make younger or older. With no such
 * evidence, or a surname only one person bears, the epithet stays unresolved: a guess could name the wrong one.
 */
import { statedAges } from './stated-ages.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

/** An epithet parsed: the surname it qualifies and whether it means the older of the people who share it. */
export interface GenerationEpithet {
  surname: string;
  older: boolean;
  /** The title before the surname, if any ("Mrs.", "Mr."): its sex narrows who of the surname is meant. */
  title?: string;
}

// (Case told apart: "the older man" is no surname.)
const BEFORE = /^[Tt]he\s+(younger|elder|older)\s+((?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[\p{Lu}][\p{L}'’-]+)$/u;
// (A title may lead it, "Mr. Hume senior"; the abbreviations "Sr." and "Jr." stand for the words.)
const AFTER = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([\p{Lu}][\p{L}'’-]+),?\s+(senior|junior|Sr|Jr)\.?$/u;

/** The epithet a speaker phrase is ("the younger Gorbunov", "Smith junior"), or null. */
export function generationEpithet(phrase: string): GenerationEpithet | null {
  // (Most phrases hold neither word: tell them before any expression runs.)
  if (!/(?:younger|elder|older|senior|junior|Sr|Jr)/iu.test(phrase)) return null;
  const before = BEFORE.exec(phrase);
  if (before) return { surname: before[2]!.replace(/^(?:Mr|Mrs|Ms)\.?\s+/u, ''), older: before[1]!.toLowerCase() !== 'younger', title: /^(?:Mr|Mrs|Ms)\.?(?=\s)/u.exec(before[2]!)?.[0] };
  const after = AFTER.exec(phrase);
  return after ? { surname: after[1]!, older: after[2] === 'senior' || after[2] === 'Sr' } : null;
}

// Kinship words that make the person named after them younger or older than the one whose kin they are.
// (A title of address may stand before the kin's name, "His daughter, Dr. Mira Roe": it is no part of the name.)
// (So may a military rank, "His son, Major Tom Roe": a rank word that is the given name, "Major Roe" alone, leaves
// one word, which names neither of the two full names, as before.)
const YOUNGER_KIN = 'son|daughter|grandson|granddaughter|nephew|niece';
const OLDER_KIN = 'father|mother|grandfather|grandmother|uncle|aunt';
const KIN_NAME = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}'’-]*['’]s?)\s+(?:(?:younger|elder|older|eldest|youngest)\s+)?(${YOUNGER_KIN}|${OLDER_KIN}),?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Maj|Col|Lt|Gen|Sgt|Cpl)\.?\s+|(?:Captain|Major|Colonel|Lieutenant|General|Sergeant|Corporal|Commander)\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)`, 'gu');

const OLDER_KIN_TAIL = new RegExp(String.raw`\b(?:${OLDER_KIN}),?\s+$`, 'u');
const YOUNGER_KIN_TAIL = new RegExp(String.raw`\b(?:${YOUNGER_KIN}),?\s+$`, 'u');

/** Whether the words before a name close on a word of kin of the generation an epithet means ("The pilot's father, "). */
export function kinOfGenerationBefore(before: string, older: boolean): boolean {
  return (older ? OLDER_KIN_TAIL : YOUNGER_KIN_TAIL).test(before.slice(-40));
}

const SIBLING = String.raw`(younger|elder|older|youngest|eldest|oldest|little|big)\s+(?:sister|brother|half-sister|half-brother)`;
// Whose sibling: "his", "her", "their", "the leader's", "Kim's".
const SIBLING_OWNER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|(?:[\p{Lu}][\p{L}-]*|[\p{Ll}]+)['’]s)`;

/**
 * Which of `names` (the full names the text gives people of one surname, exactly two) an epithet means, from
 * the ages the text states or the kinship it names; null when the text does not settle it.
 */
export function personOfGeneration(text: string, names: readonly string[], older: boolean): string | null {
  if (names.length !== 2) return null;
  const [a, b] = names as [string, string];
  // Stated ages: "Owen Hartwell, 72, ..." and "Daniel Hartwell, 41".
  const ageOf = new Map<string, number>();
  for (const [age, list] of statedAges(text)) for (const n of list) for (const name of names) if (sameName(n, name) && !ageOf.has(name)) ageOf.set(name, age);
  const ageA = ageOf.get(a);
  const ageB = ageOf.get(b);
  let elder: string | null = null;
  if (ageA !== undefined && ageB !== undefined && ageA !== ageB) elder = ageA > ageB ? a : b;
  // Kinship: "His son Daniel Hartwell" is the younger; "her father Owen Hartwell" the older.
  let kin: string | null = null;
  let clash = false;
  for (const m of text.matchAll(KIN_NAME)) {
    // (Or by a first name alone, "His son Ilya", that one of the two bears and the other does not.)
    const firstOnly = /\s/u.test(m[2]!.trim()) ? [] : names.filter((n) => n.trim().split(/\s+/u)[0] === m[2]!.trim());
    const named = names.find((n) => sameName(m[2]!, n)) ?? (firstOnly.length === 1 ? firstOnly[0] : undefined);
    if (!named) continue;
    const other = named === a ? b : a;
    const eld = new RegExp(`^(?:${OLDER_KIN})$`, 'u').test(m[1]!) ? named : other;
    if (kin && kin !== eld) clash = true;
    kin = eld;
  }
  if (clash || (elder && kin && elder !== kin)) return null;
  // A sibling the text calls younger or elder: "Kim Yo Jong, the leader's younger sister", "his elder brother,
  // Kim Jong Chol" (whose sibling the other of the two is).
  for (const named of names) {
    const name = escapeRegExp(named);
    const after = sharedRegExp(String.raw`(?<![\p{L}'’-])${name},\s+(?:the\s+)?${SIBLING_OWNER}\s+${SIBLING}\b`, 'u').exec(text);
    const before = sharedRegExp(String.raw`\b${SIBLING_OWNER}\s+${SIBLING},?\s+${name}(?![\p{L}'’-])`, 'u').exec(text);
    for (const m of [after, before]) {
      if (!m) continue;
      const eld = /^(?:elder|older|eldest|oldest|big)$/iu.test(m[1]!) ? named : named === a ? b : a;
      if (kin && kin !== eld) clash = true;
      kin = eld;
    }
  }
  if (clash || (elder && kin && elder !== kin)) return null;
  const eldest = elder ?? kin;
  if (!eldest) return null;
  return older ? eldest : eldest === a ? b : a;
}

/** Whether two spellings name one person: the same words, or one the other's last words ("Artyom Gorbunov", "Artyom Stepanovich Gorbunov"). */
function sameName(x: string, y: string): boolean {
  const wx = x.trim().split(/\s+/u);
  const wy = y.trim().split(/\s+/u);
  return wx[0] === wy[0] && wx[wx.length - 1] === wy[wy.length - 1];
}
