/**
 * Who is who: reading a speaker phrase ("Russian President Vladimir Putin", "the KCNA", "a high-ranking
 * official at South Korea's unification ministry", "he"), following one person through a document (bare
 * surnames, pronouns, "the unification ministry official"), and merging the names of one person across
 * documents while keeping different people apart.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Speaker } from '../types.ts';
import { editDistance } from '../text/distance.ts';
import { isSpace } from '../text/chars.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { flattenLists, listAt, packLists, packStrings, smallestInts, unpackLists, unpackStrings, type FlatLists, type PackedLists, type PackedStrings, type SmallInts } from '../engine/packing.ts';

export type SpeakerKind = Speaker['kind'];

/** A speaker phrase, read. */
export type ParsedSpeaker =
  | { type: 'pronoun'; pronoun: 'he' | 'she' | 'it' | 'they' }
  | { type: 'name'; name: string; role: string | null; kind: 'person' | 'organisation' }
  | { type: 'description'; text: string; head: string; definite: boolean; plural: boolean; kind: 'unnamed' | 'organisation' };

const TITLES = new Set(
  (
    'president vice prime minister ministers premier chancellor leader leaders secretary spokesman spokeswoman spokesperson ' +
    'ambassador envoy director chief head chairman chairwoman chair general gen. adm. admiral marshal commander lt. col. ' +
    'colonel major maj. capt. captain sgt. sergeant senator sen. rep. representative congressman congresswoman governor gov. mayor ' +
    'king queen prince princess pope dr. mr. mrs. ms. professor prof. deputy foreign defense defence interior finance state ' +
    'affairs security national unification trade economy justice first lady press officer analyst researcher official ' +
    'correspondent editor emperor supreme dictator counselor councillor adviser advisor aide lawmaker mp speaker ceo founder ' +
    'commissioner inspector attorney judge justice sheikh crown diplomat fellow scholar strategist former acting incoming ' +
    'outgoing late then-president then minister’s ministry’s sec. lieutenant executive associate senior assistant ' +
    // British style writes these titles without a full stop ("Dr Anna Weiss", "Mr Kim").
    'dr mr mrs ms prof'
  ).split(/\s+/u),
);

const PERSON_NOUNS = new Set(
  (
    'official officials spokesman spokeswoman spokesperson spokespeople diplomat diplomats source sources analyst analysts ' +
    'expert experts researcher researchers professor professors officer officers lawmaker lawmakers aide aides minister ' +
    'ministers leader leaders president adviser advisers advisor advisors envoy envoys ambassador director chief commander ' +
    'general soldier soldiers resident residents man woman witness witnesses reporter correspondent scholar scholars economist ' +
    'economists observer observers member members negotiator negotiators secretary representative person people insider ' +
    'insiders executive executives chairman head fellow strategist defector defectors student students worker workers ' +
    'citizen citizens critic critics engineer engineers scientist scientists pilot veteran veterans journalist journalists ' +
    'delegate delegates legislator legislators senator senators governor mayor chancellor premier king queen prince ' +
    'deputy deputies staffer staffers investigator investigators prosecutor prosecutors judge lawyer lawyers activist ' +
    'activists monk priest teacher doctor farmer trader traders manager owner resident analysts observer'
  ).split(/\s+/u),
);

const ORG_NOUNS = new Set(
  (
    'ministry agency government office committee council department embassy military army navy party media newspaper paper ' +
    'outlet company firm institute group administration house kremlin bureau service command headquarters union bank court ' +
    'parliament assembly cabinet regime country nation state broadcaster network station daily tv television website ' +
    'organization organisation alliance coalition commission authority authorities forces federation secretariat mission ' +
    'delegation consulate presidency palace police ministries agencies governments campaign campaigns foundation'
  ).split(/\s+/u),
);

const ORG_WORDS = new Set(
  (
    'ministry agency institute council committee department office party army forces command union nations news times post ' +
    'press media government house kremlin pentagon university bank corp corporation inc co. ltd service bureau embassy ' +
    'administration assembly parliament congress senate court organization organisation association foundation center centre ' +
    'commission authority group network tass yonhap reuters xinhua ria kcna nato federation league council institution ' +
    'daily journal herald tribune broadcasting fund alliance coalition secretariat company hotel hotels tower towers ' +
    'initiative college school hospital church club museum library airport casino resort resorts winery ' +
    'airlines organization organizations university institute pac'
  ).split(/\s+/u),
);

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'bin', 'al', 'von', 'van', 'der', 'da', 'du', 'la', 'le', 'y']);
const DEMONYM = /^(?:[\p{Lu}][\p{L}-]*(?:ian|ean|ese|ish|an|i|ic))$|^U\.S\.$|^U\.N\.$|^EU$|^UN$|^US$|^UK$/u;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{N}'’.-]*$/u;
const DETERMINER = /^(?:a|an|the|one|two|three|four|several|some|many|other|another|senior|top|most|few|both|all|this|that)$/iu;

/**
 * A pure function of a string, remembered: a corpus repeats its names and speaker phrases thousands of
 * times. Bounded: the cache is emptied when full. Results are shared, so callers must not change them.
 */
function remembered<T>(compute: (s: string) => T, size = 200_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = compute(s);
    if (cache.size >= size) cache.clear();
    cache.set(s, value);
    return value;
  };
}

const normalised = remembered((s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’`‘]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, ''),
);

/** Lowercase, no accents, apostrophes dropped, any other punctuation a space: for comparing names. */
export function normaliseName(s: string): string {
  return normalised(s);
}

const compacted = remembered((s: string): string => normaliseName(s).replace(/\s+/gu, ''));

/** A name with spaces and hyphens gone: "Kim Jong-un" and "Kim Jong Un" share one. */
export function compactName(s: string): string {
  return compacted(s);
}

/** The words of a name as written, for first/last word comparison ("Kim", "Jong-un"). Shared: do not change. */
const nameWords = remembered((s: string): readonly string[] =>
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
const PLACE_TAGS = /^(?:Country|City|Region|Place|Continent|Organization|Company|SportsTeam|Airport|Address)$/u;
const PERSON_TAGS = /^(?:FirstName|LastName|MaleName|FemaleName|Person|Honorific)$/u;
// Read on first need, never at import: importing this module costs nothing and writes nothing.
let LEXICON: Record<string, LexTag> | null = null;

/** Whether compromise's lexicon has been read yet (it is read on first need, never at import). */
export function lexiconIsLoaded(): boolean {
  return LEXICON !== null;
}

function lexTags(word: string): string[] {
  const key = word.toLowerCase();
  LEXICON ??= loadLexicon();
  const t = Object.hasOwn(LEXICON, key) ? LEXICON[key] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** Whether a proper name names a person or an organisation/country ("China", "the KCNA", "Sejong Institute"). */
export function classifyProperName(name: string): 'person' | 'organisation' {
  return classified(name);
}

const classified = remembered(classifyUncached);

function classifyUncached(name: string): 'person' | 'organisation' {
  const words = name.split(/\s+/u);
  if (/^the$/iu.test(words[0] ?? '')) return 'organisation';
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/['’]s$/u, '')))) return 'organisation';
  if (lexTags(name).some((t) => PLACE_TAGS.test(t))) return 'organisation';
  if (words.length === 1) {
    const w = words[0]!;
    if (/^(?:[\p{Lu}]\.?){2,}$/u.test(w)) return 'organisation';
    if (/^(?:Britain|Kremlin|Pentagon|Washington|Moscow|Beijing|Seoul|Pyongyang|Tokyo|Kyiv|Kiev|Brussels|London|Paris|Berlin|Europe|Congress|Parliament)$/u.test(w)) return 'organisation';
    return 'person';
  }
  const last = words[words.length - 1]!;
  if (lexTags(last).some((t) => PLACE_TAGS.test(t)) && !words.slice(0, -1).some((w) => lexTags(w).some((t) => PERSON_TAGS.test(t)))) return 'organisation';
  if (/^(?:States|Kingdom|Emirates|Republic|Nations|Islands|Sea|Ocean|Peninsula|Strait|River|Island|Province|Region|City|District|Square|Street|Cosmodrome|Spaceport|War|Summit|Treaty|Agreement|Declaration|Games|Day)$/u.test(last)) return 'organisation';
  return 'person';
}

/**
 * Splits a capitalised run into its title and its name: "Russian President Vladimir Putin" → role
 * "Russian President", name "Vladimir Putin". The name is what follows the last title word.
 */
export function splitTitle(words: readonly string[]): { role: string | null; name: string[] } {
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase();
    if (TITLES.has(w) || (TITLES.has(w.replace(/\.$/u, '')) && w.endsWith('.'))) last = i;
    else if (w === 'of' && last === i - 1) last = i;
    else if (last === i - 1 && last >= 0 && words[i - 1]!.toLowerCase() === 'of') last = i; // "Secretary of State"
  }
  if (last < 0) {
    // Leading demonyms with no title ("Chinese Xi Jinping") are dropped, not kept as a name.
    let k = 0;
    while (words.length - k > 2 && DEMONYM.test(words[k]!) && !lexTags(words[k]!).some((t) => PERSON_TAGS.test(t))) k++;
    return { role: k > 0 ? words.slice(0, k).join(' ') : null, name: words.slice(k) };
  }
  return { role: words.slice(0, last + 1).join(' '), name: words.slice(last + 1) };
}

/**
 * Reads a speaker phrase. Returns null when the phrase is not a speaker the text names clearly enough
 * (a clause, a list of several speakers, an object): an unattributed quote beats a wrong speaker.
 */
export function parseSpeakerPhrase(phrase: string): ParsedSpeaker | null {
  return parsedPhrase(phrase);
}

// Shared results: nobody changes a parsed phrase.
const parsedPhrase = remembered(parseUncached);

// Words that open a sentence or clause and are never part of a speaker's name ("After Trump", "Neither Clinton").
const OPENING_WORDS =
  'Neither|Either|At|On|In|Unlike|While|When|Whenever|After|Before|Since|Although|Though|If|As|Despite|Like|With|Without|During|Until|For|From|By|To|Of|But|And|So|Then|Yet|Also|Meanwhile|However|Still|Now|Later|Earlier|Where|Because|Once|Even|Only|Instead|Here|There|Asked|Speaking|Addressing|Told|What|Why|How|Who|This|That|These|Those|Is|Was|Are|Were|Has|Have|Had|Did|Does|Do|Will|Would|Can|Could|Should';
const LEADING_FUNCTION_WORD = new RegExp(`^(?:${OPENING_WORDS})\\s+`, 'u');
const FUNCTION_WORD_ALONE = new RegExp(`^(?:${OPENING_WORDS})$`, 'u');
const TIME_WORDS = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|morning|evening|afternoon)$/u;
const TIME_ONLY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|I|We|You|Me|Us)(?:['’]s)?$/u;

// "Los Angeles-area Sanders", "Chicago-based Smith": a place made an adjective is no part of the name.
const PLACE_ADJECTIVE = /^.*\S-(?:area|based|born|bred|raised|region|style)\s+/u;

function parseUncached(phrase: string): ParsedSpeaker | null {
  let p = phrase.replace(/[\s,.;:]+$/u, '').replace(/^[\s,;:]+/u, '').replace(PLACE_ADJECTIVE, '');
  while (LEADING_FUNCTION_WORD.test(p)) p = p.replace(LEADING_FUNCTION_WORD, '');
  while (TIME_WORDS.test(p)) p = p.replace(TIME_WORDS, '');
  if (TIME_ONLY.test(p) || FUNCTION_WORD_ALONE.test(p)) return null;
  if (p === '' || /[_"“”]/u.test(p)) return null;
  const pronoun = /^(he|she|it|they)$/iu.exec(p);
  if (pronoun) return { type: 'pronoun', pronoun: pronoun[1]!.toLowerCase() as 'he' | 'she' | 'it' | 'they' };
  // "He's", "She'd": a pronoun run into its verb is a clause, not a name.
  if (/^(?:he|she|it|they|i|we|you)['’](?:s|d|ll|re|ve|m)$/iu.test(p)) return null;
  let words = p.split(/\s+/u);
  if (words.length > 14) return null;
  // A common noun capitalised only because it opens the sentence: "Analysts", "Officials", "Some experts".
  const lowerFirst = words[0]!.toLowerCase();
  if (words[0] !== lowerFirst && (DETERMINER.test(lowerFirst) || (PERSON_NOUNS.has(lowerFirst) && words.length === 1) || (PERSON_NOUNS.has(lowerFirst) && /s$/u.test(lowerFirst)))) {
    words[0] = lowerFirst;
    if (lowerFirst === 'the' && words.slice(1).every((w) => CAPITALISED.test(w) || CONNECTORS.has(w))) words[0] = 'the';
    else return parseDescription(words);
  }
  if (words.some((w) => /^(?:and|or|&)$/iu.test(w)) && !words.some((w) => w === 'of' || w === 'for')) return null;
  // "Supporters of Sanders", "Friends of Trump": a plural noun opening the phrase makes a group, not a name.
  if (words.length >= 3 && words[1] === 'of' && /[^s]s$/u.test(words[0]!) && !lexTags(words[0]!).some((t) => PERSON_TAGS.test(t) || PLACE_TAGS.test(t))) {
    return parseDescription([words[0]!.toLowerCase(), ...words.slice(1)]);
  }

  const allProper = words.every((w, i) => CAPITALISED.test(w) || (i > 0 && CONNECTORS.has(w)) || (i === 0 && /^the$/iu.test(w)));
  if (allProper) {
    let rest = /^the$/iu.test(words[0]!) ? words.slice(1) : words;
    if (rest.length === 0) return null;
    // "Fox News’ Sean Hannity", "Review’s Ian Tuttle": the owner before a person's full name is his employer.
    const owner = rest.findLastIndex((w, i) => i < rest.length - 2 && /(?:['’]s|s['’])$/u.test(w));
    if (owner >= 0 && !/^the$/iu.test(words[0]!)) {
      const named = rest.slice(owner + 1);
      if (named.every((w) => CAPITALISED.test(w)) && classifyProperName(named.join(' ')) === 'person') {
        const { role, name } = splitTitle(named);
        if (name.length >= 2 && name.length <= 5) return { type: 'name', name: name.join(' '), role: [...rest.slice(0, owner + 1), role].filter(Boolean).join(' '), kind: 'person' };
      }
    }
    // "Mr. Morgan of the Sierra Club", "Sen. Jane Doe of Vermont": a titled or full name before "of" is the
    // person; what follows is where they are from.
    const of = rest.indexOf('of');
    if (of > 0) {
      const { role, name } = splitTitle(rest.slice(0, of));
      const before = name.join(' ');
      if (name.length >= 1 && name.length <= 4 && (role || name.length >= 2) && classifyProperName(before) === 'person') return { type: 'name', name: before, role, kind: 'person' };
    }
    // "Actor Clint Howard", "Celebrities Julianne Moore": a kind of person capitalised only because it opens
    // the sentence, before a full name.
    const lead = rest[0]!.toLowerCase();
    if (rest.length >= 3 && words[0] === rest[0] && (PERSON_NOUNS.has(singular(lead)) || isPersonNoun(singular(lead))) && !TITLES.has(lead) && !lexTags(rest[0]!).some((t) => PERSON_TAGS.test(t))) {
      const named = rest.slice(1);
      if (classifyProperName(named.join(' ')) === 'person') {
        const { role, name } = splitTitle(named);
        if (name.length >= 2 && name.length <= 5) return { type: 'name', name: name.join(' '), role: [lead, role].filter(Boolean).join(' '), kind: 'person' };
      }
    }
    rest = rest.filter(Boolean);
    if (/^the$/iu.test(words[0]!)) {
      return { type: 'name', name: `the ${rest.join(' ')}`, role: null, kind: 'organisation' };
    }
    const kind = classifyProperName(rest.join(' '));
    if (kind === 'organisation') return { type: 'name', name: rest.join(' '), role: null, kind };
    const { role, name } = splitTitle(rest);
    if (name.length === 0 || name.length > 5) return null;
    // "Footage of Al-Awlaki": a person's name has no "of" in it.
    if (name.includes('of')) return null;
    if (classifyProperName(name.join(' ')) === 'organisation') return null;
    return { type: 'name', name: name.join(' '), role, kind: 'person' };
  }

  // A role in lowercase before a proper name: "North Korean leader Kim Jong-un", "Kremlin spokesman Dmitry Peskov".
  let tail = words.length;
  while (tail > 0 && CAPITALISED.test(words[tail - 1]!)) tail--;
  if (tail > 0 && tail < words.length) {
    const roleWords = words.slice(0, tail);
    const lastRole = roleWords[roleWords.length - 1]!.toLowerCase();
    if (roleWords.length <= 8 && (TITLES.has(lastRole) || PERSON_NOUNS.has(lastRole)) && !roleWords.some((w) => SPEECHLIKE.test(w))) {
      const { role: innerRole, name } = splitTitle(words.slice(tail));
      if (name.length === 0 || name.length > 5) return null;
      const nameText = name.join(' ');
      if (classifyProperName(nameText) === 'organisation') return null;
      const role = [roleWords.join(' ').replace(/^(?:the|a|an)\s+/iu, ''), innerRole].filter(Boolean).join(' ');
      return { type: 'name', name: nameText, role: role || null, kind: 'person' };
    }
  }
  return parseDescription(words);
}

/**
 * Reads the subject of a reporting verb. Beyond what `parseSpeakerPhrase` reads, a determined noun phrase
 * ("the envoy's interpreter", "the host", "the clip") is an unnamed speaker: the grammar has already shown it
 * is who speaks, whatever its noun.
 */
export function parseSubjectPhrase(phrase: string): ParsedSpeaker | null {
  return parseSpeakerPhrase(phrase) ?? parsedSubject(phrase);
}

const parsedSubject = remembered((phrase: string): ParsedSpeaker | null => {
  const words = phrase.replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  if (words.length === 0 || words.length > 7 || words.some((w) => SPEECHLIKE.test(w) || /^(?:and|or|&)$/iu.test(w) || /[_"“”]/u.test(w))) return null;
  const first = words[0]!;
  const head = words[words.length - 1]!.toLowerCase().replace(/['’]s?$/u, '');
  if (!/^[\p{Ll}][\p{Ll}-]+$/u.test(head)) return null;
  const plural = /s$/u.test(head) && !/(?:ss|us)$/u.test(head);
  if (!DETERMINER.test(first) && !/['’]s$/u.test(first) && !plural) return null;
  const text = words.join(' ').replace(/^The\b/u, 'the').replace(/^A\b/u, 'a').replace(/^An\b/u, 'an');
  const definite = /^the$/iu.test(first) || /['’]s$/u.test(first);
  const kind = ORG_NOUNS.has(singular(head)) ? 'organisation' : 'unnamed';
  // A person is named by an agent noun ("interpreter", "organizer", "strategist"); "a box" or "the spot" is no speaker.
  if (kind === 'unnamed' && !isPersonNoun(singular(head)) && !/(?:er|or|ist|ian|ant|ent)$/u.test(singular(head))) return null;
  return { type: 'description', text, head: singular(head), definite, plural: kind === 'unnamed' && plural, kind };
});

const SPEECHLIKE = /^(?:was|were|is|are|has|have|had|will|would|did|does|said|told|says|because|when|while|if|that|which|who)$/iu;

/** A word that can make `parseSpeakerPhrase` read a phrase as a name or a description (see `speakerWord`). */
export const SPEAKER_NOUN = 1;
/** A word that leaves a phrase all proper words (see `speakerWord`). */
export const SPEAKER_PROPER = 2;

/**
 * What a word of a phrase can do for `parseSpeakerPhrase` (flags SPEAKER_NOUN, SPEAKER_PROPER), for telling
 * cheaply the phrases it surely rejects. A phrase gets a name or description only when all its words are
 * proper (names, connectors, a leading "the"), or one of its words is a title or a person or organisation
 * noun (the role before a name, or the head of a description). Generous on purpose: the punctuation the
 * parser strips from the phrase's ends is stripped from every word here.
 */
export function speakerWord(word: string, index: number): number {
  const w = word.replace(/[,.;:]+$/u, '').replace(/^[,;:]+/u, '');
  if (w === '') return SPEAKER_PROPER;
  const lower = w.toLowerCase();
  const head = lower.replace(/['’]s?$/u, '');
  const noun = TITLES.has(lower) || PERSON_NOUNS.has(lower) || PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) ? SPEAKER_NOUN : 0;
  const proper = CAPITALISED.test(w) || (index > 0 && CONNECTORS.has(w)) || (index === 0 && lower === 'the') ? SPEAKER_PROPER : 0;
  return noun | proper;
}

function parseDescription(words: readonly string[]): ParsedSpeaker | null {
  const prep = words.findIndex((w, i) => i > 0 && /^(?:at|of|from|in|for|with|on|to|who|familiar|close|within|inside|under|based|representing)$/iu.test(w));
  const core = prep > 0 ? words.slice(0, prep) : [...words];
  if (core.length === 0 || core.length > 7) return null;
  if (core.some((w) => SPEECHLIKE.test(w))) return null;
  const head = core[core.length - 1]!.toLowerCase().replace(/['’]s?$/u, '');
  const first = core[0]!;
  const determined = DETERMINER.test(first) || /['’]s$/u.test(first) || CAPITALISED.test(first);
  const plural = /s$/u.test(head) && !/(?:ss|us)$/u.test(head) && head !== 'news' && head !== 'media' ? true : false;
  if (!determined && !plural) return null;
  const text = words.join(' ').replace(/^The\b/u, 'the').replace(/^A\b/u, 'a').replace(/^An\b/u, 'an');
  const definite = /^the$/iu.test(first) || /['’]s$/u.test(first);
  if (PERSON_NOUNS.has(head) || isPersonNoun(singular(head))) return { type: 'description', text, head: singular(head), definite, plural, kind: 'unnamed' };
  if (ORG_NOUNS.has(head)) return { type: 'description', text, head: singular(head), definite, plural: false, kind: 'organisation' };
  return null;
}

/** Whether a word names a role or a kind of person ("secretary", "minister", "analyst"), as a role's head noun. */
export function isRoleNoun(word: string): boolean {
  const w = singular(word.toLowerCase());
  return PERSON_NOUNS.has(w) || TITLES.has(w) || isPersonNoun(w);
}

/** A noun for a kind of person ("businessman", "host", "psychotherapist"): compromise's lexicon tags them Actor. */
function isPersonNoun(w: string): boolean {
  return lexTags(w).includes('Actor') || /^[\p{Ll}]{4,}(?:ist|ician)$/u.test(w);
}

function singular(w: string): string {
  if (w === 'people') return 'person';
  if (w === 'spokespeople') return 'spokesperson';
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

const CONTENT_STOP = new Set(['a', 'an', 'the', 'at', 'of', 'from', 'in', 'for', 'with', 'on', 'to', 's', 'high', 'ranking', 'senior', 'top', 'one', 'who']);
/** Content words of a description or role, for matching "the unification ministry official" to its antecedent. */
export function contentWords(s: string): Set<string> {
  return new Set(normaliseName(s).split(/\s+/u).filter((w) => w.length > 1 && !CONTENT_STOP.has(w)).map(singular));
}

// ---------- one document ----------

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
  plural: boolean;
  /** Whether this entry only stands for a mention, never yet a speaker (kept out of the speaker list). */
  mentionOnly: boolean;
}

/** A full name mentioned somewhere in a document, with its title, for expanding bare surnames. */
interface NameMention {
  name: string;
  words: readonly string[];
  compact: string;
  role: string | null;
  paragraph: number;
  /** Where the run starts in its paragraph. */
  at: number;
}

const WORD = String.raw`[\p{Lu}](?:\.(?:[\p{Lu}]\.)*|[\p{L}\p{N}'’-]*)`;
const RUN = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:of|for|the|de|bin|al|von|van|der|da|du)[ \t]+)?${WORD})*`, 'gu');

// Function words that end a name inside a capitalised run; "may" and "will" are names as well ("Theresa May").
const STOP_IN_RUN: ReadonlySet<string> = new Set([...FUNCTION_WORDS].filter((w) => w !== 'may' && w !== 'will'));

/** The person a capitalised run names, with its title, or null: the same for every occurrence of the run. */
const runMention = remembered((run: string): Omit<NameMention, 'paragraph' | 'at'> | null => {
  let text = run.replace(/['’]s$/u, '').replace(PLACE_ADJECTIVE, '');
  while (LEADING_FUNCTION_WORD.test(text)) text = text.replace(LEADING_FUNCTION_WORD, '');
  let words = text.split(/\s+/u);
  // A headline's capitals run a name into the words after it ("Mr. Sanders Is Not a Brave Truth-Teller"):
  // the name ends before the first function word ("Is"), unless that word is also a name ("Theresa May").
  const cut = words.findIndex((w, i) => i > 0 && w !== 'of' && w !== 'the' && w !== 'for' && STOP_IN_RUN.has(w.toLowerCase()));
  if (cut > 0) words = words.slice(0, cut);
  // A person's name has no "of" ("Supporters of Sanders", "Governor of Ohio" name no one in full).
  if (words.length < 2 || words.includes('of')) return null;
  const { role, name } = splitTitle(words);
  if (name.length < 2 || name.length > 4) return null;
  const nameText = name.join(' ');
  if (classifyProperName(nameText) !== 'person') return null;
  return { name: nameText, words: nameWords(nameText), compact: compactName(nameText), role };
});

/** Full person names a document mentions, with their titles ("Russian President Vladimir Putin"). */
export function scanNameMentions(paragraphs: readonly string[]): NameMention[] {
  const out: NameMention[] = [];
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(RUN)) {
      const mention = runMention(m[0]);
      if (!mention) continue;
      let fullRole = mention.role;
      // A lowercase title just before the run: "North Korean leader Kim Jong-un".
      if (!fullRole && mayEndInTitle(text, Math.max(0, m.index - 60), m.index)) {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        const lower = /((?:[\p{Lu}][\p{L}.-]*\s+){0,3})([\p{Ll}][\p{L}-]*)\s+$/u.exec(before);
        if (lower && (TITLES.has(lower[2]!) || PERSON_NOUNS.has(lower[2]!))) fullRole = `${lower[1]!}${lower[2]!}`.trim();
      }
      out.push({ name: mention.name, words: mention.words, compact: mention.compact, role: fullRole, paragraph: i + 1, at: m.index });
    }
  });
  return out;
}

/**
 * False only when `text[from, to)` surely does not end in a lowercase title or person noun and spaces: no
 * trailing space, or a last word of ASCII lowercase letters alone that is neither. Anything else: maybe.
 */
function mayEndInTitle(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === to) return false;
  let b = e;
  while (b > from && text.charCodeAt(b - 1) >= 97 && text.charCodeAt(b - 1) <= 122) b--;
  if (b === e || (b > from && !isSpace(text.charCodeAt(b - 1)))) return true;
  const word = text.slice(b, e);
  return TITLES.has(word) || PERSON_NOUNS.has(word);
}

/** Tracks the speakers of one document in reading order: who "he", "Putin" and "the official" are. */
export class DocumentSpeakers {
  readonly locals: LocalSpeaker[] = [];
  /** Most recent last: speakers and subjects that a pronoun or a definite description may point back to. */
  private recent: LocalSpeaker[] = [];
  private readonly mentions: NameMention[];
  /** First and last words of the full names mentioned, made on first use. */
  private mentionEnds: Set<string | undefined> | null = null;
  // The names of the local speakers, indexed as they are added (a scan of every name at every look-up is
  // quadratic in the document). Locals are created in key order, so "earliest" and "latest" compare keys.
  /** Compact person name → the earliest person with it. */
  private readonly personByCompact = new Map<string, LocalSpeaker>();
  /** First or last word of a person's name → the latest person with it. */
  private readonly personByEnd = new Map<string, LocalSpeaker>();
  /** "first|last" words of a person's name of two words or more → the persons with such a name. */
  private readonly personsByEnds = new Map<string, LocalSpeaker[]>();
  /** Compact organisation name → the earliest organisation with it; the same for acronyms. */
  private readonly orgByCompact = new Map<string, LocalSpeaker>();
  private readonly orgByAcronym = new Map<string, LocalSpeaker>();
  /** The paragraph where each speaker was last named or spoke. */
  private readonly paragraphOf = new Map<LocalSpeaker, number>();
  /** The sentence of the document being read (counted by `nextSentence`), and where each speaker was last seen. */
  private sentence = 0;
  private readonly sentenceOf = new Map<LocalSpeaker, number>();
  /** The paragraph where each speaker last spoke (not only mentioned). */
  private readonly spokeIn = new Map<LocalSpeaker, number>();
  /** The full names of people the narration of each sentence mentions (names inside quotes left out). */
  private readonly namedIn = new Map<number, NameMention[]>();
  private mentionsByParagraph: Map<number, NameMention[]> | null = null;
  /** Surname → the person with a full name ending in it who last spoke or was a sentence's subject. */
  private readonly lastBySurname = new Map<string, LocalSpeaker>();

  constructor(
    readonly doc: string,
    paragraphs: readonly string[],
    private readonly nextKey: () => number,
  ) {
    this.mentions = scanNameMentions(paragraphs);
  }

  /**
   * The local speaker a phrase names at this point of the document, created if new. `asSpeaker` is false for
   * a sentence subject that is only mentioned; it still counts for later pronouns and aliases.
   */
  resolve(parsed: ParsedSpeaker, paragraph: number, role: string | null, asSpeaker: boolean): LocalSpeaker | null {
    let found: LocalSpeaker | null = null;
    if (parsed.type === 'pronoun') found = this.resolvePronoun(parsed.pronoun, paragraph);
    else if (parsed.type === 'name') found = parsed.kind === 'person' ? this.resolvePerson(parsed.name, paragraph, parsed.role) : this.resolveOrg(parsed.name);
    else found = this.resolveDescription(parsed, asSpeaker);
    if (!found) return null;
    if (role) addRole(found, role);
    if (parsed.type === 'name' && parsed.role) addRole(found, parsed.role);
    if (asSpeaker) {
      found.mentionOnly = false;
      this.spokeIn.set(found, paragraph);
    }
    this.paragraphOf.set(found, paragraph);
    this.sentenceOf.set(found, this.sentence);
    if (parsed.type === 'pronoun' && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) {
      const g = parsed.pronoun === 'he' ? 'm' : 'f';
      if (!found.gender) found.gender = g;
      if (found.gender === g) found.genderSure = true;
    }
    this.touch(found);
    return found;
  }

  /** Whether the document names someone with this word as first or last name, or has them as a speaker. */
  knowsName(name: string): boolean {
    const w = nameWords(name)[0];
    if (!w) return false;
    this.mentionEnds ??= new Set(this.mentions.flatMap((m) => [m.words[0], m.words[m.words.length - 1]]));
    return this.mentionEnds.has(w) || this.personByEnd.has(w);
  }

  /**
   * Moves on to the document's next sentence, `masked[from, to)` of a paragraph (quotes masked): pronouns
   * look back one sentence for their antecedent, and note the people named on the way.
   */
  nextSentence(paragraph: number, masked: string, from: number, to: number): void {
    this.sentence++;
    if (!this.mentionsByParagraph) {
      this.mentionsByParagraph = new Map();
      for (const m of this.mentions) {
        const list = this.mentionsByParagraph.get(m.paragraph);
        if (list) list.push(m);
        else this.mentionsByParagraph.set(m.paragraph, [m]);
      }
    }
    const here = this.mentionsByParagraph.get(paragraph);
    if (!here) return;
    const named = here.filter((m) => m.at >= from && m.at < to && masked[m.at] !== '_');
    if (named.length) this.namedIn.set(this.sentence, named);
  }

  /**
   * Whether the narration named another person after `s` was last seen and before this sentence: the
   * pronoun may then be either of them (a gender guessed from a first name is not sure enough to part them).
   */
  private displaced(s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const seen = this.sentenceOf.get(s) ?? 0;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    for (let k = seen + 1; k < this.sentence; k++) {
      for (const m of this.namedIn.get(k) ?? []) {
        if (m.words.some((w) => own.has(w))) continue;
        // Someone the text itself has called the other gender ("Paul Lee ... he added") is not meant.
        const other = this.personByCompact.get(m.compact);
        if (other?.genderSure && other.gender !== want) continue;
        return true;
      }
    }
    return false;
  }

  /** Notes that a sentence mentions several people at once: a pronoun right after it is ambiguous. */
  ambiguous(): void {
    this.recent.push(AMBIGUOUS);
  }

  private touch(s: LocalSpeaker): void {
    // A speaker stands in the list once at most (AMBIGUOUS, which may repeat, is never touched).
    const at = this.recent.indexOf(s);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(s);
    if (s.kind === 'person') {
      for (const n of s.names) {
        const nw = nameWords(n);
        if (nw.length >= 2) this.lastBySurname.set(nw[nw.length - 1]!, s);
      }
    }
  }

  private create(kind: SpeakerKind, name: string, mentionOnly: boolean): LocalSpeaker {
    const s: LocalSpeaker = { key: this.nextKey(), doc: this.doc, kind, names: [], roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly };
    this.locals.push(s);
    this.addName(s, name);
    return s;
  }

  /** Adds a name to a local speaker, and to the indexes of names. */
  private addName(s: LocalSpeaker, name: string): void {
    s.names.push(name);
    if (s.kind === 'person') {
      s.gender ??= genderOfName(name);
      earliest(this.personByCompact, compactName(name), s);
      const nw = nameWords(name);
      if (nw.length === 0) return;
      latest(this.personByEnd, nw[0]!, s);
      latest(this.personByEnd, nw[nw.length - 1]!, s);
      if (nw.length >= 2) {
        const key = `${nw[0]!}|${nw[nw.length - 1]!}`;
        const list = this.personsByEnds.get(key);
        if (!list) this.personsByEnds.set(key, [s]);
        else if (!list.includes(s)) list.push(s);
      }
    } else if (s.kind === 'organisation') {
      earliest(this.orgByCompact, compactName(name), s);
      earliest(this.orgByAcronym, acronymOf(name), s);
    }
  }

  private resolvePronoun(p: 'he' | 'she' | 'it' | 'they', paragraph: number): LocalSpeaker | null {
    const want = p === 'he' ? 'm' : 'f';
    let found: LocalSpeaker | null = null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i]!;
      if (s === AMBIGUOUS) return found;
      if (p === 'it') {
        if (s.kind === 'organisation') return s;
        continue;
      }
      if (p === 'they') return s.plural || s.kind === 'organisation' ? s : null;
      if (s.kind === 'organisation' || s.plural) continue;
      // "he" and "she" are people: not "the ad" or "the report".
      if (s.kind === 'unnamed' && ![...s.heads].some((h) => PERSON_NOUNS.has(h) || TITLES.has(h) || isPersonNoun(h))) continue;
      if (s.gender && s.gender !== want) continue;
      const at = this.paragraphOf.get(s) ?? 0;
      if (!found) {
        // Sure only of the subject or speaker of this sentence or the one before, or of someone who spoke
        // within two paragraphs, and only when the narration named no one else who may be meant since.
        const seen = this.sentenceOf.get(s) ?? -1;
        const spoke = this.spokeIn.get(s);
        if (seen < this.sentence - 1 && (spoke === undefined || paragraph - spoke > 2)) return null;
        if (paragraph - at > 2 || this.displaced(s, want)) return null;
        if (s.gender === want) return s;
        found = s;
        continue;
      }
      // Two people the pronoun may both mean, named in the same paragraph, and no gender to tell them apart.
      return at >= (this.paragraphOf.get(found) ?? 0) ? null : found;
    }
    return found;
  }

  private resolvePerson(name: string, paragraph: number, titleRole: string | null): LocalSpeaker {
    const words = nameWords(name);
    const compact = compactName(name);
    let full = name;
    let mentionRole: string | null = null;
    // A bare surname is the person of that name who last spoke or was last the subject of a sentence: "for his
    // wife Hillary Clinton" in passing does not make the next "Clinton said" hers.
    if (words.length === 1) {
      const r = this.lastBySurname.get(words[0]!);
      if (r) {
        this.touch(r);
        return r;
      }
    }
    if (words.length === 1) {
      const w = words[0]!;
      const candidates = this.mentions.filter((m) => m.words[0] === w || m.words[m.words.length - 1] === w);
      const before = candidates.filter((m) => m.paragraph <= paragraph);
      const pick = before.length ? before[before.length - 1] : candidates[0];
      if (pick) {
        full = pick.name;
        mentionRole = pick.role;
      }
    } else {
      const m = this.mentions.find((x) => x.compact === compact && x.role);
      mentionRole = m?.role ?? null;
    }
    const fullCompact = compactName(full);
    const fullWords = nameWords(full);
    // The first person with either compact name; else, for one word, the latest person with it as first or
    // last name; else the first person with the same full name.
    let s = first(this.personByCompact.get(fullCompact), this.personByCompact.get(compact));
    if (!s && fullWords.length === 1) s = this.personByEnd.get(fullWords[0]!);
    if (!s && fullWords.length > 1) {
      for (const l of this.personsByEnds.get(`${fullWords[0]!}|${fullWords[fullWords.length - 1]!}`) ?? []) {
        if (l.names.some((n) => sameFullName(nameWords(n), fullWords))) s = first(s, l);
      }
    }
    if (!s) s = this.create('person', full, true);
    for (const n of [full, name]) if (!s.names.includes(n)) this.addName(s, n);
    if (titleRole) addRole(s, titleRole);
    if (mentionRole) addRole(s, mentionRole, true);
    // A title is the text telling the gender: it outweighs a guess from a first name ("Mr Kim").
    if (/^(?:mr|sir|king|prince)\.?\b|\b(?:spokesman|chairman|congressman)\b/iu.test(`${titleRole ?? ''}`)) toldGender(s, 'm');
    if (/^(?:mrs|ms|miss|queen|princess|lady)\.?\b|\b(?:spokeswoman|chairwoman|congresswoman)\b/iu.test(`${titleRole ?? ''}`)) toldGender(s, 'f');
    return s;
  }

  private resolveOrg(name: string): LocalSpeaker {
    const compact = compactName(name);
    let s = first(first(this.orgByCompact.get(compact), this.orgByAcronym.get(compact)), this.orgByCompact.get(acronymOf(name)));
    if (!s) s = this.create('organisation', name, true);
    if (!s.names.includes(name)) this.addName(s, name);
    return s;
  }

  private resolveDescription(d: Extract<ParsedSpeaker, { type: 'description' }>, asSpeaker: boolean): LocalSpeaker | null {
    const words = contentWords(d.text);
    if (d.definite) {
      // "the unification ministry official": the latest speaker with that head noun, best with shared words.
      let best: LocalSpeaker | null = null;
      let bestScore = -1;
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const s = this.recent[i]!;
        if (s === AMBIGUOUS || !s.heads.has(d.head)) continue;
        if ((s.kind === 'organisation') !== (d.kind === 'organisation')) continue;
        let shared = 0;
        for (const w of words) if (w !== d.head && s.words.has(w)) shared++;
        if (shared > bestScore) {
          best = s;
          bestScore = shared;
        }
      }
      if (best) {
        if (!best.names.includes(d.text) && best.kind !== 'person') this.addName(best, d.text);
        for (const w of words) best.words.add(w);
        return best;
      }
    } else {
      // An indefinite description is someone new ("a Japanese official", then "a Chinese official"), unless the
      // text repeats it word for word: only the text ties two descriptions, never their being next to each other.
      const same = normaliseName(d.text);
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const s = this.recent[i]!;
        if (s !== AMBIGUOUS && s.kind === d.kind && s.names.some((n) => normaliseName(n) === same)) return s;
      }
    }
    const s = this.create(d.kind, d.text, !asSpeaker);
    s.heads.add(d.head);
    s.plural = d.plural;
    for (const w of words) s.words.add(w);
    return s;
  }
}

/** Records a gender the text tells: it replaces one only guessed from a first name, never one told before. */
function toldGender(s: LocalSpeaker, g: 'm' | 'f'): void {
  if (!s.genderSure) s.gender = g;
  if (s.gender === g) s.genderSure = true;
}

/** The gender a first name tells (compromise's lexicon of male and female first names), or null. */
function genderOfName(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/u);
  if (words.length < 2) return null;
  // "Kim Jong-un", "Moon Jae-in": a hyphenated given name last, so the first word is the family name.
  if (/^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u.test(words[words.length - 1]!)) return null;
  // "Kim Jong Un", "Park Geun Hye": a given name of two short syllables written apart, after the family name.
  // Neither syllable is a first name the lexicon knows ("Mary Jo Ann" stays given-name-first).
  if (words.length === 3 && words.slice(1).every((w) => /^[\p{Lu}][\p{Ll}]{1,3}$/u.test(w) && !lexTags(w).some((t) => /Name$/u.test(t)))) return null;
  const tags = lexTags(words[0]!);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'm' : 'f';
}

/** The one of two speakers (either may be missing) created first. */
function first(a: LocalSpeaker | undefined, b: LocalSpeaker | undefined): LocalSpeaker | undefined {
  return a && b ? (a.key <= b.key ? a : b) : (a ?? b);
}

function earliest(map: Map<string, LocalSpeaker>, key: string, s: LocalSpeaker): void {
  const had = map.get(key);
  if (!had || s.key < had.key) map.set(key, s);
}

function latest(map: Map<string, LocalSpeaker>, key: string, s: LocalSpeaker): void {
  const had = map.get(key);
  if (!had || s.key > had.key) map.set(key, s);
}

const AMBIGUOUS: LocalSpeaker = { key: -1, doc: '', kind: 'unnamed', names: [], roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly: true };

/** A role as the text gives it, or null when it is only an honorific ("Mr.", "Ms"). */
export function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.trim().replace(/[,;:]+$/u, '');
  return r === '' || /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/u.test(r) ? null : r;
}

function addRole(s: LocalSpeaker, role: string, fromMention = false): void {
  const r = role.trim().replace(/[,;:]+$/u, '').replace(/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/u, '');
  if (/^(?:Mr|Sir)\.?$/u.test(role.trim())) toldGender(s, 'm');
  if (/^(?:Mrs|Ms|Miss)\.?$/u.test(role.trim())) toldGender(s, 'f');
  if (!r) return;
  // Roles given at an attribution come before roles from mere mentions.
  const list = fromMention ? s.mentionRoles : s.roles;
  if (!list.includes(r)) list.push(r);
  for (const w of contentWords(r)) s.words.add(w);
  const words = normaliseName(r).split(/\s+/u);
  for (const w of words) if (PERSON_NOUNS.has(w) || TITLES.has(w)) s.heads.add(singular(w));
  if (/\b(?:spokeswoman|chairwoman|congresswoman|queen|princess|mrs|ms)\b/iu.test(r)) s.gender ??= 'f';
  if (/\b(?:spokesman|chairman|congressman|king|prince|mr)\b/iu.test(r)) s.gender ??= 'm';
}

function acronymOf(name: string): string {
  const words = name.replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => /^[\p{Lu}]/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** Same person: equal first and last words, and one name's words all in the other, in order. */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

// ---------- across documents ----------

/** The corpus speakers, with a map from each local speaker to its merged speaker. */
export interface MergedSpeakers {
  speakers: Speaker[];
  byLocal: Map<number, Speaker>;
}

/**
 * Merges the local speakers of all documents: one person's names across documents ("Vladimir Putin",
 * "Vladimir Vladimirovich Putin", "Kim Jong Un" / "Kim Jong-un"), organisations by name or acronym; unnamed
 * speakers and descriptions stay within their document. A bare surname joins the one person with that first
 * or last name, if only one.
 */
export function mergeSpeakers(locals: readonly LocalSpeaker[]): MergedSpeakers {
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  // The first names each group holds for each surname: two groups that name different people of one surname
  // ("Bill Clinton", "Hillary Clinton") are never merged, whatever else ties them. A missed merge is better
  // than a wrong one, and one bad tie would otherwise join the two people corpus-wide.
  const firstNames = new Map<number, Map<string, Set<string>>>();
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const fa = firstNames.get(ra);
    const fb = firstNames.get(rb);
    if (fa && fb) {
      for (const [surname, names] of fb) {
        const other = fa.get(surname);
        if (other && ![...names].some((n) => other.has(n))) return;
      }
      for (const [surname, names] of fb) {
        const other = fa.get(surname);
        if (other) for (const n of names) other.add(n);
        else fa.set(surname, names);
      }
    } else if (fb) firstNames.set(ra, fb);
    parent.set(rb, ra);
  };
  const active = locals.filter((l) => !l.mentionOnly);
  for (const l of active) {
    parent.set(l.key, l.key);
    if (l.kind !== 'person') continue;
    for (const n of l.names) {
      const w = nameWords(n);
      if (w.length < 2) continue;
      let own = firstNames.get(l.key);
      if (!own) firstNames.set(l.key, (own = new Map()));
      const surname = w[w.length - 1]!;
      const set = own.get(surname) ?? new Set<string>();
      set.add(w[0]!);
      own.set(surname, set);
    }
  }

  const byCompact = new Map<string, number>();
  // Distinct full names by first and last word; a name seen before joins its first bearer, who already joined
  // every name that matches it (comparing it again with all of them would be quadratic in the corpus).
  const byEnds = new Map<string, { words: readonly string[]; key: number }[]>();
  const byFull = new Map<string, number>();
  const bare: LocalSpeaker[] = [];
  for (const l of active) {
    if (l.kind === 'unnamed') continue;
    if (l.kind === 'organisation' && !/^(?:the\s+)?[\p{Lu}]/u.test(l.names[0]!)) continue; // "the ministry": per document
    const bareOnly = l.kind === 'person' && l.names.every((n) => nameWords(n).length === 1);
    for (const n of l.names) {
      // A person's bare surname joins others only through the full names (below): "Clinton" said in one
      // report and another must not tie their Bill and Hillary together.
      const bareName = l.kind === 'person' && !bareOnly && nameWords(n).length === 1;
      for (const key of [bareName ? '' : compactName(n), l.kind === 'organisation' ? acronymOf(n) : '']) {
        if (!key) continue;
        const k = `${l.kind}:${key}`;
        const prev = byCompact.get(k);
        if (prev === undefined) byCompact.set(k, l.key);
        else union(prev, l.key);
      }
      if (l.kind === 'person') {
        const w = nameWords(n);
        if (w.length >= 2) {
          const full = w.join(' ');
          const first = byFull.get(full);
          if (first !== undefined) union(first, l.key);
          else {
            byFull.set(full, l.key);
            const ek = `${w[0]}|${w[w.length - 1]}`;
            const list = byEnds.get(ek) ?? [];
            for (const o of list) if (sameFullName(o.words, w)) union(o.key, l.key);
            list.push({ words: w, key: l.key });
            byEnds.set(ek, list);
          }
        }
      }
    }
    if (bareOnly) bare.push(l);
  }
  // Full names by their first and last words, so that a bare surname finds its person without a scan.
  const byEndWord = new Map<string, number[]>();
  for (const l of active) {
    if (l.kind !== 'person') continue;
    for (const n of l.names) {
      const nw = nameWords(n);
      if (nw.length < 2) continue;
      for (const w of new Set([nw[0]!, nw[nw.length - 1]!])) {
        const list = byEndWord.get(w) ?? [];
        list.push(l.key);
        byEndWord.set(w, list);
      }
    }
  }
  // A bare name is never in these lists (all its names are one word). Unions only merge groups, so a list
  // can be replaced by the roots of its keys: thousands of "Putin"s become one or two roots.
  for (const b of bare) {
    const w = nameWords(b.names[0]!)[0]!;
    const roots = new Set((byEndWord.get(w) ?? []).map(find));
    byEndWord.set(w, [...roots]);
    if (roots.size === 1) union([...roots][0]!, b.key);
  }

  const groups = new Map<number, LocalSpeaker[]>();
  for (const l of active) {
    const r = find(l.key);
    const g = groups.get(r) ?? [];
    g.push(l);
    groups.set(r, g);
  }
  const speakers: Speaker[] = [];
  const byLocal = new Map<number, Speaker>();
  const usedIds = new Set<string>();
  for (const g of groups.values()) {
    const first = g[0]!;
    const names = g.flatMap((l) => l.names);
    const display = fullestName(names, first.kind);
    const aliases = [...new Set(names.map((n) => n.replace(/^The\b/u, 'the')))].filter((n) => n !== display);
    const role = g.flatMap((l) => l.roles)[0] ?? g.flatMap((l) => l.mentionRoles)[0] ?? null;
    const scope = first.kind === 'unnamed' || (first.kind === 'organisation' && !/^(?:the\s+)?[\p{Lu}]/u.test(first.names[0]!)) ? `${first.doc}:` : '';
    let id = `${scope}${slug(display)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${scope}${slug(display)}-${n}`;
    usedIds.add(id);
    const speaker: Speaker = { id, name: display, aliases, role, kind: first.kind };
    speakers.push(speaker);
    for (const l of g) byLocal.set(l.key, speaker);
  }
  return { speakers, byLocal };
}

function fullestName(names: readonly string[], kind: SpeakerKind): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0]!;
  // Most words first (hyphens split, so "Kim Jong-un" and "Kim Jong Un" tie), then the most used, then the first seen.
  const score = (n: string): number => (kind === 'unnamed' ? (/^the\b/iu.test(n) ? 0 : 1000) + n.length : normaliseName(n).split(' ').length * 1000) + (counts.get(n) ?? 0);
  for (const n of counts.keys()) if (score(n) > score(best)) best = n;
  return best.replace(/^The\b/u, 'the');
}

function slug(s: string): string {
  return normaliseName(s).replace(/\s+/gu, '-') || 'speaker';
}

// ---------- finding a speaker by name ----------

export { editDistance };

function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/** The look-up tables of a SpeakerDirectory: its keys, and for each key the speakers (by index) or name forms it leads to. */
interface DirectoryTables {
  compactKeys: string[];
  compactSpeakers: FlatLists;
  wordKeys: string[];
  wordSpeakers: FlatLists;
  forms: string[];
  formSpeaker: SmallInts;
  gramKeys: string[];
  gramForms: FlatLists;
}

/** A SpeakerDirectory as plain data: its tables with strings joined and numbers in the smallest typed arrays. */
export interface SpeakerDirectorySnapshot {
  compactKeys: PackedStrings;
  compactSpeakers: PackedLists;
  wordKeys: PackedStrings;
  wordSpeakers: PackedLists;
  forms: PackedStrings;
  formSpeaker: SmallInts;
  gramKeys: PackedStrings;
  gramForms: PackedLists;
}

/** Looks speakers up by any of their names, forgiving case, accents, hyphens and titles. */
export class SpeakerDirectory {
  // Keys to their list in the tables; the lists of speakers are made at look-up (a few per question), not
  // all at once when the directory is made or restored.
  private readonly compactIndex = new Map<string, number>();
  private readonly wordIndex = new Map<string, number>();
  /** Character trigrams of every name word → the forms with that word, to find near misses without a scan. */
  private readonly gramIndex = new Map<string, number>();
  private readonly weights = new Map<Speaker, number>();

  private constructor(
    private readonly speakers: readonly Speaker[],
    weights: readonly number[],
    private readonly data: DirectoryTables,
    private snapshot: SpeakerDirectorySnapshot | null,
  ) {
    speakers.forEach((s, i) => this.weights.set(s, weights[i] ?? 0));
    if (data.formSpeaker.length !== data.forms.length) throw new Error(`Speaker directory data has ${data.forms.length} name forms but ${data.formSpeaker.length} form speakers.`);
    data.compactKeys.forEach((k, i) => this.compactIndex.set(k, i));
    data.wordKeys.forEach((k, i) => this.wordIndex.set(k, i));
    data.gramKeys.forEach((k, i) => this.gramIndex.set(k, i));
  }

  private at(i: number): Speaker {
    const s = this.speakers[i];
    if (!s) throw new Error(`Speaker directory data names speaker ${i}, but there are only ${this.speakers.length} speakers.`);
    return s;
  }

  /** The speakers with this compact name, if any. */
  private byCompact(key: string): Speaker[] | undefined {
    const i = this.compactIndex.get(key);
    return i === undefined ? undefined : Array.from(listAt(this.data.compactSpeakers, i), (si) => this.at(si));
  }

  /** The speakers with this word in a name, if any. */
  private byWord(word: string): Set<Speaker> | undefined {
    const i = this.wordIndex.get(word);
    return i === undefined ? undefined : new Set(Array.from(listAt(this.data.wordSpeakers, i), (si) => this.at(si)));
  }

  /** The directory of these speakers; `weights[i]` (the number of quotes of speaker i) ranks ties, highest first. */
  static build(speakers: readonly Speaker[], weights: readonly number[]): SpeakerDirectory {
    const byCompact = new Map<string, number[]>();
    const byWord = new Map<string, number[]>();
    const forms: string[] = [];
    const formSpeaker: number[] = [];
    const grams = new Map<string, number[]>();
    speakers.forEach((s, si) => {
      for (const n of [s.name, ...s.aliases]) {
        const c = compactName(n);
        if (!c) continue;
        const list = byCompact.get(c) ?? [];
        // Speakers come in order: a speaker already listed is the last one.
        if (list[list.length - 1] !== si) list.push(si);
        byCompact.set(c, list);
        const form = normaliseName(n);
        const id = forms.length;
        forms.push(form);
        formSpeaker.push(si);
        for (const g of new Set(form.split(' ').flatMap(trigrams))) {
          const list = grams.get(g) ?? [];
          list.push(id);
          grams.set(g, list);
        }
        for (const w of form.split(' ')) {
          const list = byWord.get(w) ?? [];
          if (list[list.length - 1] !== si) list.push(si);
          byWord.set(w, list);
        }
      }
    });
    return new SpeakerDirectory(
      speakers,
      weights,
      {
        compactKeys: [...byCompact.keys()],
        compactSpeakers: flattenLists([...byCompact.values()]),
        wordKeys: [...byWord.keys()],
        wordSpeakers: flattenLists([...byWord.values()]),
        forms,
        formSpeaker: Int32Array.from(formSpeaker),
        gramKeys: [...grams.keys()],
        gramForms: flattenLists([...grams.values()]),
      },
      null,
    );
  }

  /** The directory again from `toSnapshot()` data and the same speakers and weights, without normalising any name. */
  static fromSnapshot(data: SpeakerDirectorySnapshot, speakers: readonly Speaker[], weights: readonly number[]): SpeakerDirectory {
    const tables: DirectoryTables = {
      compactKeys: unpackStrings(data.compactKeys),
      compactSpeakers: unpackLists(data.compactSpeakers),
      wordKeys: unpackStrings(data.wordKeys),
      wordSpeakers: unpackLists(data.wordSpeakers),
      forms: unpackStrings(data.forms),
      formSpeaker: data.formSpeaker,
      gramKeys: unpackStrings(data.gramKeys),
      gramForms: unpackLists(data.gramForms),
    };
    return new SpeakerDirectory(speakers, weights, tables, data);
  }

  /** The directory as plain data (speakers by their index in the list it was built from). */
  toSnapshot(): SpeakerDirectorySnapshot {
    const t = this.data;
    this.snapshot ??= {
      compactKeys: packStrings(t.compactKeys),
      compactSpeakers: packLists(t.compactSpeakers.start, t.compactSpeakers.values),
      wordKeys: packStrings(t.wordKeys),
      wordSpeakers: packLists(t.wordSpeakers.start, t.wordSpeakers.values),
      forms: packStrings(t.forms),
      formSpeaker: smallestInts(t.formSpeaker),
      gramKeys: packStrings(t.gramKeys),
      gramForms: packLists(t.gramForms.start, t.gramForms.values),
    };
    return this.snapshot;
  }

  private weight(s: Speaker): number {
    return this.weights.get(s) ?? 0;
  }

  /** The speaker a name means, or null: exact alias first, then without titles, then all words shared. */
  find(query: string): Speaker | null {
    const exact = this.byCompact(compactName(query));
    if (exact?.length) return this.best(exact);
    const words = normaliseName(query).split(' ').filter(Boolean);
    const untitled = words.filter((w) => !TITLES.has(w));
    if (untitled.length && untitled.length < words.length) {
      const hit = this.byCompact(untitled.join(''));
      if (hit?.length) return this.best(hit);
    }
    if (untitled.length === 0) return null;
    let candidates: Speaker[] | null = null;
    for (const w of untitled) {
      const set = this.byWord(w);
      if (!set) return null;
      candidates = candidates === null ? [...set] : candidates.filter((s) => set.has(s));
    }
    return candidates && candidates.length ? this.best(candidates) : null;
  }

  private best(list: readonly Speaker[]): Speaker {
    return [...list].sort((a, b) => this.weight(b) - this.weight(a))[0]!;
  }

  /** Closest known names to an unknown one: small edit distance to a name or one of its words, or a shared word. */
  suggest(query: string, max = 5): string[] {
    const q = normaliseName(query);
    if (!q) return [];
    const qWords = q.split(' ');
    const scored = new Map<Speaker, number>();
    const shared = new Map<number, number>();
    for (const g of new Set(qWords.flatMap(trigrams))) {
      const gi = this.gramIndex.get(g);
      if (gi !== undefined) for (const id of listAt(this.data.gramForms, gi)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const need = Math.min(2, ...qWords.map((w) => w.length));
    const candidates = [...shared.entries()].filter(([, c]) => c >= need).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([id]) => ({ speaker: this.at(this.data.formSpeaker[id]!), form: this.data.forms[id]! }));
    for (const { speaker, form } of candidates) {
      let d = form.length <= 2 * q.length + 2 ? editDistance(q, form) / Math.max(q.length, form.length) : 1;
      for (const w of form.split(' ')) {
        if (w.length < 3) continue;
        for (const qw of qWords) {
          if (qw.length < 3 || Math.abs(qw.length - w.length) > 3) continue;
          d = Math.min(d, editDistance(qw, w) / Math.max(qw.length, w.length) + 0.05);
        }
      }
      const prev = scored.get(speaker);
      if (prev === undefined || d < prev) scored.set(speaker, d);
    }
    return [...scored.entries()]
      .filter(([, d]) => d <= 0.4)
      .sort((a, b) => a[1] - b[1] || this.weight(b[0]) - this.weight(a[0]))
      .slice(0, max)
      .map(([s]) => s.name);
  }

  /** Up to `max` display names matching what was typed (prefix or substring of any name), most quoted first. */
  autocomplete(typed: string, max: number): string[] {
    const t = normaliseName(typed);
    const ranked = [...this.speakers].sort((a, b) => this.weight(b) - this.weight(a) || a.name.localeCompare(b.name));
    if (!t) return ranked.slice(0, max).map((s) => s.name);
    const prefix: Speaker[] = [];
    const inner: Speaker[] = [];
    for (const s of ranked) {
      const forms = [s.name, ...s.aliases].map(normaliseName);
      if (forms.some((f) => f.startsWith(t) || f.split(' ').some((w) => w.startsWith(t)))) prefix.push(s);
      else if (forms.some((f) => f.includes(t))) inner.push(s);
    }
    return [...prefix, ...inner].slice(0, max).map((s) => s.name);
  }
}
