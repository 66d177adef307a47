/**
 * The words of English that tell the sex of the one they name: nouns of kin ("wife", "son"), of person and
 * rank ("woman", "boy", "queen", "duke"), compounds in "-man" and "-woman" ("spokeswoman", "ferryman") and
 * their plurals, feminines in "-ess" ("actress", "heiress"), and the honorifics before a name ("Mr", "Mrs").
 * Every rule that reads a sex off a noun or a title asks here, so the lists agree.
 *
 * The compounds and the "-ess" feminines go by rule, not by list: a lowercase word ending in "man" or "men"
 * is male unless it is "woman"/"women" or a word whose "-man" is no man ("human", "German", "Roman",
 * "shaman", "talisman"); one ending in "woman"/"women" is female; one ending in "ess" (or "esses") is female
 * unless it ends in "ness" ("witness", "business") or is one of the few others ("marquess", "prowess").
 *
 * Callers: pronoun-rivals.ts (a described rival's head), document-speakers.ts (a description's head, with the
 * "-man" titles women hold too telling no sex, and the other sex's honorifics), local-speaker.ts (a title's
 * or role's sex, `titleSex`), name-mentions.ts (kin before a full name), couple-subject.ts (a couple's
 * relation noun) and stated-ages.ts (an age epithet's noun).
 */

export type Sex = 'm' | 'f';

/** Nouns of kin and their sex, with the step- and "-in-law" forms ("her stepson", "his mother-in-law"). */
export const MALE_KIN: readonly string[] = ['husband', 'widower', 'father', 'son', 'brother', 'grandfather', 'grandson', 'nephew', 'uncle', 'stepfather', 'stepson', 'stepbrother'];
export const FEMALE_KIN: readonly string[] = ['wife', 'widow', 'mother', 'daughter', 'sister', 'grandmother', 'granddaughter', 'niece', 'aunt', 'stepmother', 'stepdaughter', 'stepsister'];

/** Other nouns of person and rank whose sex the word tells (compounds in -man/-woman and -ess go by rule). */
const MALE_OTHER = ['man', 'boy', 'gentleman', 'king', 'prince', 'duke', 'lord', 'monk', 'emperor', 'sultan', 'earl', 'baron', 'marquess'];
const FEMALE_OTHER = ['woman', 'girl', 'lady', 'queen', 'princess', 'duchess', 'nun', 'empress', 'dame', 'baroness', 'countess', 'governess'];

/** The honorifics before a name that tell its bearer's sex ("Mr. Roe", "Ms Roe"). */
// (With the German "Herr" and "Frau" an English edition of a German paper keeps: "Frau Brenner said".)
export const MALE_HONORIFICS: readonly string[] = ['Mr', 'Sir', 'Herr'];
export const FEMALE_HONORIFICS: readonly string[] = ['Mrs', 'Ms', 'Miss', 'Madam', 'Madame', 'Frau'];

/**
 * Titles in "-man" that news writing gives women too ("Jane Roe, the committee's chairman"): a caller that
 * must not rule a woman out by her title treats them as telling no sex (`nounSex(w, { sexlessTitles: true })`).
 */
export const SEXLESS_MAN_TITLES: ReadonlySet<string> = new Set(['chairman', 'spokesman', 'congressman', 'ombudsman', 'alderman']);

const LISTED: ReadonlyMap<string, Sex> = new Map<string, Sex>([
  ...MALE_KIN.map((w): [string, Sex] => [w, 'm']),
  ...FEMALE_KIN.map((w): [string, Sex] => [w, 'f']),
  ...MALE_OTHER.map((w): [string, Sex] => [w, 'm']),
  ...FEMALE_OTHER.map((w): [string, Sex] => [w, 'f']),
]);

// Words in "-man" that are no man, and words in "-ess" that are no woman.
const NOT_MAN = /(?:human|german|roman|^shaman|^talisman|^ottoman|^brahman|^cayman|^caiman|^dolman)$/u;
const NOT_WOMAN_ESS = /(?:ness|^marquess|^prowess|^largess|^duress|^mattress|^fortress|^cypress|^address|^access|^excess|^process|^success|^progress|^congress|^[a-z]*press|^guess|^chess|^mess|^less|^recess|^caress|^distress|^bless|^[a-z]*dress|^tress|^assess|^possess|^obsess|^confess|^profess|^abscess|^[a-z]*gress|^cess)$/u;
// Singulars in "-men" that are no plural of "-man" ("abdomen", "specimen", "omen").
const NOT_MEN = /^(?:abdo|speci|regi|acu|bitu|albu|hy|se|sta|o|lu|cycla|ger|a|ra|ye|ya)men$/u;

/** The singular a plural of a sexed noun comes from ("spokeswomen", "wives", "ladies", "actresses", "sons"). */
function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('men') && !NOT_MEN.test(word)) out.push(`${word.slice(0, -3)}man`);
  if (word.endsWith('wives')) out.push(`${word.slice(0, -3)}fe`);
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('esses')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

function singularSex(w: string, sexlessTitles: boolean): Sex | null {
  const listed = LISTED.get(w);
  if (listed) return listed;
  const kin = /^(.+)-in-law$/u.exec(w);
  if (kin) return LISTED.get(kin[1]!) ?? null;
  if (w.length > 5 && w.endsWith('woman')) return 'f';
  if (w.length >= 6 && w.endsWith('man') && !NOT_MAN.test(w)) return sexlessTitles && SEXLESS_MAN_TITLES.has(w) ? null : 'm';
  if (w.length > 4 && w.endsWith('ess') && !NOT_WOMAN_ESS.test(w)) return 'f';
  return null;
}

/**
 * The sex a noun tells of the one (or ones) it names: 'm' for "son", "chairman", "businessmen"; 'f' for
 * "wife", "spokeswoman", "actresses", "mother-in-law"; null for a noun of no sex ("minister", "witness",
 * "human"). Lowercase nouns only: "Roman" or "German" as a capitalised word is no noun here. With
 * `sexlessTitles`, the "-man" titles women hold too (SEXLESS_MAN_TITLES) tell no sex.
 */
export function nounSex(word: string, options: { sexlessTitles?: boolean; plural?: boolean } = {}): Sex | null {
  if (!/^[\p{Ll}-]+$/u.test(word)) return null;
  const sexless = options.sexlessTitles ?? false;
  const own = singularSex(word, sexless);
  if (own || options.plural === false) return own;
  for (const s of singulars(word)) {
    const g = singularSex(s, sexless);
    if (g) return g;
  }
  return null;
}

/** The sex a noun of kin tells ("husband", "stepdaughter", "son-in-law"), or null for any other word. */
export function kinSex(word: string): Sex | null {
  const w = word.toLowerCase().replace(/-in-law$/u, '');
  return MALE_KIN.includes(w) ? 'm' : FEMALE_KIN.includes(w) ? 'f' : null;
}

/** The sex an honorific tells ("Mr." 'm', "Ms" 'f'), with or without its full stop, or null. */
export function honorificSex(word: string): Sex | null {
  const w = word.replace(/\.$/u, '');
  return MALE_HONORIFICS.includes(w) ? 'm' : FEMALE_HONORIFICS.includes(w) ? 'f' : null;
}

/** Kin nouns as a regular-expression alternation ("husband|widower|..."), longest first. */
export function kinPattern(sex?: Sex): string {
  const words = sex === 'm' ? MALE_KIN : sex === 'f' ? FEMALE_KIN : [...MALE_KIN, ...FEMALE_KIN];
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Honorifics as a regular-expression alternation ("Mrs|Ms|Miss|..."), longest first. */
export function honorificPattern(sex: Sex): string {
  return [...(sex === 'm' ? MALE_HONORIFICS : FEMALE_HONORIFICS)].sort((a, b) => b.length - a.length).join('|');
}

// Capitalised "-man" words are mostly surnames ("Goldman", "Newman"): only these offices count so.
const CAPITALISED_MAN_TITLES: ReadonlySet<string> = new Set([...SEXLESS_MAN_TITLES, 'councilman', 'assemblyman', 'committeeman', 'selectman', 'anchorman', 'frontman', 'businessman']);
// Where the holder's own words end: a preposition or conjunction, a comma or semicolon ("a lawyer for the widow").
const OWN_WORDS = /^(?:(?!(?<!-)\b(?:of|for|to|with|by|from|at|on|in|and|or)\b(?!-))[^,;])*/iu;

// What may follow a head noun among the holder's own words: nothing, a relative word, or a name.
const HEAD_ENDS = /^\s*(?:$|(?:who|whom|whose|that|which)\b|[\p{Lu}\d(])/u;

/**
 * The sex a title or role tells of its holder ("Mr.", "Ms", "Queen", "spokeswoman", "the minister's widow",
 * "Kovac's late husband"), or null: the first honorific or word of told sex among the holder's own words,
 * before any preposition, conjunction or comma ("a spokesman for the queen" is a man; "a lawyer for the
 * widow" tells nothing), as its head, not a modifier ("a first lady historian") nor a possessive ("the widow's
 * lawyer"). A capitalised word counts only when it is a listed noun, a "-woman" or one of the "-man" offices
 * ("Congressman"), never a surname in "-man" or "-ess" ("Goldman", "Burgess").
 */
export function titleSex(title: string | null): Sex | null {
  if (!title) return null;
  const own = OWN_WORDS.exec(title.trim())?.[0] ?? '';
  for (const m of own.matchAll(/[\p{L}-]+\.?(?:['’]s\b)?/gu)) {
    const word = m[0];
    if (/['’]s$/u.test(word)) continue;
    const bare = word.replace(/\.$/u, '');
    // (An honorific anywhere among them is the one right before the name: "Perhaps Mr.", as a role's words run.)
    const honorific = /^[\p{Lu}]/u.test(bare) ? honorificSex(bare[0]! + bare.slice(1).toLowerCase()) : null;
    if (honorific) return honorific;
    const lower = bare.toLowerCase();
    if (bare !== lower && !LISTED.has(lower) && !lower.endsWith('woman') && !CAPITALISED_MAN_TITLES.has(lower)) continue;
    const sex = nounSex(lower, { plural: false });
    // (Only as the head, last of its noun phrase: "a first lady historian" is no woman by "lady".)
    if (sex && HEAD_ENDS.test(own.slice(m.index + word.length))) return sex;
  }
  return null;
}
