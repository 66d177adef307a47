/**
 * "Both finalists, Greta Holm and Ingrid Sand, spoke. ... "...," the latter said.": "the former" and "the latter"
 * point at the first and second of two people the text has just named together. They are no description of
 * anyone by themselves: with no such pair before them in their paragraph or the one before, nobody is meant.
 */

// Two full names joined by "and" (each two to four capitalised words, no sentence mark between).
const PAIR = /((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s+and\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)/gu;

/** Whether a speaker description is "the former" or "the latter"; which, or null. */
export function formerOrLatter(text: string): 'former' | 'latter' | null {
  const m = /^the\s+(former|latter)$/iu.exec(text.trim());
  return m ? (m[1]!.toLowerCase() as 'former' | 'latter') : null;
}

/**
 * The name "the former" or "the latter" means in `before` (the text before the description, quotes masked,
 * nearest last): the first or second of the last pair of full names joined by "and"; null when there is none.
 */
export function pairMember(before: string, which: 'former' | 'latter'): string | null {
  let last: RegExpExecArray | null = null;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(before); m !== null; m = PAIR.exec(before)) last = m;
  if (!last) return null;
  // (A sentence's first word before the first name is no part of it: "Both finalists, ..." is cut at the comma.)
  const first = last[1]!.replace(/^(?:The|A|An|Both|Rivals|Finalists)\s+/u, '');
  return which === 'former' ? first : last[2]!;
}

// Two clauses in parallel, each opened by one capitalised word, the second's verb elided or not: "Holm talked
// about boats and Sand about money", "Holm kept the boat and Sand sold hers". (Each word is a name only when
// the caller knows it for a person's.)
const PARALLEL = /(?:^|[\s,;(])([\p{Lu}][\p{L}'’-]+)\s+((?:[\p{Ll}][\p{L}'’-]*\s+){1,6})and\s+([\p{Lu}][\p{L}'’-]+)\s+[\p{Ll}]/gu;

/**
 * The one "the former" or "the latter" means in `before` (as `pairMember` reads it) when no full names are
 * joined there: the first or second of the last two bare names opening clauses joined by "and", when both are
 * people's names (`isPerson`); null otherwise.
 */
export function parallelMember(before: string, which: 'former' | 'latter', isPerson: (name: string) => boolean): string | null {
  let last: RegExpExecArray | null = null;
  PARALLEL.lastIndex = 0;
  for (let m = PARALLEL.exec(before); m !== null; m = PARALLEL.exec(before)) {
    last = m;
    PARALLEL.lastIndex = m.index + m[0].length - 1;
  }
  if (!last || last[1] === last[3] || !isPerson(last[1]!) || !isPerson(last[3]!)) return null;
  return which === 'former' ? last[1]! : last[3]!;
}

// Right after a name: "and", "with" or a comma, then someone unnamed: a possessive or determiner and up to three
// lowercase words ("and his aide", "with an interpreter", ", two bodyguards and").
const COMPANION_AFTER = /^(?:['’]s)?\s*,?\s*(?:and|with|,)\s+(?:his|her|their|its|a|an|the|another|two|three|four|several|some)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,2}[\p{Ll}][\p{L}-]*)/u;

/**
 * Whether a sentence that names people (`named`, positions in `masked`) joins someone unnamed to one of them
 * ("Ada Lenz met Omar Faye and his aide"): a third person the phrase "the latter" (or "the former") may as well
 * mean, so the two named are no sure pair. `isPerson` tells whether a lowercase noun is one for a person.
 */
export function unnamedCompanion(masked: string, named: readonly { name: string; at: number }[], isPerson: (noun: string) => boolean): boolean {
  return named.some((m) => {
    const rest = masked.slice(m.at + m.name.length, m.at + m.name.length + 90);
    const c = COMPANION_AFTER.exec(rest);
    if (!c) return false;
    // (A role with a name set off right after it is the next one named, no one unnamed: "the coach, Harry Dix, and
    // the captain, Lee Bristow".)
    if (/^\s*,\s*[\p{Lu}]/u.test(rest.slice(c.index + c[0].length))) return false;
    // (A person's noun among the lowercase words before a preposition or a relative word: "his interpreter in
    // Kelmar", "his aide arrived", "two advisers"; "their talks ran late" has none and is another clause.)
    const words = c[1]!.split(/\s+/u);
    const stop = words.findIndex((w, i) => i > 0 && /^(?:in|on|at|to|for|of|from|with|by|who|that|and|or)$/u.test(w));
    return (stop > 0 ? words.slice(0, stop) : words).some((w) => isPerson(w));
  });
}

/** A full name a sentence's narration gives, where it stands, and its compact form (one person, one form). */
export interface SentenceName {
  name: string;
  compact: string;
  at: number;
}

/**
 * The one "the former" or "the latter" means among the people one sentence names (`named`, full names in the
 * sentence's narration, in any order): the first or second in reading order when exactly two people are named
 * ("Mara Kellow met Tobin Straade on Tuesday."); 'none' when one or more than two are (the phrase then points
 * at no one sure: "the latter" after three people, or after one person and someone unnamed); null when the
 * sentence names no one, so that the phrase reaches further back.
 */
export function memberOfSentence(named: readonly SentenceName[], which: 'former' | 'latter'): string | 'none' | null {
  const people = new Map<string, SentenceName>();
  for (const m of [...named].sort((a, b) => a.at - b.at)) if (!people.has(m.compact)) people.set(m.compact, m);
  if (people.size === 0) return null;
  if (people.size !== 2) return 'none';
  const [first, second] = people.values();
  return which === 'former' ? first!.name : second!.name;
}
