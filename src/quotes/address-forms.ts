/**
 * Short forms of address that stand for a full name the text gave: a knight or dame by title and first name
 * ("Sir Henry" after "Sir Henry Smith", never the other Smith), and the Russian polite form of first name and
 * patronymic ("Oleg Nikolayevich" after "Oleg Nikolayevich Kozhemyako"), or the patronymic alone ("Nikolayevich").
 * So is a title the text wrote before a full name, then before the surname alone, when the title is also a given
 * name ("Dean Brenner" after "Dean Harold Brenner of the School of ..."): the one titled so, not a Dean of that name.
 * So is the Indonesian and Malay courtesy word before a given name ("Pak Budi", "Bu Sari" after "Budi Santoso",
 * "Sari Wulandari"). None is a person of its own.
 */
import type { NameMention } from './name-mentions.ts';
import { nameWords } from './names.ts';

// A patronymic's endings: -ovich/-evich (sons), -ovna/-evna/-ichna (daughters), -ich ("Ilyich").
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna|ich)$/u;

/**
 * Whether `name` is a person's name of given name, patronymic and surname ("Yerzhan Bolatovich Dzhumabekov"): three
 * capitalised words, the middle one ending as a patronymic does. No body or place is named so.
 */
export function hasPatronymic(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length === 3 && words.every((w) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w)) && PATRONYMIC.test(words[1]!);
}

/**
 * The full name a two-word form of address (`name`) stands for: the one full name among `mentions` it fits,
 * those up to `paragraph` first, then the whole text; null when it is no such form or none or several fit.
 * `namesAThing` tells a mention that only names a thing ("the NAME clinic"), no person a Turkish courtesy form
 * after the given name may stand for.
 */
export function fullNameForAddress(name: string, mentions: readonly NameMention[], paragraph: number, namesAThing: (m: NameMention) => boolean = () => false): string | null {
  const words = name.trim().split(/\s+/u);
  // A patronymic alone, as neighbours call an older man ("Pavlovich" after "Gennady Pavlovich Rybakov"), when no
  // one of the text bears it as a surname.
  if (words.length === 1 && PATRONYMIC.test(words[0]!) && /^[\p{Lu}]/u.test(words[0]!)) {
    const p = words[0]!.toLowerCase();
    if (mentions.some((m) => m.words[m.words.length - 1] === p)) return null;
    return onlyFit(mentions, paragraph, (m) => m.words.length >= 3 && m.words[1] === p);
  }
  if (words.length !== 2) return null;
  const [a, b] = [words[0]!.toLowerCase(), words[1]!.toLowerCase()];
  let fits: (m: NameMention) => boolean;
  if (a === 'sir' || a === 'dame') {
    fits = (m) => (m.words[0] === a && m.words[1] === b && m.words.length >= 3) || (m.role?.toLowerCase() === a && m.words[0] === b && m.words.length >= 2);
  } else if (PATRONYMIC.test(b) && /^[\p{Lu}]/u.test(words[1]!)) {
    fits = (m) => m.words.length >= 3 && m.words[0] === a && m.words[1] === b;
  } else if (ADDRESS_AFTER_GIVEN.has(b) && /^[\p{Lu}]/u.test(words[0]!)) {
    // "Mehmet Bey", "Elif Hanım": the Turkish courtesy word after the given name is no surname; the one the text
    // named in full with that given name first ("Mehmet Aydoğan") is meant.
    // (Not a full name that only names a thing, "the Hatice Demir clinic": its bearer need not be among the living,
    // and the one addressed so may be anyone of that given name.)
    // (The mentions' words are folded without their accents, "Ayşe" as "ayse": the given name is folded so too.)
    const given = nameWords(words[0]!)[0];
    fits = (m) => m.words.length >= 2 && m.words[0] === given && !ADDRESS_AFTER_GIVEN.has(m.words[m.words.length - 1]!) && !namesAThing(m);
  } else if (ADDRESS_BEFORE_GIVEN.has(a) && /^[\p{Lu}]/u.test(words[1]!) && courtesyBeforeGiven(mentions, a, b)) {
    // "Pak Budi", "Bu Sari": the Indonesian and Malay courtesy word before the given name is no given name; the
    // one the text named in full with that given name first ("Budi Santoso") is meant, when named before.
    const given = nameWords(words[1]!)[0];
    // (Only a full name the text gave by the paragraph the address stands in: the courtesy form is what the text
    // calls someone it has named, and before that it may be anyone of the given name.)
    fits = (m) => m.words.length >= 2 && m.words[0] === given && !ADDRESS_BEFORE_GIVEN.has(m.words[0]!) && !namesAThing(m) && m.paragraph <= paragraph;
  } else if (titledSurname(mentions, a, b)) {
    fits = (m) => m.role?.toLowerCase() === a && m.words.length >= 2 && m.words[m.words.length - 1] === b;
  } else return null;
  return onlyFit(mentions, paragraph, fits);
}

// Courtesy words written after a given name in Turkish ("Mehmet Bey", "Elif Hanım"), lower case.
const ADDRESS_AFTER_GIVEN = new Set(['bey', 'hanım', 'hanim', 'efendi']);

// Courtesy words written before a given name in Indonesian and Malay ("Pak Budi", "Bu Sari", "Ibu Sari", "Bapak
// Budi"), lower case.
const ADDRESS_BEFORE_GIVEN = new Set(['pak', 'bapak', 'bu', 'ibu']);

/**
 * Whether "A B" (lowercase courtesy word `a` and given name `b`) may be the courtesy form and not a name of its own:
 * no one of the text bears the courtesy word as a surname ("Roman Pak", "Anastasia Pak": Pak is a Korean surname,
 * and "Pak Roman" that surname first), nor as a first word of a longer name ("Pak Chol Jin"), and the text never
 * gives "A B" a role or a word of kin of its own.
 */
function courtesyBeforeGiven(mentions: readonly NameMention[], a: string, b: string): boolean {
  return !mentions.some((m) => (m.words.length >= 2 && m.words[m.words.length - 1] === a) || (m.words.length >= 3 && m.words[0] === a) || (m.words.length === 2 && m.words[0] === a && m.words[1] === b && (m.role !== null || (m.kin ?? null) !== null)));
}

/** The one full name among `mentions` that `fits`, those up to `paragraph` first, then the whole text; else null. */
function onlyFit(mentions: readonly NameMention[], paragraph: number, fits: (m: NameMention) => boolean): string | null {
  for (const pool of [mentions.filter((m) => m.paragraph <= paragraph), mentions]) {
    const names = new Set(pool.filter(fits).map((m) => m.compact));
    if (names.size === 1) return pool.find(fits)!.name;
    if (names.size > 1) return null;
  }
  return null;
}

/**
 * Whether "A B" (lowercase `a`, `b`) may be the title A the text gave before a full name of surname B ("Dean Harold
 * Brenner", read with the role "Dean"), and not a person named so of their own: no mention of "A B" itself comes
 * with a role or a word of kin ("his son, Dean Brenner"), nor before the titled full name.
 */
function titledSurname(mentions: readonly NameMention[], a: string, b: string): boolean {
  const titled = mentions.filter((m) => m.role?.toLowerCase() === a && m.words.length >= 2 && m.words[m.words.length - 1] === b);
  if (titled.length === 0) return false;
  const first = Math.min(...titled.map((m) => m.paragraph * 1e6 + m.at));
  return !mentions.some((m) => m.words.length === 2 && m.words[0] === a && m.words[1] === b && (m.role !== null || (m.kin ?? null) !== null || m.paragraph * 1e6 + m.at < first));
}

/**
 * The mentions with each "Dean Brenner" that stands for a full name the text titled so ("Dean Harold Brenner")
 * read as that full name under its title, so a bare "Brenner" later finds one person of that surname, not two.
 */
export function withTitledSurnames(mentions: readonly NameMention[]): NameMention[] {
  return mentions.map((m) => {
    if (m.words.length !== 2 || m.role !== null || !titledSurname(mentions, m.words[0]!, m.words[1]!)) return m;
    const [a, b] = m.words as [string, string];
    const fits = mentions.filter((x) => x.role?.toLowerCase() === a && x.words.length >= 2 && x.words[x.words.length - 1] === b);
    if (new Set(fits.map((x) => x.compact)).size !== 1) return m;
    const full = fits[0]!;
    return { ...m, name: full.name, words: full.words, compact: full.compact, role: full.role };
  });
}
