/**
 * A kin description as a sentence's subject, "Her mother laughed.", "His son disagreed.": the relation is of
 * the one the possessive points back to, and the text may have given that relation before from the other
 * side ("Her daughter Ilse, 24, ..." brought the daughter in as the first woman's kin). The description is
 * then the person the text introduced so: the daughter's mother is the woman whose daughter she was.
 */

import { kinSex } from './gendered-nouns.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** The nouns of each relation seen from the other side (the sex each noun tells is gendered-nouns.ts's). */
const INVERSE: ReadonlyMap<string, readonly string[]> = new Map([
  ['mother', ['son', 'daughter']],
  ['father', ['son', 'daughter']],
  ['son', ['mother', 'father']],
  ['daughter', ['mother', 'father']],
  ['wife', ['husband']],
  ['husband', ['wife']],
  ['sister', ['sister', 'brother']],
  ['brother', ['sister', 'brother']],
]);

// "Her mother laughed.", "His father, though, was unmoved.": the possessive and the noun open the sentence and
// a verb or an aside follows (not a name set off, "Her mother, Ana Roe, ...", which names her itself).
// An age word may stand before the noun ("Her younger brother"), and words set off after it that open in lower
// case ("His son, now a builder in Leeds, disagreed"): a role or an aside, no name; or an age ("His sister, 38,
// laughed").
// A courtesy title or rank before the name brought in ("her husband, Dr. Amos Roe"): no part of the first name.
const COURTESY = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Rev|Col|Gen|Capt)\.?\s+)?`;
const AGE_WORD = String.raw`(?:(?:younger|older|elder|eldest|youngest|little|big|baby|twin|late)\s+)?`;
const KIN_OPENING = new RegExp(String.raw`^\s*(His|Her)\s+${AGE_WORD}(${[...INVERSE.keys()].join('|')})(?:,\s+(?:\p{Ll}[^,"“”]{0,80}|\d{1,3}),)?\s+(?:also\s+|then\s+|just\s+|only\s+)?(\p{Ll}+)\b`, 'u');

/** The possessive's gender, the relation and its gender of a sentence a kin description opens, or null. */
export function kinOpening(sentence: string): { owner: 'm' | 'f'; relation: string; gender: 'm' | 'f' } | null {
  const m = KIN_OPENING.exec(sentence);
  if (!m || /^(?:and|or|of|who|which|that|in|at|for|with|to|as|by|from)$/u.test(m[3]!)) return null;
  return { owner: m[1] === 'His' ? 'm' : 'f', relation: m[2]!, gender: kinSex(m[2]!)! };
}

// Each kin word's expressions, built once (the kin words are few): INVERSE_RE for `inverseIntroduction`, DIRECT_RE
// for `directIntroduction`, OWNER_RE for `ownerIntroduction`, COORDINATED_RE (kin word and sex) for
// `coordinatedOwners`.
const INVERSE_RE = new Map<string, RegExp>();
const DIRECT_RE = new Map<string, RegExp>();
const OWNER_RE = new Map<string, RegExp>();
const COORDINATED_RE = new Map<string, RegExp>();

/** The expression `make` builds for `key`, built once and kept in `cache`; its search starts afresh (lastIndex 0). */
function perRelation(cache: Map<string, RegExp>, key: string, make: () => RegExp): RegExp {
  let re = cache.get(key);
  if (re === undefined) cache.set(key, (re = make()));
  re.lastIndex = 0;
  return re;
}

/**
 * Where a paragraph brings in someone as kin of the relation seen from the other side, by a first word of
 * `names` ("Her daughter Ilse", "his son, Tomas Berg"): the offset of the possessive, and the gender it tells;
 * or null.
 */
export function inverseIntroduction(paragraph: string, relation: string, names: readonly string[]): { at: number; gender: 'm' | 'f' } | null {
  const inverse = INVERSE.get(relation);
  if (!inverse) return null;
  const re = perRelation(INVERSE_RE, relation, () => new RegExp(String.raw`\b(His|his|Her|her)\s+(?:${inverse.join('|')}),?\s+${COURTESY}([\p{Lu}][\p{L}'’-]+)`, 'gu'));
  const firsts = new Set(names.map((n) => n.split(/\s+/u)[0]!));
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    if (firsts.has(m[2]!)) return { at: m.index, gender: /^his$/iu.test(m[1]!) ? 'm' : 'f' };
  }
  return null;
}

/**
 * Where a paragraph names someone as the relation itself, seen from the same side ("her younger brother, Ari
 * Voss", "his wife Mina Holt"): the offset of the possessive, the gender it tells and the name; or null.
 */
export function directIntroduction(paragraph: string, relation: string): { at: number; owner: 'm' | 'f'; name: string } | null {
  if (!INVERSE.has(relation)) return null;
  const re = perRelation(DIRECT_RE, relation, () => new RegExp(String.raw`\b(His|his|Her|her)\s+${AGE_WORD}${relation},?\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})`, 'gu'));
  const m = re.exec(paragraph);
  return m ? { at: m.index, owner: /^his$/iu.test(m[1]!) ? 'm' : 'f', name: m[2]! } : null;
}

/**
 * Where a paragraph gives one of `names` the relation seen from the other side by another's name set off after
 * it: "said Bettina Quill, Ronan's sister and his partner," names Ronan as Bettina's brother (or sister). The
 * other's name as written ("Ronan", "Ronan Quill") and the offset of the owner's name; or null.
 */
export function possessiveIntroduction(paragraph: string, relation: string, names: readonly string[]): { at: number; name: string } | null {
  const inverse = INVERSE.get(relation);
  if (!inverse) return null;
  for (const n of names) {
    if (!/\s/u.test(n)) continue;
    const esc = escapeRegExp(n);
    const re = new RegExp(String.raw`\b${esc},\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})['’]s\s+${AGE_WORD}(?:${inverse.join('|')})\b`, 'u');
    const m = re.exec(paragraph);
    if (m) return { at: m.index, name: m[1]! };
  }
  return null;
}

/**
 * Where a paragraph brings in one of `names` as another's relation seen from the other side, the other named
 * by a possessive before it: "Holm's husband, Piet," (of Piet's later "his wife"), "Vera Holm's son Tomas" (of
 * his "his mother"), or named before "and his" or "and her": "Sizwe Khumalo and his wife, Lindiwe," (of
 * Lindiwe's later "her husband"). The owner's name as written (up to three capitalised words, the first maybe a
 * sentence's opening word), its offset, and for "and his"/"and her" the owner's sex the possessive tells; or null.
 */
export function ownerIntroduction(paragraph: string, relation: string, names: readonly string[]): { at: number; owner: string; ownerSex?: 'm' | 'f' } | null {
  const inverse = INVERSE.get(relation);
  if (!inverse) return null;
  const firsts = new Set(names.flatMap((n) => [n, n.split(/\s+/u)[0]!]));
  const re = perRelation(OWNER_RE, relation, () => new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)(?:['’]s|\s+and\s+(his|her))\s+${AGE_WORD}(?:${inverse.join('|')}),?\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})`, 'gu'));
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    // (A full name is the speaker's own; one word, the first of the speaker's names.)
    if (firsts.has(m[3]!) && (!/\s/u.test(m[3]!) || names.includes(m[3]!))) return { at: m.index, owner: m[1]!, ...(m[2] ? { ownerSex: m[2] === 'his' ? ('m' as const) : ('f' as const) } : {}) };
  }
  return null;
}

/**
 * Where a paragraph brings in someone as the relation of one of `names`, the owner named right before it: "Serhii
 * Vell and his wife, Nadia Vell, run ..." or "Vell's wife, Nadia," (of Serhii Vell's names). The name so brought in
 * (up to four capitalised words) and the offset of the owner's name; or null.
 */
export function ownedRelationIntroduction(paragraph: string, relation: string, names: readonly string[]): { at: number; name: string } | null {
  if (!INVERSE.has(relation)) return null;
  // (Each full name and its last word: "Vell's wife" as well as "Serhii Vell and his wife".)
  const forms = [...new Set(names.flatMap((n) => [n, n.split(/\s+/u).at(-1)!]))].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return null;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])(?:${forms.map(escapeRegExp).join('|')})(?:\s+and\s+(?:his|her)|['’]s)\s+${AGE_WORD}${relation},?\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})`, 'u');
  const m = re.exec(paragraph);
  return m ? { at: m.index, name: m[1]! } : null;
}

/**
 * The names a paragraph brings in as the relation `relation` seen from the other side, by "and his" or "and her"
 * after the name: "owner Ana Roe, 55, and her daughter, Ilse Roe," brings in Ana Roe as a mother (of "the mother"
 * later), "Tom Bell and his wife, Mina," Tom Bell as a husband. Only where the possessive tells the relation's
 * own sex ("her" for a mother or a wife, "his" for a father or a husband). The names as written, in order.
 */
export function coordinatedOwners(paragraph: string, relation: string, sex: 'm' | 'f'): string[] {
  const inverse = INVERSE.get(relation);
  if (!inverse) return [];
  const re = perRelation(COORDINATED_RE, `${relation}/${sex}`, () => new RegExp(String.raw`([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3})(?:,\s+\d{1,3},?)?\s+and\s+${sex === 'f' ? 'her' : 'his'}\s+${AGE_WORD}(?:${inverse.join('|')})\b`, 'gu'));
  return [...paragraph.matchAll(re)].map((m) => m[1]!);
}
