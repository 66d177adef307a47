/**
 * Whether a speaker or a named person's role fits a description ("the Russian leader", "the former governor",
 * "the Korean official"): titles of those who lead, past roles, and the places a people's adjective stands for
 * as WordNet relates them. Kept apart from the reading-order bookkeeping of `document-speakers.ts`.
 */
import { commonSynonyms, isKindOf, pertainsTo, properNoun } from '../text/wordnet.ts';
import type { LocalSpeaker } from './local-speaker.ts';
import { normaliseName } from './names.ts';
import { spelledOut } from './title-abbreviations.ts';
import { withoutPersonComplement } from './person-complement.ts';
import { contentWords, isPersonNoun, PERSON_NOUNS, singular, TITLES } from './speaker-phrases.ts';

// Case is told letter by letter: under the "i" flag \p{Lu} would take "the state government" for a people's name.
export const HEAD_OF_STATE = /\b[Hh]ead\s+of\s+(?:the\s+([\p{Lu}][\p{L}'’-]*)\s+)?(?:[Ss]tate|[Gg]overnment)\b/u;

export const PAST_ROLE = /\b(?:former|ex|onetime|one-time|retired|late|then|erstwhile)\b/iu;

/**
 * Whether `s` holds `head` only as a role held now ("the present mayor", "the new captain of the side", "a
 * councillor"), no role of it a past one, so that "the former mayor" is not them: a text that has given someone a
 * role as theirs now names another by "the former" one ("Ada Roe was mayor until 2020. The present mayor, Jo Berg,
 * ... said the former mayor." is Roe's, never Berg's).
 */
export function onlyPresent(s: LocalSpeaker, head: string): boolean {
  // (A title read before a name keeps its noun only, "retired diplomat NAME" giving "diplomat": such a bare title
  // tells nothing of when, unless it says "present", "new" or "current" itself.)
  const holds = (r: string): boolean => normaliseName(r).split(/\s+/u).map(singular).includes(head);
  // (One known only by a description with "the" and no word of the past, "The mayor of Elsby unveiled ...", is the
  // holder now: the text calls them the mayor, so "the former mayor" is someone else.)
  const described = s.kind === 'person' ? [] : s.names.filter((n) => /^the\s/iu.test(n) && holds(n));
  const holding = [...s.roles.filter(holds), ...s.mentionRoles.filter((r) => holds(r) && PRESENT_ROLE.test(r)), ...described];
  return holding.length > 0 && ![...s.roles, ...s.mentionRoles, ...described].some((r) => holds(r) && PAST_ROLE.test(r));
}

/**
 * Whether `s` fits `head` only by a title of its category held now ("Rep. NAME", "Senator NAME" for "lawmaker"), no
 * role of theirs a past one, so that "the former lawmaker" is not them, as `onlyPresent` reads the head itself.
 */
export function presentCategoryOnly(s: LocalSpeaker, head: string): boolean {
  if (s.kind !== 'person') return false;
  const roles = [...s.roles, ...s.mentionRoles];
  const fitting = roles.filter((r) => roleInCategory(r, head));
  return fitting.length > 0 && !roles.some((r) => roleHoldsHead(r, head)) && !roles.some((r) => PAST_ROLE.test(r));
}

const PRESENT_ROLE = /\b(?:present|new|current|incumbent|sitting|serving)\b/iu;

/**
 * Whether a description names one who has left the office it heads: "the former mayor", "the ex-captain", and,
 * for an office, "the previous head" or "the old head" ("the old man", "the old soldier" tell an age, no office
 * left). Such a description is never one the text gives that office only as held now (`onlyPresent`).
 */
export function namesPastHolder(description: string, head: string): boolean {
  if (/\b(?:former|ex|onetime|one-time|erstwhile)\b/iu.test(description)) return true;
  return isOfficeHead(head) && new RegExp(String.raw`\b(?:old|previous)\s+(?:[\p{Ll}-]+\s+)?${head}s?\b`, 'iu').test(description);
}

/**
 * Whether every role or description of `s` holding `head` is a past one ("former governor", "ex-minister"),
 * so that a description without such a word ("the governor") is not them.
 */
export function onlyFormer(s: LocalSpeaker, head: string): boolean {
  const holding = [...s.roles, ...s.mentionRoles, ...(s.kind === 'person' ? [] : s.names)].filter((r) => normaliseName(r).split(/\s+/u).map(singular).includes(head));
  // ("a former ambassador who is now the special envoy": the head after "now" is held now, whatever came before.)
  if (holding.length === 0 || !holding.every((r) => PAST_ROLE.test(r) && !heldNow(r, head))) return false;
  // A trade or calling is kept after one leaves it, as an office is not: "the engineer" is the "former rocket
  // engineer", "the professor" the "retired professor of law"; "the governor" is never the "former governor".
  // (Not one who died or held it "then": "the late professor", "the then engineer".)
  // A military rank is kept in retirement, as an office is not: "the colonel" is the "retired US Army colonel";
  // "the captain" is no "former captain", whose ship or side has another.
  // So is the rank of one who has left a named service: "the colonel" is the "former Army colonel" (the service
  // says the rank is an officer's, not a team's or a ship's).
  if (s.kind === 'person' && MILITARY_RANKS.test(head) && holding.every((r) => (/\bretired\b/iu.test(r) || ARMED_SERVICE.test(r)) && !/\b(?:late|then|erstwhile)\b/iu.test(r) && (ARMED_SERVICE.test(r) || !/\b(?:former|ex|onetime|one-time)\b/iu.test(r)))) return false;
  return OFFICE_HEADS.test(head) || s.kind !== 'person' || !holding.every((r) => LEFT_CALLING.test(r) && !/\b(?:late|then)\b/iu.test(r));
}

// The clause of a role that gives the office held now after one left: "who is now", "and now", "now".
const NOW_CLAUSE = /(?:^|\s)(?:(?:who|and)\s+(?:is\s+)?now|who\s+(?:has\s+since\s+become|now\s+serves\s+as|now\s+works\s+as)|,\s+now)\s+(?:the|an?|its|their)\s+/iu;

/**
 * Whether a role gives `head` as held now: in a clause of "who is now", "and now" after the words of a role left
 * ("a former ambassador to X who is now the special envoy"), with no word of a role left in it.
 */
export function heldNow(role: string, head: string): boolean {
  const m = NOW_CLAUSE.exec(role);
  if (!m) return false;
  const after = role.slice(m.index + m[0].length);
  return !PAST_ROLE.test(after) && normaliseName(after).split(/\s+/u).map(singular).includes(head);
}

/**
 * Whether `s` fits a description of `head` only as one who has left the calling ("the engineer" for a "former
 * rocket engineer"), a reading that gives way to anyone else the text gives the calling (`onlyFormer`).
 */
export function leftCallingOnly(s: LocalSpeaker, head: string): boolean {
  const holding = [...s.roles, ...s.mentionRoles].filter((r) => normaliseName(r).split(/\s+/u).map(singular).includes(head));
  return s.kind === 'person' && holding.length > 0 && holding.every((r) => PAST_ROLE.test(r)) && !onlyFormer(s, head);
}

/** Whether a role's words hold `head` as a noun, now or formerly ("a professor of music", "a former engineer"). */
export function roleHoldsHead(whole: string, head: string): boolean {
  // ("the father of a welder" holds no welder of its own, `person-complement.ts`.)
  const role = otherPersonOut(whole, head);
  const words = normaliseName(role).split(/\s+/u).map(singular);
  return words.includes(head) || spellsOutOfficer(words, head);
}

/** `role` without a complement naming another person by `head` ("the father of a welder" for "welder"). */
function otherPersonOut(role: string, head: string): string {
  return withoutPersonComplement(role, (w) => w === head && (isPersonNoun(w) || PERSON_NOUNS.has(w) || TITLES.has(w)), singular);
}

/** Heads of a role only its present holder bears: offices, ranks and posts. */
const OFFICE_HEADS = /^(?:president|vice|prime|minister|premier|chancellor|leader|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|director|chief|head|chairman|chairwoman|chair|general|admiral|marshal|commander|colonel|major|captain|sergeant|lieutenant|senator|representative|congressman|congresswoman|governor|mayor|king|queen|prince|princess|pope|emperor|commissioner|inspector|attorney|judge|justice|speaker|ceo|lawmaker|mp|legislator|councillor|councilor|counselor|deputy|official|officer|adviser|advisor|aide|member|delegate|negotiator|president-elect|nominee|candidate|champion|coach|manager|owner|editor|executive|founder|partner|employee|staffer|worker|student|resident|colleague)$/u;

/** Whether a noun heads an office or a post held now ("mayor", "minister", "officer"), not a calling one keeps. */
export function isOfficeHead(head: string): boolean {
  return OFFICE_HEADS.test(head);
}
/** Ranks of the armed forces, which an officer keeps in retirement. */
const MILITARY_RANKS = /^(?:general|admiral|marshal|colonel|major|captain|sergeant|lieutenant|commander|commodore|brigadier)$/u;
/** A named armed service a rank is held in: "Army colonel", "Navy captain", "Air Force general". */
const ARMED_SERVICE = /\b(?:army|navy|naval|air\s+force|marines?|marine\s+corps|military|coast\s+guard|raf)\b/iu;
/** A role left, not ended by death: "former", "retired", "ex-". */
const LEFT_CALLING = /\b(?:former|ex|onetime|one-time|retired)\b/iu;

/**
 * Whether a speaker's or role's words hold `word`, or the place a people's adjective stands for, as WordNet
 * relates them: "the Russian president" is "president of Russia", "the Estonian minister" "minister of Estonia".
 * `noun`: the word is the description's head, a noun, so it is never read as an adjective standing for what it
 * pertains to ("the official" is no "agency", though WordNet relates "official" to one).
 */
export function holdsWord(words: ReadonlySet<string>, word: string, noun = false): boolean {
  if (words.has(word)) return true;
  // A people of two words ("north korean") is held word for word ("North Korean leader Kim ...") or by its place.
  if (word.includes(' ') && word.split(' ').every((w) => words.has(w))) return true;
  const places = noun ? [] : placesOf(word);
  if (places.some((parts) => parts.every((x) => words.has(x)))) return true;
  // A place named where the words hold its people's adjective: "the President of Russia" is "Russian President
  // Vladimir Putin", as WordNet relates "Russian" to Russia.
  if (!word.includes(' ') && [...words].some((w) => /^[\p{Ll}]+$/u.test(w) && w.length > 3 && placesOf(w).some((parts) => parts.length === 1 && parts[0] === word))) return true;
  // A place the description names by another name the role spells out: "the DPRK" in "Chairman of the
  // State Affairs of the Democratic People's Republic of Korea".
  if (namesOf(word).some((name) => name.length > 1 && name.every((x) => words.has(x)))) return true;
  // A place the role names by another of its names, which holds the adjective's place whole: "DPRK leader" is
  // "the Korean leader" ("Democratic People's Republic of Korea", "North Korea"), "USSR" "Russian".
  return places.length > 0 && [...words].some((w) => namesOf(w).some((name) => places.some((parts) => holdsRun(name, parts))));
}

/**
 * The description's words with a people named in two capitalised words joined as one ("North Korean", "South
 * African"), when WordNet relates the pair to a place: "north" and "korean" apart would ask a title for the
 * word "north" and for any Korea, where "DPRK leader" names the one place meant.
 */
export function joinPeoples(text: string, words: Set<string>): Set<string> {
  for (const m of text.matchAll(/(?<![\p{L}'’-])([\p{Lu}][\p{Ll}]+)\s+([\p{Lu}][\p{Ll}]+)(?![\p{L}'’-])/gu)) {
    const a = m[1]!.toLowerCase();
    const b = m[2]!.toLowerCase();
    if (!words.has(a) || !words.has(b)) continue;
    holdsWord(EMPTY, `${a} ${b}`);
    if ((PLACES_OF.get(`${a} ${b}`)?.length ?? 0) === 0) continue;
    words.delete(a);
    words.delete(b);
    words.add(`${a} ${b}`);
  }
  return words;
}

/** The places a people's adjective stands for, each as its words (WordNet's look-up is read once per word). */
function placesOf(word: string): string[][] {
  let places = PLACES_OF.get(word);
  if (!places) {
    places = pertainsTo(word).map((place) => [...contentWords(place)]).filter((parts) => parts.length > 0);
    PLACES_OF.set(word, places);
  }
  return places;
}

/** Whether the words of `name` hold `parts` next to each other, in order. */
function holdsRun(name: readonly string[], parts: readonly string[]): boolean {
  for (let i = 0; i + parts.length <= name.length; i++) if (parts.every((p, k) => name[i + k] === p)) return true;
  return false;
}

/** The other names WordNet gives a place written as one word ("dprk": "north korea" ...), each as its words. */
function namesOf(word: string): string[][] {
  let names = NAMES_OF.get(word);
  if (!names) {
    names = properNoun(word) ? commonSynonyms(word, 2).map((n) => [...contentWords(n)]) : [];
    NAMES_OF.set(word, names);
  }
  return names;
}

/** The places each adjective stands for, as words (WordNet's look-up is read once per word). */
const PLACES_OF = new Map<string, string[][]>();
const NAMES_OF = new Map<string, string[][]>();

/** Titles of one who leads a country or a government: "the Russian leader" may be its president. */
const LEADING_TITLES = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'leader']);

/**
 * Whether a person is "the <words> leader" (or "the <words> chief") because the text gave them a title of one who leads and every other
 * word of the description among their roles' words ("Russian President Vladimir Putin" is "the Russian
 * leader"; "the opposition leader" is not him, nor is a bare "the leader").
 */
export function leads(s: LocalSpeaker, head: string, words: ReadonlySet<string>): boolean {
  if ((head !== 'leader' && head !== 'chief') || s.kind !== 'person') return false;
  const rest = [...words].filter((w) => w !== head);
  if (rest.length === 0 || !rest.every((w) => holdsWord(s.words, w))) return false;
  // "the defense chief" is the one who heads defense: "Defense Secretary X", "Director of Defense Y", titles
  // WordNet files as kinds of chief.
  if (head === 'chief') return [...s.heads].some((h) => isKindOf(h, 'chief'));
  return [...s.heads].some((h) => LEADING_TITLES.has(h)) || (s.heads.has('minister') && s.words.has('prime')) || (s.heads.has('chairman') && namesPeople(rest));
}

/**
 * Whether a speaker's words (names and role) hold one word of a description typed: the word itself or its
 * place (`holdsWord`), "leader" for a title of one who leads ("Russian President X" is "the Russian leader"),
 * "chief" for a title WordNet files as a kind of chief ("Defense Secretary X" is "the defense chief"). `head`: the
 * word is the description's last, its noun (`holdsWord`).
 */
export function holdsDescribed(words: ReadonlySet<string>, word: string, head = false): boolean {
  if (holdsWord(words, word, head)) return true;
  if (word === 'leader') return [...words].some((w) => LEADING_TITLES.has(w)) || (words.has('minister') && words.has('prime'));
  return word === 'chief' && [...words].some((w) => TITLE_HEADS.has(w) && isKindOf(w, 'chief'));
}

// Titles that may head an office ("secretary", "director", "general"): only these are asked of WordNet.
const TITLE_HEADS = new Set(['secretary', 'director', 'general', 'minister', 'commander', 'president', 'chairman', 'chairwoman', 'head', 'administrator']);

/**
 * Whether a description's words name a people or a country ("Korean", "Russian", or the country's own name
 * standing before the noun, "the DPRK leader"): a chairman is then "the Korean leader" when his title holds that
 * country ("Chairman of the State Affairs of the DPRK"), as a president is; "the party leader" is not a
 * party's chairman, nor "the Senate leader" the Senate's.
 */
function namesPeople(words: readonly string[]): boolean {
  return words.some((w) => {
    holdsWord(EMPTY, w);
    return (PLACES_OF.get(w)?.length ?? 0) > 0 || (properNoun(w) && isKindOf(w, 'country', 3));
  });
}

const EMPTY: ReadonlySet<string> = new Set();

// A company officer's title in capitals and the words it stands for: "the CFO" is the "chief financial officer"
// (or "finance chief") the text named before, as "the minister" is the "Defence Minister" named before.
const OFFICER_ACRONYMS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ceo: [['chief', 'executive']],
  cfo: [['chief', 'financial'], ['chief', 'finance'], ['finance', 'chief']],
  coo: [['chief', 'operating']],
  cto: [['chief', 'technology']],
};

/** Whether the words of a role spell out the officer's acronym `head` ("ceo": "chief executive (officer)"). */
function spellsOutOfficer(heads: readonly string[], head: string): boolean {
  return OFFICER_ACRONYMS[head]?.some((run) => run.every((w) => heads.includes(w))) ?? false;
}

// The general noun a description may use for a calling the text gave: the calling must be the role's last word
// ("a retired border guard", not "a guard of honour's captain").
const ROLE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  officer: ['guard', 'policeman', 'policewoman', 'constable', 'sergeant', 'lieutenant', 'captain', 'major', 'colonel', 'commander', 'inspector', 'detective', 'sheriff', 'marshal', 'trooper', 'gendarme'],
  lawmaker: ['senator', 'congressman', 'congresswoman', 'representative', 'mp', 'legislator', 'parliamentarian', 'assemblyman', 'assemblywoman'],
  // ("Former ambassador Ana Roe ... '...,' the retired diplomat said": an envoy of any rank is a diplomat.)
  diplomat: ['ambassador', 'envoy', 'consul', 'attache', 'attaché'],
};

/** Whether a calling's noun is one of those a description's general noun `head` stands for ("guard" for "officer"). */
function inCategory(calling: string, head: string): boolean {
  return ROLE_CATEGORIES[head]?.includes(calling) ?? false;
}

// ("Prime Minister Ana Roe said .... '...,' the premier told reporters": news English calls a prime minister "the
// premier"; only the prime one, never any other minister.)
const PRIME_MINISTER = /(?:^|\s)prime\s+minister$/u;

/** Whether a description's noun `head` is "premier" and the role ends on "prime minister" ("Prime Minister", "the country's prime minister"). */
function premierOf(role: string, head: string): boolean {
  return head === 'premier' && PRIME_MINISTER.test(normaliseName(role).replace(/\s+(?:of|for)\s.*$/u, ''));
}

/** Whether a role ends on a calling a description's general noun `head` stands for ("a retired border guard", "officer"). */
export function roleInCategory(role: string, head: string): boolean {
  if (premierOf(role, head)) return true;
  // (A member of a legislature, or of its commission or committee, is a lawmaker: "a member of House Commission I".)
  if (LEGISLATOR_HEADS.test(head) && LEGISLATURE_MEMBER.test(role)) return true;
  if (inCategory(singular(normaliseName(role).split(/\s+/u).at(-1) ?? ''), head)) return true;
  // ("Rep. Jo Roe ... '...,' the four-term lawmaker said": a title abbreviated with its full stop, "Rep." or "Sen.",
  // is the calling spelled out, "representative" or "senator". Only with the stop: "a sales rep" is no lawmaker.)
  const last = role.trim().split(/\s+/u).at(-1) ?? '';
  return /^[\p{Lu}][\p{Ll}]+\.$/u.test(last) && spelledOut(last) !== last.slice(0, -1).toLowerCase() && inCategory(spelledOut(last), head);
}

/**
 * Whether a role and a noun are both kinds of educator by their first senses ("teacher" and "professor", "lecturer"
 * and "tutor"): one who "teaches history at a college" may be "the professor" later. Asked only where a given role
 * would otherwise rule a fresh epithet out, never to tie a description by itself.
 */
export function fellowEducators(role: string, head: string): boolean {
  const r = singular(normaliseName(role).replace(/\s+(?:of|at|for|from|in|with)\s.*$/u, '').split(/\s+/u).at(-1) ?? '').toLowerCase();
  return r !== '' && isKindOf(r, 'educator', 2, 1) && isKindOf(head, 'educator', 2, 1);
}

/** Whether a role is a seat in a legislature or its commission ("a member of House Commission I", "a member of the Duma"). */
export function legislatureMember(role: string): boolean {
  return LEGISLATURE_MEMBER.test(role);
}

/**
 * Whether a role makes its holder one of a research body's analysts for a description of `head` ("a senior fellow at
 * the X Institute" for "the analyst", "the researcher", "the expert"). A looser fit than the role's own noun: one the
 * text gave that noun comes first.
 */
export function researchFellow(role: string, head: string): boolean {
  return RESEARCH_HEADS.has(head) && RESEARCH_FELLOW.test(role);
}

const RESEARCH_HEADS: ReadonlySet<string> = new Set(['analyst', 'researcher', 'expert', 'scholar', 'specialist']);
// "a senior fellow at the Lee Institute of X", "a research fellow with the Y Centre": a fellow (perhaps senior,
// research, visiting or non-resident) at a body whose name holds a word of research or learning. (Not "a fellow
// passenger", "a fellow of the Royal Society": the noun is the role's head, and the body one of research.)
const RESEARCH_FELLOW = /^(?:an?\s+|the\s+)?(?:(?:senior|junior|research|visiting|non-resident|nonresident|distinguished|postdoctoral)\s+){0,2}fellow\s+(?:at|with|of|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|on|and)\s+)?){0,5}(?:Institute|Institution|Centre|Center|Council|Endowment|University|School|Academy|Studies|Programme|Program|Initiative|Forum|Foundation)\b/u;
// The nouns that say no more than "a member of a legislature": "the lawmaker", "the legislator", "the
// parliamentarian", and "the MP" (a member of parliament by its very letters), each of which a seat the text gave
// ("a member of the National Assembly's defence committee") fits as its own head would.
const LEGISLATOR_HEADS = /^(?:lawmaker|legislator|parliamentarian|mp)$/u;
const LEGISLATURE_MEMBER = /^(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}member\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:House|Parliament|Senate|Congress|Assembly|Duma|Knesset|Diet|Legislature|Bundestag|Majlis)\b/u;

/**
 * Whether a named person's role (as the text gave it beside the name) fits a description: it holds the
 * description's head (or a title of one who leads, for "leader") and every other word of it, `rest`.
 */
export function roleFits(whole: string, head: string, rest: readonly string[], bare: boolean): boolean {
  // ("Ivo Renn, the father of a welder at the yard, ... '...,' the welder said": the welder is another, named in
  // the role's complement, `person-complement.ts`.)
  const role = otherPersonOut(whole, head);
  // ("Justice Eve Moor interrupted. '...,' the judge said": a judge's title before the name is "Justice".)
  if (head === 'judge' && judgeTitle(role)) return rest.every((w) => holdsWord(contentWords(role), w));
  const roleWords = contentWords(role);
  // An abbreviated title counts in both forms: "Sen." is "senator", and WordNet still reads "rep" as a congressman.
  const heads = normaliseName(role).split(/\s+/u).flatMap((w) => (spelledOut(w) === w ? [w] : [w, spelledOut(w)])).map(singular);
  // In a bare description's narrow reach, a role that WordNet files under its head fits too ("Deputy
  // Foreign Minister X said ... "...," the diplomat said": a minister is a kind of diplomat).
  // ("The Rev. Jane Roe ... '...,' the pastor said": the title of courtesy of Christian clergy is borne by
  // pastors, vicars, priests and chaplains alike, so a clergyman's noun fits it; "the father" is a parent first.)
  // ("Her deputy, NAME, ... '...,' the official said": one who stands in for an officer holds office under them;
  // not a "deputy editor", whose noun is another.)
  const deputyOfficial = bare && head === 'official' && heads.at(-1) === 'deputy';
  // ("Ivo Roen, a retired border guard, ... the retired officer said": a calling of the uniformed services is an
  // officer's, as a seat in a legislature is a lawmaker's; WordNet files neither so.)
  const category = inCategory(heads.at(-1) ?? '', head) || (LEGISLATOR_HEADS.test(head) && LEGISLATURE_MEMBER.test(role));
  const premier = premierOf(role, head);
  const headFits = deputyOfficial || category || premier || heads.includes(head) || spellsOutOfficer(heads, head) || (heads.includes('reverend') && head !== 'father' && isKindOf(head, 'clergyman')) || (head === 'leader' && (heads.some((h) => LEADING_TITLES.has(h)) || (heads.includes('minister') && roleWords.has('prime')) || (heads.includes('chairman') && namesPeople(rest)))) || (bare && heads.some((h) => isKindOf(h, head))) || (head === 'chief' && rest.length > 0 && heads.some((h) => isKindOf(h, 'chief')));
  return headFits && rest.every((w) => holdsWord(roleWords, w));
}

// The title a judge of a higher court bears before the name ("Justice", "Chief Justice", "Lord Justice"), WordNet's
// first sense of "judge" listing "justice" with it; the role read is that title alone, never a ministry's
// "Minister of Justice" or "Justice Department".
const JUDGE_TITLE = /^(?:(?:chief|associate|lord|lady|senior|puisne|high\s+court|supreme\s+court)\s+)?justice$/u;

/** Whether `role` is a judge's title of address alone ("Justice", "Chief Justice"). */
export function judgeTitle(role: string): boolean {
  return JUDGE_TITLE.test(role.trim().replace(/\.$/u, '').toLowerCase().replace(/\s+/gu, ' '));
}
