/**
 * Names compared and told apart: normalised and compact forms, the words of a name, whether a proper name
 * is a person's or an organisation's or place's (compromise's lexicon of names and places, read on first
 * need), acronyms, and whether two full names are one person's.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countries } from 'countries-list';
import { firstNameGender, isKnownFirstName } from './first-names.ts';
import { isKindOfAny } from '../text/wordnet.ts';
import { CHINESE_FAMILY_NAMES, familyNameTest, KOREAN_FAMILY_NAMES } from './family-names.ts';
import { pinyinGivenName } from './pinyin-given-name.ts';

/** "Newspaper" in the languages whose papers the English press names untranslated ("Hokkai Nippo", "Asahi Shimbun"). */
export const UNTRANSLATED_PAPER_WORDS: readonly string[] = ['gazeta', 'gazette', 'shimbun', 'ilbo', 'sinmun', 'zeitung', 'nippo', 'ribao'];
/**
 * A lowercase particle between the capitalised words of a name, with the space after it ("Banco do Norte", "Huis van
 * der Berg", "Casa de la Vega"): for patterns of a name's capitalised run. Portuguese "do" is an English verb too,
 * so never after a question's word ("Why do Koreans care?").
 */
export const INNER_PARTICLE = String.raw`(?:(?:van|von)\s+(?:der|den)\s+|de\s+(?:la|las|los)\s+|(?:de|del|della|dela|delos|di|da|das|dos|du|van|von|der)\s+|(?<!(?:Why|What|How|Where|When|Who|Which|Whom)\s+)do\s+)`;
/** The English words that end a newspaper's name and make any name a body's wherever they stand ("The Dover Times"). */
export const PAPER_WORDS: readonly string[] = ['times', 'post', 'journal', 'herald', 'tribune', 'daily'];

// Words that make a proper name an organisation's or a place's ("Sejong Institute", "Trump International Hotel").
const ORG_WORDS = new Set(
  (
    'ministry agency institute council committee department office party army forces command union nations news times post ' +
    'press media government house kremlin pentagon university bank corp corporation inc co. ltd service bureau embassy ' +
    'administration assembly parliament congress senate court organization organisation association foundation center centre ' +
    'commission authority group network tass yonhap reuters xinhua ria kcna nato federation league council institution ' +
    'broadcasting fund alliance coalition secretariat company hotel hotels tower towers ' +
    'initiative college school hospital church club museum library airport casino resort resorts winery ' +
    'airlines organization organizations university institute pac'
  )
    .split(/\s+/u)
    .concat(PAPER_WORDS, UNTRANSLATED_PAPER_WORDS),
);

// The names the document being read shows to be people's though they read as a body's or a place's ("Elsa
// Bank, a teacher,": `body-word-surname.ts`), and their surnames; and a count of the times they changed, which
// empties every remembered reading.
let documentPeople: ReadonlySet<string> | null = null;
let documentSurnames: ReadonlySet<string> | null = null;
let epoch = 0;

/** Sets the names the document about to be read shows to be people's (null after it, or when none). */
export function setDocumentPeople(names: ReadonlySet<string> | null): void {
  const next = names && names.size > 0 ? names : null;
  if (next === null && documentPeople === null) return;
  documentPeople = next;
  documentSurnames = next ? new Set([...next].map((n) => n.split(/\s+/u).pop()!)) : null;
  epoch++;
}

// The names the document being read shows to be a body's though they read as a person's ("Corvana, a telecoms
// company,": `body-shown-by-text.ts`); a name it also shows to be a person's stays a person's.
let documentBodies: ReadonlySet<string> | null = null;

/** Sets the names the document about to be read shows to be a body's (null after it, or when none). */
export function setDocumentBodies(names: ReadonlySet<string> | null): void {
  const next = names && names.size > 0 ? names : null;
  if (next === null && documentBodies === null) return;
  documentBodies = next;
  epoch++;
}

// The office nouns the document being read teaches (`office-set-off.ts`): "akim" in "the akim of the region, NAME,".
let documentOffices: ReadonlySet<string> | null = null;

/** Sets the office nouns the document about to be read teaches (null after it, or when none). */
export function setDocumentOffices(nouns: ReadonlySet<string> | null): void {
  const next = nouns && nouns.size > 0 ? nouns : null;
  if (next === null && documentOffices === null) return;
  documentOffices = next;
  epoch++;
}

/** Whether the document being read teaches `noun` as a person's office (`setDocumentOffices`). */
export function isDocumentOffice(noun: string): boolean {
  return documentOffices !== null && documentOffices.has(noun);
}

/** Whether the document being read shows `name`, as written, to be a person's (`setDocumentPeople`). */
export function isDocumentPerson(name: string): boolean {
  return documentPeople !== null && documentPeople.has(name);
}

/**
 * A pure function of a string, remembered: a corpus repeats its names and speaker phrases thousands of
 * times. Bounded: the cache is emptied when full. Results are shared, so callers must not change them.
 */
export function remembered<T>(compute: (s: string) => T, size = 200_000): (s: string) => T {
  const cache = new Map<string, T>();
  let seen = epoch;
  return (s) => {
    // (Emptied when the document's own people change: a name may read as a person's in one document alone.)
    if (seen !== epoch) {
      cache.clear();
      seen = epoch;
    }
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = compute(s);
    if (cache.size >= size) cache.clear();
    cache.set(s, value);
    return value;
  };
}

// Letters no decomposition takes apart, as people type them on a keyboard without them: "Stanisław" is typed
// "stanislaw", "Søren" "soren", "Đặng" "dang", "Gauß" "gauss".
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' };
const UNDECOMPOSED_LETTER = /[łøđðħıŀþæœß]/gu;

const normalised = remembered((s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]!)
    .replace(/['’`‘]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, ''),
);

// A patronymic's initial written close up to the given name ("D.Bold", "Ch.Saran"), as Mongolian names are.
const INITIALLED = /^[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}(?:-[\p{Lu}][\p{Ll}]+)?$/u;

/** Whether a one-word name is an initial and a given name written close up ("B.Oyun"): a name in full, though it holds no space. */
export function isInitialledName(name: string): boolean {
  return INITIALLED.test(name);
}

/** Lowercase, no accents (nor the strokes and ligatures of 'ł', 'ø', 'æ'), apostrophes dropped, any other punctuation a space: for comparing names. */
export function normaliseName(s: string): string {
  return normalised(s);
}

const compacted = remembered((s: string): string => normaliseName(s).replace(/\s+/gu, ''));

/** A name with spaces and hyphens gone: "Kim Jong-un" and "Kim Jong Un" share one. */
export function compactName(s: string): string {
  return compacted(s);
}

/** The words of a name as written, for first/last word comparison ("Kim", "Jong-un"). Shared: do not change. */
export const nameWords = remembered((s: string): readonly string[] =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’`‘]/gu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}-]+/gu, ''))
    .filter(Boolean),
);

type LexTag = string | string[] | undefined;
// compromise's own word list (countries, cities, first and last names) read directly: tagging a phrase with
// the full parser costs milliseconds, a look-up nothing.
// Loading compromise costs over half a second at every start (it unpacks its whole model), so the entries
// used here are kept in a cache file beside the installed packages, made on first use.

function loadLexicon(): Record<string, LexTag> {
  const require = createRequire(import.meta.url);
  let cache: string | undefined;
  try {
    const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
    const version = (JSON.parse(readFileSync(join(modules, 'compromise', 'package.json'), 'utf8')) as { version: string }).version;
    cache = join(modules, '.cache', 'summit-sources-bot', `lexicon-${version}-2.json`);
    return JSON.parse(readFileSync(cache, 'utf8')) as Record<string, LexTag>;
  } catch {
    // No cache yet (or an unreadable one): build it below.
  }
  try {
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, LexTag> } } };
    const full = nlp.model().one.lexicon ?? {};
    const kept: Record<string, LexTag> = {};
    for (const [word, tags] of Object.entries(full)) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (list.some((t) => t !== undefined && (PLACE_TAGS.test(t) || PERSON_TAGS.test(t) || t === 'Actor'))) kept[word] = tags;
    }
    if (cache) {
      try {
        mkdirSync(dirname(cache), { recursive: true });
        writeFileSync(`${cache}.${process.pid}.tmp`, JSON.stringify(kept));
        renameSync(`${cache}.${process.pid}.tmp`, cache);
      } catch {
        // A read-only install still works, only slower to start.
      }
    }
    return kept;
  } catch {
    return {};
  }
}
export const PLACE_TAGS = /^(?:Country|City|Region|Place|Continent|Organization|Company|SportsTeam|Airport|Address)$/u;
export const PERSON_TAGS = /^(?:FirstName|LastName|MaleName|FemaleName|Person|Honorific)$/u;
// Read on first need, never at import: importing this module costs nothing and writes nothing. Kept as a Map of
// tag lists: a look-up of a fresh lowercase string in a large object first makes the string a property key.
let LEXICON: Map<string, readonly string[]> | null = null;
const NO_TAGS: readonly string[] = Object.freeze([]);

/** The lexicon as a Map from word to its tags, each entry a list. */
function lexiconMap(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const [word, t] of Object.entries(loadLexicon())) if (t !== undefined) map.set(word, Array.isArray(t) ? t : [t]);
  return map;
}

/** Whether compromise's lexicon has been read yet (it is read on first need, never at import). */
export function lexiconIsLoaded(): boolean {
  return LEXICON !== null;
}

/** compromise's tags for a word (any case), or none. Shared: do not change. */
export function lexTags(word: string): readonly string[] {
  LEXICON ??= lexiconMap();
  return LEXICON.get(word.toLowerCase()) ?? NO_TAGS;
}

/** Whether compromise's lexicon tags a word (any case) as a given name: "FirstName", "MaleName" or "FemaleName". */
export function lexFirstName(word: string): boolean {
  return lexTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** One-word names that stand for a government or its seat in news writing ("Washington said", "the Kremlin said"). */
export const SEATS_OF_POWER = /^(?:Britain|Kremlin|Pentagon|Washington|Moscow|Beijing|Seoul|Pyongyang|Tokyo|Kyiv|Kiev|Brussels|London|Paris|Berlin|Europe|Congress|Parliament)$/u;

/** Whether a proper name names a person or an organisation/country ("China", "the KCNA", "Sejong Institute"). */
export function classifyProperName(name: string): 'person' | 'organisation' {
  if (documentPeople && (documentPeople.has(name) || documentSurnames!.has(name))) return 'person';
  if (documentBodies && documentBodies.has(name)) return 'organisation';
  return classified(name);
}

const classified = remembered(classifyUncached);

function classifyUncached(name: string): 'person' | 'organisation' {
  const words = name.split(/\s+/u);
  if (/^the$/iu.test(words[0] ?? '')) return 'organisation';
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/['’]s$/u, '')))) return 'organisation';
  if (lexTags(name).some((t) => PLACE_TAGS.test(t))) return 'organisation';
  // The lexicon knows many towns of two words or more only without their accents ("Sao Paulo", "Ciudad Juarez"):
  // the name written with them is the same place, not a person whose given name is its last word ("Paulo").
  // (One word stays as it was: "Córdoba" or "León" may be a person's surname.)
  const unaccented = name.normalize('NFD').replace(/[\p{M}]/gu, '');
  if (words.length >= 2 && unaccented !== name && lexTags(unaccented).some((t) => PLACE_TAGS.test(t))) return 'organisation';
  // A country or a capital written in its own letters or as two words ("Việt Nam", "Timor-Leste", "Hà Nội" for
  // Hanoi) is the country speaking, never a person ("Nam" is a given name); a single word written without
  // accents is left to the lexicon ("Jordan", "Chad" and "Victoria" are people's names too).
  if ((words.length >= 2 || unaccented !== name || name.includes('-')) && countryOrCapital(name)) return 'organisation';
  if (words.length === 1) {
    const w = words[0]!;
    if (/^(?:[\p{Lu}]\.?){2,}$/u.test(w)) return 'organisation';
    if (SEATS_OF_POWER.test(w)) return 'organisation';
    // A force's collective noun standing bare for the force ("Police say they have ...", "Military said"): a body
    // speaking as one, never one person's name.
    if (FORCE_NOUN.test(w)) return 'organisation';
    return 'person';
  }
  const last = words[words.length - 1]!;
  // A peer's or a knight's title before a name makes it a person's even when the name is also a place's, as
  // titles of the peerage so often are ("Lady Harrow", "Lord Kendal", "Baroness Thorne of Wick"): not a body's or
  // a place's name ending ("Lady Margaret Hall" is a college).
  if (PEERAGE_TITLE.test(words[0]!) && words.length <= 5 && /^[\p{Lu}]/u.test(words[1] ?? '') && nameEnding(name) === null) return 'person';
  // (A given name before a surname that is also a town's, "Dawn Pickering", "Joy Hastings", is a person's: the
  // lexicon tags some given names that are also common words as nothing, where the name lists have them.)
  if (lexTags(last).some((t) => PLACE_TAGS.test(t)) && !words.slice(0, -1).some((w) => lexTags(w).some((t) => PERSON_TAGS.test(t))) && !townSurname(words)) return 'organisation';
  if (EVENT_LAST.test(last)) return 'organisation';
  const ending = nameEnding(name);
  if (ending === 'body' || ending === 'place') return 'organisation';
  // A place's word that is also a surname ("Oster Hall", "Kell Bridge", "Marrow Lane") after no known first name
  // is a place's name ("Annie Hall", "Nathan Lane" are people); not "Park", a Korean family name after given names
  // the lexicon does not know ("Ji-won Park"). A given name only the name lists know is a person's too ("Ngozi
  // Hall", "Tariq Hall", "Anouk Lane"): a person taken for a place loses every 'she' and bare 'Hall' after it.
  if (ending === 'place or surname' && last !== 'Park' && !lexFirstName(words[0]!) && !(words.length === 2 && isKnownFirstName(words[0]!))) return 'organisation';
  if (firmEnding(words)) return 'organisation';
  // A newspaper's name ends on a masthead's word: "Brenner Courier", "Harbour Chronicle", "Westvale Examiner";
  // not after a known first name ("Jim Courier", "Heath Ledger" are people).
  if (MASTHEAD.test(last) && !lexFirstName(words[0]!)) return 'organisation';
  return 'person';
}

const FORCE_NOUN = /^(?:Police|Military|Coastguard|Gendarmerie)$/u;

// A place's name with its accents, spaces, hyphens and apostrophes gone, in lower case: "Việt Nam", "Viet Nam" and
// "Vietnam" are one ("đ" has no accent to strip).
function foldedPlace(name: string): string {
  return name.normalize('NFD').replace(/[\p{M}]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/[\s'’-]/gu, '');
}

let countryAndCapitalNames: Set<string> | null = null;

/** Whether a name is a country's (in English or in its own Latin letters) or a capital's, from countries-list. */
function countryOrCapital(name: string): boolean {
  countryAndCapitalNames ??= new Set(Object.values(countries).flatMap((c) => [c.name, c.native, c.capital]).filter((n) => n !== '').map(foldedPlace));
  return countryAndCapitalNames.has(foldedPlace(name));
}

// The titles of the peerage and of knighthood, written before a person's name ("Lady Harrow", "Sir Alan Fox").
export const PEERAGE_TITLE = /^(?:Lady|Lord|Dame|Sir|Baroness|Baron|Viscount|Viscountess|Countess|Earl|Duke|Duchess|Marquess|Marchioness)$/u;

// An event's or a pact's name ends so: "the Korean War", "the Hanoi Summit", "the Paris Agreement".
const EVENT_LAST = /^(?:War|Summit|Treaty|Agreement|Declaration|Games|Day)$/u;

// The last words of a body's or a place's name, never of a person's. One list for every reader that asks whether
// a name is a person's ("Harlow Street Clinic", "Take Velden Pier, ...") or a body that may speak ("the Lowton
// Supporters Trust, which said:"); any of ORG_WORDS makes a body's name wherever it stands.
// A body's: "the Lowton Supporters Trust", "the Harbour Board", "Harlow Street Clinic", "Kell Academy".
const BODY_LAST = /^(?:Trust|Board|Society|Forum|Chamber|Clinic|Surgery|Practice|Academy|Inn|LLC|PLC|Llc|Plc)$/u;
// A public body's: "the Coastal Safety Board", "the Intelligence Service", "the Border Directorate", "the Coast
// Guard", "Kell Police" (most are ORG_WORDS too); `publicBodyName` asks these alone.
const PUBLIC_BODY_LAST = /^(?:Board|Service|Agency|Authority|Ministry|Department|Office|Council|Committee|Commission|Institute|Bureau|Directorate|Administration|Police|Guard|Court)$/u;
// A firm's name ends on a word of trade no person's surname is: "Kestrel Partners", "Gorse Capital", "Harbour
// Line", "Brask Holdings"; so does a research house's: "Larkspur Economics", "Tamsin Research", "Orrin
// Advisory", "Bellweather Strategies", "Corvid Intelligence" (an analysts' roundup quotes their notes); so does
// a lessor's, a carrier's, a miner's: "Pell Leasing", "Orrin Freight", "Tamsin Mining", "Kell Technologies".
// So does a maker's of arms or of machines: "Brask Munitions", "Orrin Aerospace", "Kell Precision", "Pell Tooling".
// And a handler's, a trader's or a carrier's of goods: "Fjord Bulk Handling", "Orrin Storage", "Kell Trading".
const TRADE_LAST = /^(?:Partners|Capital|Securities|Holdings|Holding|Investments|Ventures|Associates|Advisors|Advisers|Line|Lines|Airways|Shipping|Logistics|Industries|Motors|Insurance|Brokers|Consulting|Analytics|Markets|Economics|Research|Advisory|Strategies|Intelligence|Leasing|Freight|Technologies|Pharmaceuticals|Mining|Munitions|Armaments|Aerospace|Dynamics|Electronics|Engineering|Manufacturing|Precision|Chemicals|Robotics|Tooling|Handling|Storage|Trading|Transport|Services)$/u;
// A place's: "the United States", "the Yellow Sea", "Quay Street", "Kelso Road", "Velden Pier", "Tarn Station".
const PLACE_LAST = /^(?:States|Kingdom|Emirates|Republic|Nations|Islands|Sea|Ocean|Peninsula|Strait|River|Island|Province|Region|City|District|Square|Street|Road|Avenue|Pier|Port|Harbour|Harbor|Station|Quay|Quays|Wharf|Dock|Docks|Marina|Terminal|Jetty|Embankment|Promenade|Plaza|Boulevard|Cosmodrome|Spaceport)$/u;
// A place's too, but also a person's surname ("Nathan Lane", "Michael Bay", "Grace Park", "Amy Bridge", "Annie Hall"): no
// reason to call a name a body's or a place's, only a doubt for a reader that would set a person up from the
// name alone, with no verb of speech beside it ("Take Hollin Park, ...").
const PLACE_OR_SURNAME_LAST = /^(?:Lane|Bay|Park|Bridge|Hall)$/u;

/**
 * What the last word of a proper name of two words or more makes it: a body's name ('body': "the Lowton
 * Supporters Trust", "Brask Holdings", "the Harbour Times"), a place's ('place': "Velden Pier"), a place's or a
 * person's ('place or surname': "Hollin Park", "Grace Park"); null when it says nothing.
 */
export function nameEnding(name: string): 'body' | 'place' | 'place or surname' | null {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  if (ORG_WORDS.has(last.toLowerCase()) || BODY_LAST.test(last) || PUBLIC_BODY_LAST.test(last) || TRADE_LAST.test(last)) return 'body';
  if (PLACE_LAST.test(last)) return 'place';
  if (PLACE_OR_SURNAME_LAST.test(last)) return 'place or surname';
  return null;
}

/**
 * Whether a capitalised name of two words or more ends as a public body's does ("the Coastal Safety Board", "the
 * Intelligence Service", "the Coast Guard"): a subset of the bodies `nameEnding` tells, those a bare "the agency"
 * or "the body" may stand for.
 */
export function publicBodyName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && PUBLIC_BODY_LAST.test(words[words.length - 1]!);
}

// A firm's name also ends on a word of trade that is a surname or a given name now and then ("Orrin Marine",
// "Kell Mutual", "Brask Systems"): a body's unless a given name stands first ("Ann Marine" is a woman). (The words
// of TRADE_LAST, a firm's whatever stands first, are not repeated here: `firmName` reads those first.)
const FIRM_LAST = /^(?:Systems|Marine|Mutual|Enterprises|Solutions|Networks|Shipbuilding|Semiconductor|Semiconductors|Laboratories|Labs|Pharma|Steel|Foods|Brands|Telecom|Petroleum|Terminals)$/u;
// What WordNet files a firm under: a plural whose noun is a kind of these is a trade's ("Pell Industries", "Orrin
// Ventures", "Kell Airlines") more often than a family's; a surname that is such a word ("Tyra Banks") has a given
// name before it.
const BUSINESS_KINDS: ReadonlySet<string> = new Set(['organization', 'business', 'enterprise', 'company', 'commercial enterprise', 'business organization']);

/** Whether a name of two words or more ends on a firm's word with no given name before it ("Brask Defence Systems"). */
function firmEnding(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (!FIRM_LAST.test(last) && !(/^[\p{Lu}][\p{Ll}]+s$/u.test(last) && isKindOfAny(last.toLowerCase(), BUSINESS_KINDS, 3))) return false;
  const first = words[0]!;
  return !lexFirstName(first) && !isKnownFirstName(first);
}

// The ORG_WORDS that end a firm's name: "Kell Group", "Orrin Corp", "Brask Airlines".
const FIRM_ORG_LAST = /^(?:Group|Corp|Corporation|Inc|Co|Ltd|Company|Airlines|Hotels|Resorts|LLC|PLC|Llc|Plc)\.?$/u;

/** Whether a capitalised name of two words or more is a firm's by its last word ("Brask Holdings", "Orrin Marine Group"). */
export function firmName(name: string): boolean {
  const words = name.trim().replace(/^the\s+/iu, '').split(/\s+/u);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  return TRADE_LAST.test(last) || FIRM_ORG_LAST.test(last) || firmEnding(words);
}

// The words that close a newspaper's name in English ("Times", "Herald", "Tribune", "Journal", "Post", "Daily"
// and "News" make any name a body already, above).
const MASTHEAD = /^(?:Courier|Chronicle|Gazette|Observer|Examiner|Inquirer|Enquirer|Sentinel|Dispatch|Telegraph|Bulletin|Review|Monitor|Ledger|Mirror|Clarion|Spectator|Courant|Advertiser|Argus|Recorder)$/u;


/**
 * Whether two words are a given name the name lists know (the lexicon tagging it nothing) and a surname the
 * lexicon has as a place only, no country, region or city: "Dawn Pickering", "Joy Hastings".
 */
function townSurname(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const tags = lexTags(words[1]!);
  if (!tags.includes('Place') || tags.some((t) => /^(?:Country|City|Region|Continent|Organization|Company|SportsTeam|Airport|Address)$/u.test(t))) return false;
  return lexTags(words[0]!).length === 0 && firstNameGender(words[0]!) !== null;
}

// Words a capitalised run may open with that belong to the sentence, not the name ("In", "The").
const LEADING = /^(?:The|A|An|In|On|At|But|And|Meanwhile|Then|Finally|While|When)\s+/u;

/** A capitalised run without the sentence's words it opens with ("Meanwhile The Dover Times" → "Dover Times"). */
export function withoutLeadingWords(run: string): string {
  let name = run;
  while (LEADING.test(name)) name = name.replace(LEADING, '');
  return name;
}

/**
 * The names a document's own words set beside a noun of their kind (`body-names.ts`, `medium-names.ts`): in a
 * paragraph with its emphasis marks taken out and the spaces they leave before a comma or an apostrophe closed
 * up ("Dagens Tidning  , the daily"), the run each pattern captures (group 1), a pattern tried only where its
 * cheap test (`needs`, in the same order) holds; a possessive "'s" and the sentence's opening words taken off
 * (withoutLeadingWords), nothing left passed over.
 */
export function* namesByPattern(text: string, patterns: readonly RegExp[], needs: readonly RegExp[]): Generator<string> {
  const plain = text.replace(/[*_]+/gu, '').replace(/ +(?=[,'’])/gu, '');
  for (const [i, re] of patterns.entries()) {
    if (!needs[i]!.test(plain)) continue;
    re.lastIndex = 0;
    for (const m of plain.matchAll(re)) {
      const name = withoutLeadingWords(m[1]!.replace(/['’]s$/u, ''));
      if (name) yield name;
    }
  }
}

export function acronymOf(name: string): string {
  const words = name.replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => /^[\p{Lu}]/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** Same person: equal first and last words, and one name's words all in the other, in order. */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

// A generation after a surname ("Joseph R. Biden Jr.", "Vann R. Newkirk II"): no part of what "Mr. Biden" says.
// ("Junior"/"Senior" spelled out, and Portuguese "Filho", the son of one name: "Tomas Varga Filho".)
const GENERATION = /^(?:jr|sr|ii|iii|iv|junior|senior|filho)$/u;

/** The surname of a name's words: the last word, or the one before a generation ("jr", "ii"). */
export function surnameOf(words: readonly string[]): string | undefined {
  const last = words[words.length - 1];
  return last !== undefined && words.length >= 3 && GENERATION.test(last) ? words[words.length - 2] : last;
}

const EAST_ASIAN_FAMILY_ANY_CASE = familyNameTest([...CHINESE_FAMILY_NAMES, ...KOREAN_FAMILY_NAMES], 'iu');

/**
 * Whether a name's words are an English given name before a Chinese or Korean name written family name first, its
 * given name hyphenated ("Vivian Chan Siu-ling", as Hong Kong writes it): the family name is the middle word, which
 * a later "Ms Chan" means, and the English name tells the sex.
 */
export function givenBeforeFamilyName(words: readonly string[]): boolean {
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  // "Jeremy Lim Wei Jie", as Singapore writes it: the Chinese given name as two separate syllables after the family
  // name. Only a family name the lists hold, and two words each spelled as one pinyin syllable, the last one no list
  // takes for a surname, so an English name of four words ("Mary Lee Ann Smith") is not read so. (The first
  // syllable may be one: "Wei" is a family name and a given name's syllable both.)
  if (words.length === 4 && EAST_ASIAN_FAMILY_ANY_CASE.test(words[1]!) && !EAST_ASIAN_FAMILY_ANY_CASE.test(words[0]!) && isKnownFirstName(capital(words[0]!))
    && words.slice(2).every((w) => w.length <= 4 && pinyinGivenName(capital(w)))
    && !EAST_ASIAN_FAMILY_ANY_CASE.test(words[3]!) && !lexTags(capital(words[3]!)).includes('LastName')) return true;
  // (The romanised family names are many more than any list holds, "Ho", "Lam", "Yip": a short middle word that is
  // no given name, between a given name and a hyphenated one, is taken for one too.)
  const family = EAST_ASIAN_FAMILY_ANY_CASE.test(words[1] ?? '') || (/^[\p{L}]{2,6}$/u.test(words[1] ?? '') && !isKnownFirstName(capital(words[1]!)));
  return words.length === 3 && /^[\p{L}]+-[\p{L}]+$/u.test(words[2]!) && family && !EAST_ASIAN_FAMILY_ANY_CASE.test(words[0]!) && isKnownFirstName(capital(words[0]!));
}
