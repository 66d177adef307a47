/**
 * A speaker as one document knows them (`LocalSpeaker`), and what the text tells of them as it is read: roles,
 * and a gender told by a title or a pronoun or guessed from a first name.
 */
import { isDocumentOffice, lexTags, normaliseName, PEERAGE_TITLE, remembered } from './names.ts';
import { contentWords, PERSON_NOUNS, singular, type SpeakerKind, TITLES } from './speaker-phrases.ts';
import { spelledOut } from './title-abbreviations.ts';
import { withoutPersonComplement } from './person-complement.ts';
import { pastTitleUnmarked, unmarkedReadingOf, unmarkedThenRole } from './then-role.ts';
import { inWordNet } from './first-names.ts';
import { pinyinGivenName } from './pinyin-given-name.ts';
import { honorificSex, kinSex, nounSex, titleSex } from './gendered-nouns.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { CHINESE_FAMILY_NAMES, familyNameTest, JAPANESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES, VIETNAMESE_FAMILY_NAMES } from './family-names.ts';

/** A speaker as one document knows them, before merging across documents. */
export interface LocalSpeaker {
  key: number;
  doc: string;
  kind: SpeakerKind;
  /** Proper names (persons, organisations) or descriptions (unnamed), as written. */
  names: string[];
  /** Roles as the text gives them at attributions. */
  roles: string[];
  /** Roles from titles where the name is only mentioned ("Russian President Vladimir Putin held ..."). */
  mentionRoles: string[];
  /** Head nouns of descriptions and roles ("official", "researcher"). */
  heads: Set<string>;
  words: Set<string>;
  gender: 'm' | 'f' | null;
  /** The gender is told by the text ("he said", "Mr."), not only guessed from a first name. */
  genderSure?: boolean;
  /** The gender was first told by a role that is only a noun of kin ("His brother, Sten"), no pronoun or title since. */
  genderByKin?: boolean;
  plural: boolean;
  /** Whether this entry only stands for a mention, never yet a speaker (kept out of the speaker list). */
  mentionOnly: boolean;
  /** The keys of people of the same document the text showed to be others, never merged with this one ("Dr. Holt", "Ms. Holt, who ..."). */
  apartFrom?: number[];
  /**
   * The writer put a question to them ("When I asked a Russian official what ..., he smiled"): one only
   * described, never yet a speaker, whom the text still sets up to answer.
   */
  askedByWriter?: boolean;
  /** A sentence told how they put it ("A retired general put it bluntly."): the text sets them up to speak next. */
  setUpToSpeak?: boolean;
  /** The sentence (its index) whose subject this description last was, whatever its verb ("A welder doubted the plan."). */
  subjectAt?: number;
}

/** The gender a title tells ("Mr.", "Ms", "spokeswoman"), or null: gendered-nouns.ts's `titleSex`. */
export function titleGender(title: string | null): 'm' | 'f' | null {
  return titleSex(title);
}

/** Records a gender the text tells: it replaces one only guessed from a first name, never one told before. */
export function toldGender(s: LocalSpeaker, g: 'm' | 'f'): void {
  s.genderByKin = false;
  if (!s.genderSure) s.gender = g;
  if (s.gender === g) s.genderSure = true;
}

/**
 * Whether a person's name is written family name first, as Korean names are: "Kim Jong-un", "Moon Jae-in" (a
 * hyphenated given name last) or "Kim Jong Un", "Park Geun Hye" (a given name of two short syllables written
 * apart, neither a first name the lexicon knows: "Mary Jo Ann" stays given-name-first).
 */
export function familyNameFirst(name: string): boolean {
  return familyFirst(name);
}

// Remembered: every speaker's names are asked again at each mention (`touch`), and a name's gender with it.
const familyFirst = remembered((name: string): boolean => {
  // "Kim Jong Un's meeting": the possessive is no part of the name.
  const words = name.replace(/['’]s?$/u, '').split(/\s+/u);
  if (words.length < 2) return false;
  if (/^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u.test(words[words.length - 1]!)) return true;
  // "Sato Aiko", "Morita Shigeru": a common Japanese family name, then a word that is none, no word WordNet knows
  // ("Ito Prefecture" is no one) and no surname the lexicon knows; not a first word the lexicon knows as a given
  // name ("Ken Sato" stays given name first, as do "Abe" and "Ono" when read so).
  if (words.length === 2 && JAPANESE_FAMILY.test(words[0]!) && !JAPANESE_FAMILY.test(words[1]!) && /^[\p{Lu}][\p{Ll}]{2,}$/u.test(words[1]!) && !inWordNet(words[1]!.toLowerCase()) && !lexTags(words[0]!).some((t) => /Name$/u.test(t) && t !== 'LastName') && !lexTags(words[1]!).includes('LastName')) return true;
  if (words.length !== 3) return false;
  if (words.slice(1).every((w) => /^[\p{Lu}][\p{Ll}]{1,3}$/u.test(w) && !lexTags(w).some((t) => /Name$/u.test(t)))) return true;
  // "Tan Wei Ling", "Lee Hsien Loong": a Chinese or Korean family name, then two short syllables of a given name,
  // though the lexicon knows one of them as an English or a Chinese first name ("Wei", "Mei"): read in
  // western order, the name's gender would be guessed from a syllable of the given name. Not "Chan Ho Park",
  // written given name first, which ends on a family name.
  return EAST_ASIAN_FAMILY.test(words[0]!) && words.slice(1).every((w) => /^[\p{Lu}][\p{Ll}]{1,4}$/u.test(w)) && !EAST_ASIAN_FAMILY.test(words[2]!) && !lexTags(words[2]!).includes('LastName');
});

const EAST_ASIAN_FAMILY = familyNameTest([...CHINESE_FAMILY_NAMES, ...KOREAN_FAMILY_NAMES], 'u');
const JAPANESE_FAMILY = familyNameTest(JAPANESE_FAMILY_NAMES, 'u');
const CHINESE_FAMILY = familyNameTest(CHINESE_FAMILY_NAMES, 'u');

/** The gender a first name tells (compromise's lexicon of male and female first names), or null. */
export function genderOfName(name: string): 'm' | 'f' | null {
  return nameGender(name);
}

// The commonest Vietnamese family names, none of them also an English given name or a common word.
const VIETNAMESE_FAMILY = familyNameTest(VIETNAMESE_FAMILY_NAMES, 'u');

const nameGender = remembered((name: string): 'm' | 'f' | null => {
  const words = name.split(/\s+/u);
  if (words.length < 2) return null;
  // A Vietnamese name, family name first ("Nguyen Thi Lan"): the given name is last and most are borne by men and
  // women alike, but the middle name "Thi" is a woman's and "Van" a man's.
  if (words.length >= 3 && VIETNAMESE_FAMILY.test(words[0]!)) return /^Th[iị]$/u.test(words[1]!) ? 'f' : /^V[aă]n$/u.test(words[1]!) ? 'm' : null;
  // A peer's or a knight's title opening the name tells the sex: "Lady Harrow", "Dame Ann Roe", "Lord Penwick".
  if (PEERAGE_TITLE.test(words[0]!)) return titleGender(words[0]!);
  if (familyNameFirst(name)) return null;
  // "Lin Haoyu", "Wang Wenbin": two words opening on a Chinese family name, the second spelled as a pinyin given
  // name and no surname the lexicon knows, are written family name first; the first word is the family name, which
  // tells no sex, though the lexicon has it as a given name ("Lin" a woman's). ("Lin Travers" is given name first.)
  if (words.length === 2 && CHINESE_FAMILY.test(words[0]!) && pinyinGivenName(words[1]!) && !lexTags(words[1]!).includes('LastName')) return null;
  let tags = lexTags(words[0]!);
  // A name written with its role ("Navy SEAL Ty Woods"): the given name is the word before the surname.
  // (Not after a first word no lexicon or WordNet knows: that is a given name no list holds, and the word after it
  // may be a father's name, "Noraini Abdul Hamid" being a daughter of Abdul Hamid.)
  if (words.length >= 3 && !tags.some((t) => /Name$/u.test(t)) && (inWordNet(words[0]!) || !/[\p{Ll}]/u.test(words[0]!) || tags.length > 0)) tags = lexTags(words[words.length - 2]!);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'm' : 'f';
});

/** The one of two speakers (either may be missing) created first. */
export function first(a: LocalSpeaker | undefined, b: LocalSpeaker | undefined): LocalSpeaker | undefined {
  return a && b ? (a.key <= b.key ? a : b) : (a ?? b);
}

/** Keeps in `map` the speaker created first for `key`. */
export function earliest(map: Map<string, LocalSpeaker>, key: string, s: LocalSpeaker): void {
  const had = map.get(key);
  if (!had || s.key < had.key) map.set(key, s);
}

/** Keeps in `map` the speaker created last for `key`. */
export function latest(map: Map<string, LocalSpeaker>, key: string, s: LocalSpeaker): void {
  const had = map.get(key);
  if (!had || s.key > had.key) map.set(key, s);
}

/** Stands in the list of recent speakers where a sentence named several people at once. */
export const AMBIGUOUS: LocalSpeaker = { key: -1, doc: '', kind: 'unnamed', names: [], roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly: true };

/** A role as the text gives it, or null when it is only an honorific ("Mr.", "Ms"). */
export function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.trim().replace(/[,;:]+$/u, '');
  return r === '' || /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/u.test(r) ? null : r;
}

/** Adds a role the text gives a speaker, with the head nouns, words and gender it tells. */
export function addRole(s: LocalSpeaker, role: string, fromMention = false): void {
  const read = roleReading(role);
  if (read.told) toldGender(s, read.told);
  // "His sister, Mira Oss, ...": a noun of kin that is the whole role tells the sex as surely as "she said".
  const kin = OWNED_KIN.exec(role.trim());
  const kinTold = kin ? kinSex(kin[1]!) : null;
  if (kinTold && !s.genderSure) {
    toldGender(s, kinTold);
    s.genderByKin = true;
  }
  const r = read.role;
  if (!r) return;
  // Roles given at an attribution come before roles from mere mentions.
  const list = fromMention ? s.mentionRoles : s.roles;
  // A role already on the list brought its words and heads when it came (they are a function of the cleaned
  // role, and nothing takes a word or head out): only a new one adds them, as a person's role comes back at
  // nearly every mention.
  // A title the text gives as held "then" ("then-defence minister NAME") is no title held now when a reading
  // drops the mark: the bare reading is not kept beside it, and goes when the marked one comes.
  if (pastTitleUnmarked(r, [...s.roles, ...s.mentionRoles])) return;
  if (unmarkedThenRole(r) !== null) {
    for (const l of [s.roles, s.mentionRoles]) {
      for (let i = l.length - 1; i >= 0; i--) if (unmarkedReadingOf(l[i]!, r)) l.splice(i, 1);
    }
  }
  if (!list.includes(r)) {
    list.push(r);
    for (const w of read.words) s.words.add(w);
    for (const h of read.heads) s.heads.add(h);
  }
  // A role whose own noun tells a sex ("9/11 widow", "the actress", "his grandfather") is the text's word on it,
  // surer than a guess from a first name that both sexes bear ("Terry", "Jean", "Kim"): it replaces a gender only
  // guessed, never one the text told ("she said", "Mr."). Only a plain role, the sexed noun its head with no
  // preposition anywhere in it ("Roe, through a spokeswoman, declined" gives no role of hers), and not a "-man"
  // title women hold too ("Anna Roe, deputy chairman of the board"): such tell no sex against the first name.
  if (read.gender && !s.genderSure && (s.gender === null || plainRoleSex(r) === read.gender)) s.gender = read.gender;
}

const ROLE_DETERMINER = /^(?:the|a|an|his|her|their|its)$/iu;
// A role that is only a noun of kin, perhaps after a possessive and a word of age or of late: "His sister" (kept as
// "sister"), "her late husband".
const OWNED_KIN = /^(?:(?:his|her|their|my|our)\s+)?(?:(?:late|younger|elder|older|eldest|youngest|only)\s+)?([\p{Ll}-]+),?$/iu;

/** The sex a short role's head noun tells when nothing in the role is a function word ("9/11 widow", "the actress"), else null. */
function plainRoleSex(role: string): 'm' | 'f' | null {
  const words = role.trim().split(/\s+/u).filter((w, i) => !(i === 0 && ROLE_DETERMINER.test(w)));
  if (words.length === 0 || words.length > 4 || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  return nounSex(words[words.length - 1]!.toLowerCase(), { sexlessTitles: true, plural: false });
}

// A word standing as an owner in a role, with its possessive ending: "senator's", "ministers'".
const OWNER_WORD = /(?<![\p{L}'’-])[\p{L}-]+(?:['’]s|s['’])(?![\p{L}])/gu;

const UNRELATED = /\b(?:(?:not|no)\s+(?:relation|relative|related|kin)|unrelated)\b/iu;

/**
 * What a role says of its holder, the same at every mention: the role cleaned, the gender an honorific alone
 * tells, its content words, its head nouns, and the gender a gendered title tells (female tried first).
 */
const roleReading = remembered((role: string): { role: string; told: 'm' | 'f' | null; words: readonly string[]; heads: readonly string[]; gender: 'm' | 'f' | null } => {
  const r = role.trim().replace(/[,;:]+$/u, '').replace(/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/u, '');
  const told = /^[\p{L}]+\.?$/u.test(role.trim()) ? honorificSex(role.trim()) : null;
  if (!r) return { role: r, told, words: [], heads: [], gender: null };
  // "a lawmaker who is not related to the minister": the one past a denied relation is someone else, so his
  // title is no head or word of this person's.
  const cut = UNRELATED.exec(r);
  if (cut) {
    const before = r.slice(0, cut.index).replace(/[\s,]*(?:who|whom|whose|and|but)?\s*(?:is|was|are|were)?\s*$/u, '');
    return before ? { ...roleReading(before), role: r, told } : { role: r, told, words: [], heads: [], gender: null };
  }
  // (An office noun the document teaches beside a name heads a role too: "the akim of the region", `office-set-off.ts`.)
  // (Not a noun standing as an owner: "the senator's son" is a son, not a senator, and "the senator" later means
  // the father the role is owned by, `OWNER_WORD`.)
  // (Nor a person named in the role's complement: "the father of a welder" is no welder, `person-complement.ts`.)
  const own = withoutPersonComplement(r.replace(OWNER_WORD, ' '), (w) => PERSON_NOUNS.has(w) || TITLES.has(w), singular);
  const heads = normaliseName(own).split(/\s+/u).map(spelledOut).filter((w) => PERSON_NOUNS.has(w) || TITLES.has(w) || isDocumentOffice(w)).map(singular);
  // (A gendered title or a word of kin tells it too, when it is the holder's own and not one after a
  // preposition: "Kovac's late husband, Ivo" is a man; "a lawyer for the widow" is not a woman by it.)
  const gender = titleSex(r);
  return { role: r, told, words: [...contentWords(r)], heads, gender };
});
