/**
 * Reading a speaker phrase ("Russian President Vladimir Putin", "the KCNA", "a high-ranking official at
 * South Korea's unification ministry", "he"): a name with its title, an organisation, a pronoun or an unnamed
 * speaker's description with its head noun.
 */
import { epithetBeforeTitle } from './epithet-before-title.ts';
import { joinedDescription } from './joined-descriptions.ts';
import { joinedRolesName } from './joined-roles-name.ts';
import { withoutIntensiveTail } from './intensive-reflexive.ts';
import { indefiniteDescription } from './indefinite-name.ts';
import { memberDescription } from './member-noun.ts';
import { ampersandFirm } from './ampersand-firm.ts';
import type { Speaker } from '../types.ts';
import { isKindOf, isLemma, pertainsTo, senseWords } from '../text/wordnet.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { commonWordNotName, inWordNet, isKnownFirstName } from './first-names.ts';
import { mediumVoice } from './medium-voice.ts';
import { generationEpithet } from './generation-epithet.ts';
import { classifyProperName, isDocumentOffice, isDocumentPerson, lexFirstName, lexTags, nameEnding, normaliseName, PEERAGE_TITLE, PERSON_TAGS, PLACE_TAGS, remembered } from './names.ts';

export type SpeakerKind = Speaker['kind'];

/** A speaker phrase, read. */
import { ageEpithet } from './stated-ages.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { channelOfPost, describedDocumentOwner, documentOwner, pronounDocumentOwner } from './owned-document.ts';
import { bodyUnitPhrase, namedBodyUnit } from './body-unit.ts';
import { withoutContactClause } from './contact-clause.ts';
import { jointNames } from './joint-names.ts';
import { oneWithTwoRoles } from './one-with-two-roles.ts';
import { mediumNamedInside } from './medium-named-inside.ts';
import { nameEndingRun } from './name-in-run.ts';

export type ParsedSpeaker =
  | { type: 'pronoun'; pronoun: 'he' | 'she' | 'it' | 'they' }
  // (`voice`: a paper's voice named with the paper, "the Velm Gazette's editorial board", shown for the words it gives.)
  | { type: 'name'; name: string; role: string | null; kind: 'person' | 'organisation'; voice?: string }
  | { type: 'description'; text: string; head: string; definite: boolean; plural: boolean; kind: 'unnamed' | 'organisation'; roleOnly?: boolean };


/** Titles of courtesy, given to people only. */
const COURTESY = /^(?:mr|mrs|ms|miss|mister|sir|dame)\.?$/iu;

export const TITLES = new Set(
  (
    'president vice prime minister ministers premier chancellor leader leaders secretary spokesman spokeswoman spokesperson ' +
    'ambassador envoy director chief head chairman chairwoman chairperson chair general gen. adm. admiral marshal commander lt. col. ' +
    'colonel major maj. capt. captain sgt. sergeant senator sen. rep. representative congressman congresswoman governor gov. mayor ' +
    'king queen prince princess pope dr. mr. mrs. ms. professor prof. deputy foreign defense defence interior finance state ' +
    'affairs security national unification trade economy justice first lady press officer analyst researcher official ' +
    'correspondent editor emperor supreme dictator counselor councillor adviser advisor aide lawmaker mp speaker ceo cfo coo cto founder ' +
    'commissioner inspector attorney judge justice sheikh crown diplomat fellow scholar strategist former acting incoming ' +
    'outgoing late then-president then minister’s ministry’s sec. lieutenant executive associate senior assistant ' +
    // The titles the shared sentence splitter knows as abbreviations ("Pres. Obama", "Fr. Frank Pavone").
    'pres. amb. fr. rev. gov. sheriff father reverend pastor elder ' +
    // Philippine news titles before a name ("Usec. Ana Cruz", "Atty. Ana Cruz"), abbreviated as the splitter knows them.
    'undersecretary usec. asec. atty. engr. ' +
    // Police and naval ranks abbreviated with a full stop, as the splitter knows them ("Supt. Ana Cruz", "Cdr. Jo Lim").
    'supt. insp. cdr. cmdr. ' +
    // A state delegate's title after "state" ("state Del. Ana Roe"), as the splitter reads it.
    'del. ' +
    // The titles of clergy, religious orders and trade unions before a name ("Bishop Jane Roe", "Sister Mary Roe",
    // "Brother Tom Roe", "Rabbi Roe").
    'bishop archbishop cardinal sister brother rabbi imam monsignor msgr. ' +
    // Malaysia's honours before a name ("Datuk Lim Chee Keong", "Datuk Seri Anwar Ali", "Datin Mariam Yusof"): a
    // title like "Sir", but kept apart from the name, which may open on a family name written first ("Lim").
    'datuk dato dato\' dato’ datin seri ' +
    // India's honorifics before a name ("Shri Ramesh Roe", "Smt. Asha Roe", "Shrimati Asha Roe"): a title like
    // "Mr." and "Mrs.", never a given name, so "Shri Roe" later is the one named in full, not a second person.
    'shri shrimati smt smt. ' +
    // The address of a party state's press ("Respected Comrade Kim Jong Un"): a title, never a given name.
    'comrade ' +
    // British style writes these titles without a full stop ("Dr Anna Weiss", "Mr Kim", "the Rev Jane Roe").
    'dr mr mrs ms prof rev revd ' +
    // The German courtesy titles an English edition of a German paper keeps ("Herr Kolbe", "Frau Dr. Reuter"): "Mr."
    // and "Mrs." in German, never a given name.
    'herr frau ' +
    // And the armed forces' ranks ("Lt Gen Jane Roe", "Col Tom Roe", "Brig Ann Roe"), the lexicon's abbreviations
    // of an honorific, never a given name; "Brig." as the US writes it ("Brig. Gen. Jane Roe").
    'gen lt col brig maj capt sgt cpl cdr brig. ' +
    // British police ranks and a councillor's short title ("Chief Constable Jane Roe", "Chief Superintendent Tom
    // Roe", "Cllr Ann Roe"): a title, not a first name.
    'constable superintendent cllr'
  ).split(/\s+/u),
);

export const PERSON_NOUNS = new Set(
  (
    'official officials spokesman spokeswoman spokesperson spokespeople diplomat diplomats source sources analyst analysts ' +
    'counterpart counterparts ' +
    'expert experts researcher researchers professor professors officer officers lawmaker lawmakers aide aides minister ' +
    'ministers leader leaders president adviser advisers advisor advisors envoy envoys ambassador director chief commander ' +
    'general soldier soldiers resident residents man woman witness witnesses reporter correspondent scholar scholars economist ' +
    'economists observer observers member members negotiator negotiators secretary representative person people insider ' +
    'insiders executive executives chairman chairperson head fellow strategist defector defectors student students worker workers ' +
    'citizen citizens critic critics engineer engineers scientist scientists pilot veteran veterans journalist journalists ' +
    'delegate delegates legislator legislators senator senators governor mayor chancellor premier king queen prince ' +
    'deputy deputies staffer staffers investigator investigators prosecutor prosecutors judge lawyer lawyers attorney attorneys activist ' +
    'activists monk priest teacher doctor nurse nurses farmer trader traders banker bankers manager owner resident analysts observer ' +
    'medic medics paramedic paramedics gunner gunners sniper snipers sapper sappers ' +
    // Those who put one language into another ("The interpreter, a student ..., told ...").
    'interpreter interpreters translator translators ' +
    // Those who present the news: "co-anchor Jane Roe said" (the noun "anchor" is no person to WordNet).
    'anchor anchors co-anchor co-anchors anchorman anchorwoman newsreader newsreaders presenter presenters co-presenter co-host co-hosts'
  ).split(/\s+/u),
);

// The head nouns of a description of a body ("the ministry said", "the club said"), in lowercase: not names.ts's
// `nameEnding`, the last words of bodies' proper names; many are no name's end ("government", "state", "team").
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  (
    'ministry agency government office committee council department embassy military army navy party media newspaper paper ' +
    'outlet company firm institute group administration house kremlin bureau service command headquarters union bank court ' +
    'parliament assembly cabinet regime country nation state broadcaster network station channel daily tabloid broadsheet tv television website ' +
    'staff intelligence team ' +
    'organization organisation alliance coalition commission authority authorities forces federation secretariat mission ' +
    'delegation consulate presidency palace police ministries agencies governments campaign campaigns foundation diplomacy ' +
    // A sports club or a university speaks through statements as a company does ("the club said it ...").
    'club university ' +
    // A railway speaks as its operator does ("the state railway said the line ...").
    'railway railways railroad ' +
    // So does a corporation, a state one too ("the Vorlan state corporation said in a statement ...").
    'corporation ' +
    // So do a charity and the trust it may be set up as ("the trust said in a statement that it ...").
    'charity trust ' +
    // And a trade or industry association ("the association said in a note to members ...").
    'association ' +
    // A regulator in news copy is the regulating body ("the markets regulator said it was monitoring ...").
    'regulator'
  ).split(/\s+/u),
);

// Offices that end a run of titles and are nobody's surname.
const OFFICES_NOT_SURNAMES = new Set(
  'secretary president minister premier chancellor spokesman spokeswoman spokesperson ambassador envoy director chairman chairwoman commander governor adviser advisor representative deputy leader'.split(' '),
);

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'dela', 'delos', 'bin', 'al', 'von', 'van', 'der', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'y']);
// A Dutch surname's contracted article and the preposition before it ("in 't", "van 't", "op 't"): inside a name.
const CONTRACTED_ARTICLE = /^['’]t$/u;
function surnameConnector(words: readonly string[], i: number): boolean {
  return CONTRACTED_ARTICLE.test(words[i]!) || (/^(?:in|op|uit)$/u.test(words[i]!) && CONTRACTED_ARTICLE.test(words[i + 1] ?? '') && CAPITALISED.test(words[i + 2] ?? ''));
}
const DEMONYM = /^(?:[\p{Lu}][\p{L}-]*(?:ian|ean|ese|ish|an|i|ic))$|^U\.S\.$|^U\.N\.$|^EU$|^UN$|^US$|^UK$/u;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{N}'’.-]*$/u;
// Ranks of the armed forces and police that "Senior" may open, as armies east of the Elbe write them.
const SENIOR_RANK = /^(?:Sgt\.?|Sergeant|Lt\.?|Lieutenant|Capt\.?|Captain|Cpl\.?|Corporal|Warrant|Constable|Sergeant-Major|Private|Inspector|Major|Maj\.?)$/u;
const DETERMINER = /^(?:a|an|the|one|two|three|four|several|some|many|other|another|senior|top|most|few|both|all|this|that)$/iu;

/** Whether a demonym-shaped word names a people: an abbreviation ("U.S.") or an adjective of a place. */
function isPeopleWord(w: string): boolean {
  return !/[\p{Ll}]/u.test(w) || pertainsTo(w).length > 0;
}

/**
 * Whether a capitalised word is a people's adjective ("Norwegian", "U.S.", "Greek", "Dutch"): demonym-shaped and of a
 * place, or any capitalised word WordNet relates to a place (which the shape misses: "Greek", "Swiss").
 */
export function isPeoplesAdjective(w: string): boolean {
  return (DEMONYM.test(w) && isPeopleWord(w)) || (/^[\p{Lu}]/u.test(w) && pertainsTo(w).length > 0);
}

/**
 * Splits a capitalised run into its title and its name: "Russian President Vladimir Putin" → role
 * "Russian President", name "Vladimir Putin". The name is what follows the last title word.
 */
// A saint's name opening a person's given name or surname ("St. John Orme", "St. Clair"): never a description.
const SAINT = /^(?:St|Ste|Saint)\.?$/u;

export function splitTitle(words: readonly string[]): { role: string | null; name: string[] } {
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase();
    // A title of two joined ("Secretary-Treasurer", "Speaker-elect", "Minister-designate") is a title.
    const joined = w.includes('-') && w.split('-').every((part) => TITLES.has(part) || part === 'elect' || part === 'designate' || part === 'treasurer');
    // A title in the plural before one name is still its title ("Senators Rubio" where the text lists several).
    const plural = i === 0 && /[^s]s$/u.test(w) && TITLES.has(w.slice(0, -1)) && !TITLES.has(w);
    // "Lady" is a title of office only as "First Lady"; else a peer's, kept with the name ("Lady Harrow", as
    // "Lord Penwick", "Dame Ann Roe", "Sir Tom Roe").
    if (w === 'lady' && !/^first$/iu.test(words[i - 1] ?? '')) continue;
    if (TITLES.has(w) || joined || plural || (TITLES.has(w.replace(/\.$/u, '')) && w.endsWith('.'))) last = i;
    else if (w === 'of' && last === i - 1) last = i;
    else if (last === i - 1 && last >= 0 && words[i - 1]!.toLowerCase() === 'of') last = i; // "Secretary of State"
  }
  // "Minister of Natural Resources and Environment Siti Darnat": the body an office is "of" runs on over capitalised
  // words of English and the "and", "of" or "the" joining them, up to the first word no dictionary has as a common
  // word, where the name begins; only when a name of two capitalised words or more is left ("Minister of Trade Mark
  // Grant" keeps its reading: a known first name is no common word).
  if (last >= 2 && words[last - 1]!.toLowerCase() === 'of') {
    let end = last;
    for (let j = last + 1; j < words.length; j++) {
      const w = words[j]!;
      if (/^(?:and|of|the|&)$/iu.test(w) && CAPITALISED.test(words[j + 1] ?? '')) continue;
      if (!CAPITALISED.test(w) || !commonWordNotName(w)) break;
      end = j;
    }
    if (end > last && words.length - end - 1 >= 2 && words.slice(end + 1).every((w) => CAPITALISED.test(w) && !commonWordNotName(w))) last = end;
  }
  if (last < 0) {
    // Leading demonyms with no title ("Chinese Xi Jinping") are dropped, not kept as a name; not before a
    // common word, which a name does not open ("Human Rights Watch" is no "Rights Watch").
    let k = 0;
    // A word that only looks like one ("Jean" in "Jean H. Lee") is a demonym when WordNet relates it to a place.
    while (words.length - k > 2 && DEMONYM.test(words[k]!) && !lexTags(words[k]!).some((t) => PERSON_TAGS.test(t)) && isPeopleWord(words[k]!) && !commonWordNotName(words[k + 1]!)) k++;
    // "Democrats Hillary Clinton", "Billionaire Donald Trump", "Rival Hillary Clinton": a word that is no
    // name before a known first name and a surname is a description of the person, capitalised at the head
    // of a sentence, not a part of the name. (Not a given name the name lists know that is no common word,
    // "José Luis Pardo", "Hamid Rashid Kazmi": the first of two given names. "Boss", "Chief", "King" are words too.)
    // (Not a word of one or two letters: "Ri Yong Ae", "O Su Yong", "Yu Myung Hwan" open on a family name written
    // first, and no English description of a person is so short.)
    if (k === 0 && words.length >= 3 && [...words[0]!].length >= 3 && !SAINT.test(words[0]!) && !PEERAGE_TITLE.test(words[0]!) && !lexTags(words[0]!).some((t) => PERSON_TAGS.test(t)) && !(isKnownFirstName(words[0]!) && !inWordNet(words[0]!)) && lexFirstName(words[1]!)) k = 1;
    // "Host Bae Min-seo", "Presenter Ngo Thi Lan": a common noun of a person, capitalised before a name of two
    // words or more that opens on no known first name (a family name written first), is the person's role too
    // (not before a common word, which opens no name: "Human Rights Watch"). So is a noun of agent WordNet files
    // under person before a given name no lexicon knows ("Retiree Orla Fenwick", "Pensioner Tam Roe").
    if (k === 0 && words.length >= 3 && /^[\p{Lu}][\p{Ll}]{2,}$/u.test(words[0]!) && !PEERAGE_TITLE.test(words[0]!) && !lexTags(words[0]!).some((t) => PERSON_TAGS.test(t)) && (PERSON_NOUNS.has(words[0]!.toLowerCase()) || isPersonNoun(words[0]!.toLowerCase()) || agentNoun(words[0]!)) && /^[\p{Lu}]/u.test(words[1]!) && !commonWordNotName(words[1]!) && classifyProperName(words.slice(1).join(' ')) === 'person') k = 1;
    // "Substitute Pak Sol-ji", "Midfielder Ri Un-hui": a name of a family name and a hyphenated given name opens on
    // its family name, so a capitalised word before it that is no given name is the person's role, whatever the
    // word lists make of it ("substitute" is a thing too, "midfielder" in none).
    if (k === 0 && words.length === 3 && /^[\p{Lu}][\p{Ll}]{2,}$/u.test(words[0]!) && /^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u.test(words[2]!) && !lexTags(words[0]!).some((t) => PERSON_TAGS.test(t)) && !isKnownFirstName(words[0]!)) k = 1;
    return { role: k > 0 ? words.slice(0, k).join(' ') : null, name: words.slice(k) };
  }
  return { role: words.slice(0, last + 1).join(' '), name: words.slice(last + 1) };
}

/**
 * A capitalised noun of agent that WordNet files under person ("Retiree", "Pensioner", "Shopkeeper"): by its ending,
 * so that given names WordNet also files so ("Frank", "Mark", "Grant") are not taken.
 */
function agentNoun(word: string): boolean {
  return /^[\p{Lu}][\p{Ll}]{3,}(?:ee|er|or|ist|ian|ant|ent)$/u.test(word) && isKindOf(word.toLowerCase(), 'person', 4);
}

/**
 * Reads a speaker phrase. Returns null when the phrase is not a speaker the text names clearly enough
 * (a clause, a list of several speakers, an object): an unattributed quote beats a wrong speaker.
 */
// The last word of a heading over a box or list of the text's own: what it lists, never who speaks.
const CONTENT_HEADING = /^(?:facts|factbox|factfile|quotes|quotations|figures|highlights|points|numbers|takeaways|details|excerpts|headlines|updates|lessons|questions|answers|statistics|stats|milestones|dates|basics|reactions|timeline|glossary|background|explainer)$/iu;
// The capitalised word after a particle, double-barrelled or not ("von Trapp", "von Bülow-Röhl"): a hyphen
// may open a second capitalised part.
const PARTICLE_TAIL = String.raw`[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}]?[\p{Ll}'’]+)*`;
// Words before a given name and a surname opening with its lowercase particle, the phrase's end.
const PARTICLED_NAME_END = new RegExp(String.raw`^(.*\S[\s,]+)([\p{Lu}][\p{Ll}'’-]+)\s+(van(?:\s+(?:der|den|de))?|von(?:\s+der)?|de(?:\s+(?:la|le))?|der|den|del|della|dela|delos|di|da|das|dos|du|ter|ten|zu)\s+(${PARTICLE_TAIL})$`, 'u');
// A lowercase surname particle (or two: "van der", "de la") and one capitalised word.
const SURNAME_PARTICLE = new RegExp(String.raw`^(?:van(?:\s+(?:der|den|de))?|von(?:\s+der)?|de(?:\s+(?:la|le))?|der|den|del|della|dela|delos|di|da|das|dos|du|ter|ten|zu)\s+${PARTICLE_TAIL}$`, 'u');

const PRONOUN_CLOSING = /\s[\p{Ll}\d][\p{L}\d'’-]*\s+(?:I|we|he|she|they)$/u;

// "The" opening a sentence, a capitalised word or two of a party, body or place, a lowercase role and a full name
// at the end: "The Green spokeswoman Ana Roe".
const OPENING_THE_ROLE_NAME = /^\s*The\s+[\p{Lu}][\p{L}'’.-]*\s+(?:[\p{Lu}][\p{L}'’.-]*\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+){1,3}(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+$/u;

export function parseSpeakerPhrase(phrase: string): ParsedSpeaker | null {
  const whole = parsedWholePhrase(phrase);
  // A name read with the words of a run before it ("... the Arctic Gennady Borisovich Roe", "... Korea Shri Ravi
  // Roe"): the person's name alone, where a patronymic or an honorific says it opens (`name-in-run.ts`).
  const ending = whole?.type === 'name' ? nameEndingRun(whole.name) : null;
  const parsed: ParsedSpeaker | null = ending ? { type: 'name', name: ending.name, role: ending.role, kind: 'person' } : whole;
  // "the respected Comrade NAME": an epithet in -ed before a title is the person's, not a verb (`epithet-before-title.ts`).
  if (parsed === null && phrase.includes('ed ')) {
    const epithet = epithetBeforeTitle(phrase);
    const titled = epithet ? parsedWholePhrase(epithet.rest) : null;
    if (titled?.type === 'name' && titled.kind === 'person' && titled.role && /\s/u.test(titled.name)) return { ...titled, role: `${epithet!.epithet} ${titled.role}` };
  }
  if (parsed || !OPENING_THE_ROLE_NAME.test(phrase)) return parsed;
  // The article's capital only opens the sentence: "The Labour leader NAME" is "the Labour leader NAME", whose
  // capitalised words read as a run of a name from "The" would leave two names in one phrase.
  const lowered = parsedWholePhrase(phrase.replace(/^(\s*)The\s/u, '$1the '));
  return lowered?.type === 'name' && lowered.kind === 'person' ? lowered : null;
}

// The office, opening on its noun (perhaps "former", "acting" or "deputy" before it), then an initialled name at
// the phrase's end: "Head of the Asia division Ch.Bold".
const OFFICE_INITIALLED = /^\s*((?:(?:[Ff]ormer|[Aa]cting|[Dd]eputy)\s+)?([\p{L}]+)\b[^"“”;:]*?)\s+([\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}(?:-[\p{Lu}][\p{Ll}]+)?)[\s,.;:]*$/u;

/**
 * An office set before a Mongolian-style name (a patronymic's initial written close up to the given name): the
 * name is the person's, the office their role. Only when the office opens on a noun of an office or a person.
 */
function officeBeforeInitialledName(phrase: string): ParsedSpeaker | null {
  const m = OFFICE_INITIALLED.exec(phrase);
  if (!m) return null;
  const noun = m[2]!.toLowerCase();
  if (isRoleNoun(noun) || isPersonNoun(noun)) return { type: 'name', name: m[3]!, role: m[1]!.trim(), kind: 'person' };
  // (The tail of a longer office, capitalised, as a reading that stops short of its noun leaves it: "Trade of
  // Mongolia D.Bold". The initial and the given name are the whole name; the words before are no part of it.)
  if (/^\s*(?:the\s+)?[\p{Lu}]/u.test(m[1]!) && !/\s(?:said|says|told|added)\b/u.test(m[1]!)) return { type: 'name', name: m[3]!, role: null, kind: 'person' };
  return null;
}

// "One of the ..." and the group it is picked from: a determiner (an article, a possessive) opens the group's words.
const PARTITIVE_ONE = /^[Oo]ne\s+of\s+((?:the|these|those|his|her|their|its|our|[\p{Lu}][\p{L}.-]*['’]s?)\s+[\p{Ll}].*)$/u;

const CAPS_TITLE_NAME = /^\s*[Tt]he\s+([\p{Lu}]{2,4})\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3})[\s,.;:]*$/u;

// A rank opening the phrase ("Deputy", "First Deputy", "Acting", "Vice"), then an office of one or two capitalised
// words and "of".
const RANK_BEFORE_OFFICE_OF = /^\s*((?:First\s+)?(?:Deputy|Vice|Acting|Assistant|Associate)\s+)(?=(?:[\p{Lu}][\p{L}-]*\s+){1,2}of\s)/u;

/**
 * "Deputy Head of the Press Office Jo Roe": the phrase read without its rank, when that gives a person's name of two
 * words or more after an office "of" a body; the rank is kept in the role. Null otherwise.
 */
function rankedOfficeOf(phrase: string): ParsedSpeaker | null {
  const m = RANK_BEFORE_OFFICE_OF.exec(phrase);
  if (!m) return null;
  const rest = parseSpeakerPhrase(phrase.slice(m[0].length));
  if (rest?.type !== 'name' || rest.kind !== 'person' || !/\s/u.test(rest.name) || !rest.role || !/\sof\s/u.test(rest.role)) return null;
  return { ...rest, role: `${m[1]!.trim()} ${rest.role}` };
}

function parseSpeakerPhraseUncached(phrase: string): ParsedSpeaker | null {
  // A letter alone is an interview's mark for the question or the answer ("Q:", "A."), or an initial cut
  // off its name: no one to credit.
  if (SINGLE_LETTER.test(phrase)) return null;
  // "R-Alaska", "D-N.Y.", "I-Vt.": a US party tag set off after a senator's name says where he sits and for whom;
  // it names nobody, and a reading that ends on it ("A spokesman for Sen. NAME, R-Alaska, said") must not make it a
  // person.
  if (PARTY_TAG.test(phrase.trim())) return null;
  // "the MP Stijn Kalf", "the CEO Ada Roe": a title written in capitals after "the" is still a title before a name,
  // not the run of a body's name ("the BBC"); the name is read after it as after the lowercase title.
  const capsTitle = CAPS_TITLE_NAME.exec(phrase);
  if (capsTitle && TITLES.has(capsTitle[1]!.toLowerCase())) {
    const titled = parseSpeakerPhrase(`${capsTitle[1]!} ${capsTitle[2]!}`);
    if (titled?.type === 'name' && titled.kind === 'person' && /\s/u.test(titled.name)) return titled;
  }
  // "Director of the Press Department of the Ministry D.Gantulga", "Researcher at the Institute Ts.Saran": an agency
  // writing Mongolian names sets the whole office before a name that opens on its patronymic's initial.
  const initialled = officeBeforeInitialledName(phrase);
  if (initialled) return initialled;
  // "Deputy Chairwoman of the Regional Assembly Ana Petrovna Roe": a rank before an office "of" a body is part of the
  // office, never a title before the name "Chairwoman"; the phrase is read as the office without it, then the rank
  // put back on the role.
  const ranked = rankedOfficeOf(phrase);
  if (ranked) return ranked;
  // "Brothers Gareth (and Huw Roe)", "Twins Ann": a plural word of kin opening the phrase before a name says how
  // the ones named are related; the name is the rest.
  const kin = KIN_PLURAL_OPENING.exec(phrase);
  if (kin) {
    const rest = parseSpeakerPhrase(phrase.slice(kin[0].length));
    if (rest?.type === 'name') return rest;
  }
  // "said Mr Speaker", "Madam President": the form of address of an office is the officeholder unnamed, "the
  // Speaker", never a person whose surname is the office's word.
  const office = OFFICE_ADDRESS.exec(phrase.trim().replace(/[.,;:]+$/u, ''));
  if (office) return { type: 'description', text: `the ${office[1]!}`, head: office[2]!.toLowerCase(), definite: true, plural: false, kind: 'unnamed' };
  // "Mara Olsen herself", "the mayor himself": an intensive reflexive after the subject only stresses it; the one
  // named is the phrase before it, read as it would be alone. (Not after a bare surname: "Kim herself" tells a sex
  // the resolution of a bare surname would not weigh, and a namesake of the other sex may take the words.)
  const stressed = withoutIntensiveTail(phrase.trim().replace(/[.,;:]+$/u, ''), ['himself', 'herself']);
  if (stressed && /\s/u.test(stressed.trim())) {
    const inner = parseSpeakerPhrase(stressed);
    if (inner && inner.type !== 'pronoun') return inner;
  }
  // "Our Moderator", "my Bishop": an office capitalised after "our" or "my", as a church or club's own paper writes
  // it, is the officeholder described, as "our moderator" is, never a name.
  const ours = OUR_OFFICE.exec(phrase.trim().replace(/[.,;:]+$/u, ''));
  if (ours && isRoleNoun(ours[2]!.toLowerCase())) return { type: 'description', text: `${ours[1]!} ${ours[2]!}`, head: ours[2]!.toLowerCase(), definite: true, plural: false, kind: 'unnamed' };
  // "the ex-soldier", "an ex-minister": "ex-" before a noun of a person is "former", read so (the words kept).
  if (EX_NOUN.test(phrase)) {
    const former = parsedSpeakerPhrase(phrase.replace(EX_NOUN, '$1former $2'));
    if (former?.type === 'description') return { ...former, text: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^The\s/u, 'the ') };
  }
  // "the vice-chancellor", "Deputy-Governor Ana Roe", "the editor-in-chief": a rank's prefix joined to an office by a
  // hyphen, or "in chief" after one, is the same office as written with spaces ("the vice chancellor", whose head is
  // "chancellor"); the text keeps its hyphens (a hyphen and a space are one character, so the role is where it was).
  // (Only what looks back for a holder: "a vice-minister" brings in someone new, read as before.)
  if (phrase.includes('-') && HYPHENED_OFFICE.test(phrase)) {
    const spaced = phrase.replace(HYPHENED_OFFICE_ALL, (h) => h.replaceAll('-', ' '));
    const read = parsedSpeakerPhrase(spaced);
    if (read?.type === 'description' && read.definite) return { ...read, text: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^The\s/u, 'the ') };
    const at = read?.type === 'name' && read.role ? spaced.indexOf(read.role) : -1;
    if (read?.type === 'name' && at >= 0) return { ...read, role: phrase.slice(at, at + read.role!.length) };
  }
  // "I'll let the Ambassador", "We've asked the minister": a pronoun's contraction opens a clause of its own, never
  // a phrase naming someone (the noun after it is the verb's object).
  if (PRONOUN_CONTRACTION.test(phrase)) return null;
  // "As a nurse for 30 years I (say this)": a subject pronoun closing the words after a lowercase word or a number
  // is the clause's subject, the words before it a phrase set before it, never one described. (Not a regnal
  // numeral after a name: "Charles I".)
  // (Only a phrase that ends on one of the pronouns' letters: the expression, anchored at the end, is tried at
  // every character.)
  const closing = phrase.trim().replace(/[,;:.]+$/u, '');
  if ((closing.endsWith('I') || closing.endsWith('we') || closing.endsWith('he') || closing.endsWith('they')) && PRONOUN_CLOSING.test(closing)) return null;
  // "A diplomat here", "an official there": the place adverb after a description's noun only says where the
  // one described is (as "in Seoul" would); the description is the rest.
  const placed = PLACE_ADVERB_TAIL.exec(phrase.trim().replace(/[,;:]+$/u, ''));
  if (placed) {
    const inner = parsedSpeakerPhrase(placed[1]!);
    if (inner?.type === 'description') return inner;
  }
  // (So before the place it says: "A diplomat here in Seoul" is "a diplomat in Seoul".)
  const placedIn = PLACE_ADVERB_BEFORE_PLACE.exec(phrase.trim().replace(/[,;:]+$/u, ''));
  if (placedIn) {
    const inner = parsedSpeakerPhrase(`${placedIn[1]!} ${placedIn[2]!}`);
    if (inner?.type === 'description') return inner;
  }
  // "A former diplomat now living in Seoul", "an engineer still based at the port": an adverb of time before the
  // participle of where someone is placed only says since when; the description is read without it.
  const since = ADVERB_BEFORE_PLACED.exec(phrase.trim().replace(/[,;:]+$/u, ''));
  if (since) {
    const inner = parsedSpeakerPhrase(`${since[1]!} ${since[2]!}`);
    if (inner?.type === 'description') return { ...inner, text: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^(?:The|An?|One|Another)\s/u, (w) => w.toLowerCase()) };
  }
  // "The first thing the mayor (said was)", "the last thing she (told me was)": the one who said that thing, read
  // past the words for what was said.
  const thing = THING_SAID.exec(phrase);
  if (thing) {
    const sayer = parseSpeakerPhrase(phrase.slice(thing[0].length));
    return sayer && (sayer.type !== 'description' || sayer.kind === 'unnamed') ? sayer : null;
  }
  // "one of the people familiar with the matter", "one of the sources": one person picked out of a group, singular
  // and unnamed, described by the group's words; indefinite, so two such are never read as the same one.
  const partitive = PARTITIVE_ONE.exec(phrase.trim().replace(/[\s,.;:]+$/u, ''));
  if (partitive) {
    const group = parseSpeakerPhrase(partitive[1]!);
    if (group?.type === 'description' && group.kind === 'unnamed' && group.head !== 'group') {
      return { type: 'description', text: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^One\b/u, 'one'), head: group.head, definite: false, plural: false, kind: 'unnamed' };
    }
  }
  // "Ivo Dahl and Rosa Brandt (wrote)": people credited together speak as a group, as "both leaders" do; the text
  // ties it to another speaker only by the same names again (read as indefinite: no description matches it).
  // "The Northern Branch of the National Post Office": a body's unit named in capitals is a body, never a person
  // named by its first two words.
  const unit = namedBodyUnit(phrase, (body) => classifyProperName(body) === 'organisation');
  if (unit) return { type: 'name', name: unit, role: null, kind: 'organisation' };
  // "His friend and rival Ilse Verhulst": two roles joined by "and" before one full name are that one person's
  // (`joined-roles-name.ts`); read as the phrase with the second role alone, the whole kept as the role.
  const roles = joinedRolesName(phrase, (w) => PERSON_NOUNS.has(w) || TITLES.has(w) || isPersonNoun(w) || wordNetPerson(w));
  if (roles) {
    const one = parseSpeakerPhrase(roles.rest);
    if (one?.type === 'name' && one.kind === 'person' && /\s/u.test(one.name)) return { ...one, role: roles.role };
  }
  const joint = jointNames(phrase);
  if (joint) return { type: 'description', text: joint, head: 'group', definite: false, plural: true, kind: 'unnamed' };
  const parsed = parsedSpeakerPhrase(phrase) ?? ampersandFirm(phrase);
  // "the professor of history of the University of Osterby Javier Morales": a translated title runs on into the
  // name with no comma; the name is the run of capitals after the body's, opened by a known given name.
  if (parsed?.type === 'description' && parsed.definite && !parsed.plural) {
    const named = TITLE_RUN_NAME.exec(phrase.trim().replace(/[\s,.;:]+$/u, ''));
    if (named && isKnownFirstName(named[2]!.toLowerCase()) && !commonWordNotName(named[2]!) && named[3]!.trim().split(/\s+/u).every((w) => !inWordNet(w) || isKnownFirstName(w.toLowerCase()))) {
      const name = `${named[2]!} ${named[3]!.trim()}`;
      return { type: 'name', name, role: named[1]!.trim(), kind: 'person' };
    }
  }
  // "A Danish captain I know", "an official we spoke to in Riga", "a diplomat whom I met", "a clerk she trained":
  // a described person with a contact clause after the head is the description before it (`contact-clause.ts`).
  if (parsed === null && /^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/u.test(phrase) && /\s(?:I|we|he|she)\s/u.test(phrase)) {
    const head = withoutContactClause(phrase.trim());
    const described = head === phrase.trim() ? null : parsedSpeakerPhrase(head);
    if (described?.type === 'description' && described.kind === 'unnamed') return described;
  }
  // "President Okoye sharply rebuked critics (who say ...)", "the mayor rebuked critics": a verb in the past that is
  // no adjective ("rebuked", not "trained" or "appointed") with its object after it (no preposition: "the official
  // quoted by the paper" is one described) is a clause, not one described. No one.
  if (parsed?.type === 'description' && clauseInDescription(parsed.text)) return null;
  // "Norway's Ministry of Economy and Finance": no person's name opens on "and"; a body's name before it, read as
  // the role, runs on through the "and" into the capitalised words after it, and the whole is the body's.
  // "Her Democratic (colleague)", "My Korean (neighbour)": no person's name opens on a possessive determiner; the
  // capitalised word after it is an adjective of party or nation before the noun of the one owned. (Only an
  // honorific is a name so: "Her Majesty", "His Excellency".)
  if (parsed?.type === 'name' && parsed.kind === 'person' && OWNER_OPENING.test(parsed.name) && !HONORIFIC_AFTER_OWNER.test(parsed.name)) return null;
  if (parsed?.type === 'name' && parsed.kind === 'person' && parsed.role && /^(?:and|&)\s+[\p{Lu}]/u.test(parsed.name)) {
    const body = parseSpeakerPhrase(parsed.role);
    const whole = phrase.trim().replace(/[\s,.;:]+$/u, '');
    return body?.type === 'name' && body.kind === 'organisation' && whole.endsWith(parsed.name) ? { type: 'name', name: whole, role: null, kind: 'organisation' } : null;
  }
  // "the nationalist Harbour Times tabloid": the paper named inside its description (`medium-named-inside.ts`).
  const medium = parsed?.type === 'description' && parsed.kind === 'organisation' ? mediumNamedInside(parsed.text) : null;
  if (medium) return { type: 'name', name: medium, role: phrase.trim().replace(/[\s,.;:]+$/u, '').replace(/^The\s/u, 'the '), kind: 'organisation' };
  return parsed ?? oneWithTwoRoles(phrase, parseSpeakerPhrase, (head) => PERSON_NOUNS.has(head) || TITLES.has(head) || isPersonNoun(head));
}

// A possessive determiner opening a run of capitals, and the honorifics that make such a run a title of someone.
const OWNER_OPENING = /^(?:Her|His|Their|Its|Our|My|Your)\s/u;
const HONORIFIC_AFTER_OWNER = /^\S+\s+(?:Majesty|Holiness|Excellency|Highness|Royal|Grace|Eminence|Lordship|Ladyship|Honou?r|Worship|Beatitude|Serene|Imperial)\b/u;

// A word, an adverb in -ly or none, then a lowercase word in -ed and the word after it.
const PAST_THEN_WORD = /\S\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]{3,}ed)\s+([\p{L}'’-]+)/gu;
const NOT_OBJECT = /^(?:by|in|at|on|for|with|from|to|into|over|under|after|before|during|since|as|about|last|this|that|who|which|earlier|later|there|here|out|up|down|off|and|or|but)$/u;

/** Whether a description's words hold a verb in the past, a form WordNet has as a verb only, and its object. */
function clauseInDescription(text: string): boolean {
  for (const m of text.matchAll(PAST_THEN_WORD)) {
    const w = m[1]!;
    if (NOT_OBJECT.test(m[2]!)) continue;
    if (!isLemma(w, 'adj') && !isLemma(w, 'noun') && (isLemma(w.slice(0, -2), 'verb') || isLemma(w.slice(0, -1), 'verb'))) return true;
  }
  return false;
}

// "the <lowercase role words> of (the) <Body in capitals> <Given> <Surname ...>": the role, the given name, the rest.
const TITLE_RUN_NAME = /^((?:[Tt]he)\s+[\p{Ll}][\p{L}\s'’-]*?\s(?:of|at|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|for|de|del)\s+(?:the\s+)?)?)*?[\p{Lu}][\p{L}'’-]*)\s+([\p{Lu}][\p{Ll}'’-]+)((?:\s+[\p{Lu}][\p{L}'’-]+){1,2})$/u;
const THING_SAID = /^\s*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:very\s+)?(?:first|last|only|next|final)\s+(?:thing|things|words?)\s+(?:that\s+)?(?=\S)/u;

const PRONOUN_CONTRACTION = /^\s*(?:I|We|You|He|She|They|It)['’](?:ll|m|re|ve|d)\b/iu;
const ADVERB_BEFORE_PLACED = /^((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+\S.*?)\s+(?:now|still|currently|also|once|long|formerly|previously|later)\s+((?:based|posted|stationed|deployed|living|working|serving)\s+(?:in|at)\s+\S.*)$/u;
const PLACE_ADVERB_TAIL = /^((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+\S.*?)\s+(?:here|there)$/u;
const PLACE_ADVERB_BEFORE_PLACE = /^((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+\S.*?)\s+(?:here|there)\s+((?:in|at)\s+\S.*)$/u;
const EX_NOUN = /(^|\s)[Ee]x-([\p{Ll}]{3,})/u;
// "vice-" or "deputy-" before an office, or "-in-chief" after one.
const HYPHENED_OFFICE = /(?:^|\s)(?:[Vv]ice|[Dd]eputy)-[\p{L}]{3,}|[\p{L}]{3,}-in-chief\b/u;
const HYPHENED_OFFICE_ALL = /(?<=^|\s)(?:[Vv]ice|[Dd]eputy)-(?=[\p{L}]{3,})|(?<=[\p{L}]{3,})-in-chief\b/gu;
// One capital letter, perhaps with a full stop, and nothing else.
// A party letter, a hyphen and a state, written out or abbreviated.
const PARTY_TAG = /^\(?[DRI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\)?[,.]?$/u;
const SINGLE_LETTER = /^\s*[\p{Lu}]\.?\s*$/u;
const KIN_PLURAL_OPENING = /^\s*(?:Brothers|Sisters|Twins|Siblings|Cousins|Sons|Daughters)\s+(?=[\p{Lu}])/u;
// (Not a word of kin or of honour, which makes a name of faith: "Our Father", "Our Lady", "Our Lord".)
const OUR_OFFICE = /^(Our|our|My|my)\s+(?!(?:Father|Mother|Lady|Lord|Saviour|Savior|Brother|Sister|Son|Daughter)$)([\p{Lu}][\p{Ll}]+)$/u;
const OFFICE_ADDRESS = /^(?:Mr\.?|Mister|Madam|Madame)\s+((?:Deputy\s+|Vice[- ])?(Speaker|President|Chairman|Chairwoman|Chair|Mayor|Chancellor))$/u;

// parseSpeakerPhrase remembered whole: the tests before and after parsedSpeakerPhrase's look-up (five or more
// expressions and trims, a copy of an expression in `clauseInDescription`) are functions of the phrase as well, and
// ran again for every sentence a phrase opens (450,000 calls in a build of 10,000 generated articles, one phrase in
// nine new). Shared: nobody changes a result.
const parsedWholePhrase = remembered(parseSpeakerPhraseUncached);

// The whole reading remembered, not only parseUncached's part: the same phrase comes back for every sentence
// it opens, and the trims and tests around the look-up cost as much again. Shared: nobody changes a result.
const parsedSpeakerPhrase = remembered((phrase: string): ParsedSpeaker | null => {
  // "Yesterday the minister told ...": an adverb of time fronted without a comma is no part of the subject.
  const fronted = FRONTED_TIME.exec(phrase) ?? DAY_BEFORE_NAME.exec(phrase);
  if (fronted) return parseSpeakerPhrase(phrase.slice(fronted[0].length));
  // "the 70-year-old": an age epithet describes one person, whom the age the text gave may name.
  const trimmed = phrase.trim().replace(/[\s,.;:]+$/u, '');
  // "the wife of fisherman Tom Reed": a relation, a preposition and the named one's own trade before a full
  // name; the name is the preposition's object, the relation speaks (described, or no one without "the").
  // "Mother of two Jane Roe", "grandfather-of-five Tom Reed": how many children a parent has is that parent's
  // description before the name, no "of" phrase the name stands in.
  const parent = PARENT_OF_COUNT_NAME.exec(trimmed);
  if (parent) {
    const named = parseSpeakerPhrase(parent[2]!);
    return named?.type === 'name' && named.kind === 'person' && !named.role ? { ...named, role: parent[1]! } : null;
  }
  // (So after "for" or "against": "Campaigners for the missing student Tom Reed said".)
  if (trimmed.includes(' of ') || trimmed.includes(' to ') || trimmed.includes(' for ') || trimmed.includes(' against ')) {
    const words = trimmed.split(/\s+/u);
    const split = titledSplit(trimmed);
    if (split && split.at >= 3 && !OBJECT_PREPOSITION.test(split.words[split.at - 1]!) && objectRole(split)) {
      // (So is a plural of people opening the sentence with no article: "Friends of fisherman Tom Reed said".)
      const described = /^(?:the|a|an|his|her|their)$/iu.test(words[0]!) || /^[\p{Lu}][\p{Ll}]+s$/u.test(words[0]!) ? parseDescription([words[0]!.toLowerCase(), ...words.slice(1)]) : null;
      return described?.type === 'description' ? described : null;
    }
  }
  // "analysts at Kessler & Moore", "Dunmore & Sons": an ampersand between capitalised words joins a firm's name
  // (people are joined by "and"). Read as one word, then written back as it stood. Only after "at", "from",
  // "of" or "with" (whose people speak), or with a firm's word last; two names alone ("Roe & Doe") stay unread.
  const firm = AMPERSAND_FIRM.exec(trimmed);
  if (firm && (firm[1] || FIRM_LAST.test(firm[2]!))) {
    const joined = firm[2]!.replace(/\s+&\s+/gu, '-');
    const read = parseSpeakerPhrase(trimmed.slice(0, firm.index + firm[0].length - firm[2]!.length) + joined + trimmed.slice(firm.index + firm[0].length));
    const back = (s: string): string => s.split(joined).join(firm[2]!);
    if (read?.type === 'description') return { ...read, text: back(read.text) };
    if (read?.type === 'name' && read.kind === 'organisation') return { ...read, name: back(read.name) };
    if (read?.type === 'name' && !firm[1] && read.name === joined) return { ...read, name: firm[2]!, kind: 'organisation' };
    return null;
  }
  // A heading's words, capitalised as headings are: a question word and a pronoun ("What They Said", "How We
  // Got Here") or a preposition inside the run ("Key Facts About The Bridge") make no one's name.
  if (/^(?:What|How|Why|Where|When|Who)\s+(?:They|He|She|We|You|It|I|People)\b/iu.test(trimmed) || /^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+(?:About|With|After|Before|Into|Over|Under|Against|Between|Behind|Beyond|Through)\s+[\p{Lu}]/u.test(trimmed)) return null;
  // '"...," that official said.': a demonstrative and one noun of person point back to one just described, as
  // "the official" does (the noun must be one of a person: "this week", "that evening" are no speakers).
  const pointing = /^(?:[Tt]hat|[Tt]his)\s+([\p{Ll}][\p{Ll}-]+)$/u.exec(trimmed);
  // ("this reporter", "this writer" is the writer's own way of saying "I": left to the readings of the writer.)
  if (pointing && !/^(?:reporter|writer|correspondent|columnist|author|newspaper|paper|magazine|station|network)$/u.test(pointing[1]!)) {
    const the = parseSpeakerPhrase(`the ${pointing[1]!}`);
    return the?.type === 'description' && the.kind === 'unnamed' && !the.plural ? the : null;
  }
  // "81-year-old Jane Roe", "the 81-year-old Jane Roe", "Eighty-year-old Jane Roe": an age before a full name is
  // no part of the name; the name alone is read (a person of two capitalised words or more).
  // So is a noun of a person between ("81-year-old retiree Jane Roe"), which is her role.
  const aged = /^(?:the\s+)?(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old\s+(?:([\p{Ll}]{3,})\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})$/u.exec(trimmed);
  if (aged) {
    const noun = aged[1];
    if (noun && !(PERSON_NOUNS.has(noun) || isPersonNoun(noun) || TITLES.has(noun) || isKindOf(noun, 'person', 4))) return null;
    const named = parseSpeakerPhrase(aged[2]!);
    return named?.type === 'name' && named.kind === 'person' ? (noun && !named.role ? { ...named, role: noun } : named) : null;
  }
  // "Abdul-Karim al-Hashimi", "Samir el-Badawi", "Hamid bin Rashid al-Qasimi": an Arabic surname's article in
  // lower case is part of the surname (and "bin", "ibn" of the name);
  // read as the name would be with it capitalised, and kept as written.
  const article = /^((?:(?:[\p{Lu}][\p{L}'’.-]*|bin|ibn|bint)\s+){1,4})(al|el)-([\p{Lu}][\p{Ll}'’-]+)$/u.exec(trimmed);
  if (article) {
    const named = parseSpeakerPhrase(`${article[1]!}${article[2]![0]!.toUpperCase()}${article[2]!.slice(1)}-${article[3]!}`);
    return named?.type === 'name' && named.kind === 'person' ? { ...named, name: named.name.replace(/(?<=\s)(?:Al|El)-(?=[\p{Lu}])/u, (m) => m.toLowerCase()) } : null;
  }
  // "Jane Roe KC", "Jane Roe MP": a post-nominal after a person's full name is no part of the name.
  const postNominal = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})\s+(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)$/u.exec(trimmed);
  if (postNominal) {
    const person = parseSpeakerPhrase(postNominal[1]!);
    if (person?.type === 'name' && person.kind === 'person' && /\s/u.test(person.name)) return person;
  }
  // "de Vries said", "van der Berg told": a surname that opens with its lowercase particle, as Dutch, German,
  // French and Italian names are written after the first name is dropped, is a person's name.
  if (SURNAME_PARTICLE.test(trimmed)) return { type: 'name', name: trimmed, role: null, kind: 'person' };
  // "Party spokesperson Karel van Dam", "the spokesperson, Karel van Dam": words before a full name whose surname
  // opens with its lowercase particle are read as before the same name without it; the particle is then put back.
  const particled = PARTICLED_NAME_END.exec(trimmed);
  if (particled) {
    const bare = parseSpeakerPhrase(`${particled[1]!}${particled[2]!} ${particled[4]!}`);
    if (bare?.type === 'name' && bare.kind === 'person' && bare.role && bare.name === `${particled[2]!} ${particled[4]!}`) return { ...bare, name: `${particled[2]!} ${particled[3]!} ${particled[4]!}` };
  }
  // "the official news agency Tarvex", "Pyongyang's state news agency KCNA", "the company Orvant Holdings": a
  // noun of a body right before a capitalised name says the name is that body's (the words before are its role).
  const bodyNamed = KIND_BEFORE_BODY.exec(trimmed);
  // (Not a person's full name, which makes the body hers: "the firm Jane Roe founded".)
  if (bodyNamed && !/^(?:He|She|They|It|I|We)$/u.test(bodyNamed[2]!) && !(/\s/u.test(bodyNamed[2]!) && isKnownFirstName(bodyNamed[2]!.split(/\s+/u)[0]!) && !inWordNet(bodyNamed[2]!.split(/\s+/u)[0]!))) return { type: 'name', name: bodyNamed[2]!, role: bodyNamed[1]!.trim(), kind: 'organisation' };
  const epithet = ageEpithet(trimmed);
  if (epithet) return { type: 'description', text: trimmed, head: /\s([\p{Ll}]+)$/u.exec(trimmed)?.[1] ?? 'year-old', definite: true, plural: false, kind: 'unnamed' };
  // "its editorial", "whose editors", "X's editorial board": a paper's voice is the paper.
  const voice = mediumVoice(trimmed);
  if (voice) return voice;
  // "the younger Gorbunov", "Smith senior": one of two people of that surname, told apart by age.
  const generation = generationEpithet(trimmed);
  if (generation) return { type: 'description', text: trimmed, head: generation.older ? 'elder' : 'younger', definite: true, plural: false, kind: 'unnamed' };
  let parsed = roleAcronymDescription(phrase, indefiniteDescription(phrase, parseUncached(phrase) ?? memberDescription(phrase)));
  // "Senior forecaster Jane Roe" opening a sentence: a common word capitalised only there, then a lowercase
  // role and a full name, reads as it would inside the sentence ("senior forecaster Jane Roe").
  const opened = parsed ? null : /^([\p{Lu}][\p{Ll}]+)(\s+[\p{Ll}][\p{Ll}-]+\s+[\p{Lu}].*)$/u.exec(trimmed);
  if (opened && commonWordNotName(opened[1]!)) {
    const lowered = parseUncached(`${opened[1]!.toLowerCase()}${opened[2]!}`);
    if (lowered?.type === 'name' && lowered.kind === 'person' && lowered.role && /\s/u.test(lowered.name)) parsed = { ...lowered, role: `${opened[1]!}${lowered.role.slice(opened[1]!.length)}` };
  }
  // "Article the Founding Elders": a name holds "the" only before a one-word epithet ("Ivan the Bold"); a
  // capitalised run, then "the" and two capitalised words or more, is a word run into the body after "the".
  if (parsed?.type === 'name' && parsed.kind === 'person') {
    const run = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*\s+(the\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)+)$/u.exec(trimmed);
    if (run) return parseSpeakerPhrase(run[1]!);
  }
  // "Harkins’ Jewish", "Roe's Irish": a possessive and one capitalised word after it (a people's adjective, a
  // thing owned) is no one's name; an owner before a full name ("Ohio's Jane Roe") keeps two words after it.
  if (parsed?.type === 'name' && parsed.kind === 'person') {
    const ws = parsed.name.split(/\s+/u);
    const owner = ws.findIndex((w) => /(?:['’]s|s['’])$/u.test(w));
    // (Unless the word after the owner is no common word, a surname after the firm it works for, as market
    // columns credit an analyst named before: "says Harbor Bank's Lindqvist".)
    if (owner >= 0 && owner === ws.length - 2) {
      const last = ws[owner + 1]!;
      if (owner > 0 || commonWordNotName(last) || isLemma(last.toLowerCase(), 'adj')) return null;
      return { type: 'name', name: last, role: ws[owner]!, kind: 'person' };
    }
  }
  // "Attorneys for Varga", "an adviser to Elena Varga": a role ending in "for" or "to" right before the name
  // makes the name the one served; the phrase describes whoever serves (the name is never "for Varga").
  if (parsed?.type === 'name' && parsed.kind === 'person' && (/(?:^|\s)(?:for|to)$/iu.test(parsed.role ?? '') || /^(?:for|to|of)\s/iu.test(parsed.name))) return parseDescription(trimmed.split(/\s+/u));
  // "Rebel fighters mock Bravia's army": a plural noun and a verb in its plain form before a possessive are a
  // clause, subject and verb, not one phrase naming a speaker.
  if (parsed?.type === 'description' && clauseBeforePossessive(parsed.text)) return null;
  return parsed;
});

// A determiner or an owner, up to three lowercase words, a noun of a body, then a capitalised name of one to four words.
// (The words between are the body's own, "state news": no preposition, which would make the body another's
// ("a spokesman for the company X", "the head of the agency X" are people).)
const KIND_BEFORE_BODY = /^((?:(?:[Tt]he|[Aa]n?|[\p{Lu}][\p{L}.-]*['’]s)\s+)?(?:(?!(?:for|of|at|from|to|with|by|in|on|the|a|an|and|or|his|her|their|its)\s)[\p{Ll}-]+\s+){0,3}(?:agency|company|firm|broadcaster|newspaper|network|channel|bank|charity|foundation|institute|website|outlet|organisation|organization|watchdog|conglomerate|consultancy|think\s+tank)\s+)((?:[\p{Lu}][\p{L}\p{N}'’.&-]*)(?:\s+[\p{Lu}][\p{L}\p{N}'’.&-]*){0,3})$/u;

// A capitalised run joined by an ampersand, after a preposition of belonging or opening the phrase.
const AMPERSAND_FIRM = /(?:^|\s(at|from|of|with)\s+(?:the\s+)?)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*\s+&\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)$/u;
const FIRM_LAST = /\s(?:Sons|Co\.?|Company|Partners|Associates|Brothers|Bros\.?)$/u;

const PLURAL_VERB_POSSESSIVE = /(?:^|\s)[\p{L}]+s\s+([\p{Ll}]{3,})\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*['’]s(?:\s|$)/u;

/** Whether a description's words hold a plural subject and a plain verb before a possessive name ("soldiers mock X's"). */
function clauseBeforePossessive(text: string): boolean {
  if (!text.includes("'s") && !text.includes('’s')) return false;
  const m = PLURAL_VERB_POSSESSIVE.exec(text);
  return m !== null && !m[1]!.endsWith('s') && isLemma(m[1]!, 'verb');
}

// "On Thursday Roe told ...", "In March Kask said ...": a day of the week or a month (not one also a given name,
// as April, May, June or August are) left before a name by a fronted phrase without its comma; not a paper's or
// a show's name ("Sunday Times", "Monday Night Football").
const DAY_BEFORE_NAME = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|September|October|November|December)\s+(?=[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]*)?\s*$)(?!(?:Times|Telegraph|Mirror|Express|Post|Herald|Star|Tribune|Independent|Observer|Age|Mail|World|Night|Morning|Evening|Edition|Magazine|Review|Journal|News|Sport|Service|Show|Briefing|Club|Sun|Standard|Business|Politics|Live|Madness)\b)/u;
const FRONTED_TIME = /^\s*(?:Yesterday|Today|Tonight|Earlier|Later|Last\s+(?:week|month|night|year))\s+(?=(?:the|a|an|his|her|their|its)\s)/u;

// Roles written as capitals that end a description, never a name: "a senior Tory MP", "one Labour MEP".
export const ROLE_ACRONYM = /^(?:MP|MEP|MSP|MLA|MPP|CEO|CFO|PM)$/u;

/**
 * "a senior Tory MP": a phrase opening with a determiner and ending in a role written in capitals describes
 * one person; it is not a person named "Tory MP".
 */
function roleAcronymDescription(phrase: string, parsed: ParsedSpeaker | null): ParsedSpeaker | null {
  // ("the furious MP", "an exhausted CEO": a determiner, lowercase words and the role in capitals, which no other
  // reading took, describe one person as well.)
  if (!parsed) {
    const words = phrase.trim().replace(/[\s,.;:]+$/u, '').split(/\s+/u);
    const last = words[words.length - 1]!;
    if (words.length >= 3 && /^(?:a|an|one|the|another)$/iu.test(words[0]!) && ROLE_ACRONYM.test(last) && words.slice(1, -1).every((w) => /^[\p{Ll}-]+$/u.test(w))) {
      return { type: 'description', text: words.join(' '), head: last.toLowerCase(), definite: /^the$/iu.test(words[0]!), plural: false, kind: 'unnamed' };
    }
  }
  // "the Sungai Lembu MP", "the Labour MP", "the veteran MP": a determiner, then words before a role in capitals,
  // read as an organisation's name or as the bare role "MP", still describe one person, as "a senior Tory MP" does.
  if (parsed?.type === 'name') {
    const words = phrase.trim().replace(/[\s,.;:]+$/u, '').split(/\s+/u);
    const last = words[words.length - 1]!;
    if (words.length >= 3 && /^the$/iu.test(words[0]!) && ROLE_ACRONYM.test(last) && (parsed.kind === 'organisation' || parsed.name === last)) {
      return { type: 'description', text: words.join(' '), head: last.toLowerCase(), definite: true, plural: false, kind: 'unnamed' };
    }
  }
  // "the Speaker", "the President": a title of office capitalised after "the" describes its holder, a person,
  // not an organisation of that name.
  if (parsed?.type === 'name' && parsed.kind === 'organisation') {
    // (Or one the document teaches as a person's title by setting it off beside a full name: "The Tánaiste, NAME,",
    // "NAME, the Independent TD for PLACE," make "the Tánaiste" and "the TD" people, `office-set-off.ts`.)
    const m = /^the\s+([\p{Lu}][\p{L}]+)$/iu.exec(phrase.trim().replace(/[\s,.;:]+$/u, ''));
    if (m && (TITLES.has(m[1]!.toLowerCase()) || isDocumentOffice(m[1]!.toLowerCase()))) return { type: 'description', text: `the ${m[1]!}`, head: m[1]!.toLowerCase(), definite: true, plural: false, kind: 'unnamed' };
    return parsed;
  }
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return parsed;
  const words = phrase.trim().replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !ROLE_ACRONYM.test(last) || !/^(?:a|an|one|the|another)$/iu.test(words[0]!)) return parsed;
  const text = words.join(' ');
  return { type: 'description', text, head: last.toLowerCase(), definite: /^the$/iu.test(words[0]!), plural: false, kind: 'unnamed' };
}

// Words that open a sentence or clause and are never part of a speaker's name ("After Trump", "Neither Clinton",
// "Following Roe's warning", "Amid Roe's silence", "Yesterday Roe said", "Sadly Roe added"),
// with the reporting verbs that open an inverted credit ("Stated Stone: ...", "Continued Smith: ..."), and the
// indefinite pronouns that open a clause about someone ("Nothing Smith says is a slip", "Everyone Jones met").
// ("Do" before two more capitalised words is a family name, the Vietnamese Đỗ: "Minh's wife, Do Thi Hoa, said";
// an auxiliary "Do" opening a question in the narration comes before one subject, "Do Americans care?".)
const OPENING_WORDS =
  'Nothing|Everything|Something|Anything|Nobody|Everybody|Everyone|Somebody|Someone|Anybody|Anyone|None|Neither|Either|At|On|In|Unlike|While|When|Whenever|Whether|Whereas|Unless|Several|Many|Few|Both|Each|Every|After|Before|Since|Although|Though|If|As|Despite|Like|With|Without|During|Until|For|From|By|To|Of|Yesterday|Today|Tonight|Tomorrow|Overnight|Afterwards|Afterward|Elsewhere|Separately|Privately|Publicly|Sadly|Tellingly|Notably|Clearly|Finally|Ironically|Interestingly|Unsurprisingly|Surprisingly|Predictably|Curiously|Crucially|Importantly|Fortunately|Unfortunately|Typically|Initially|Eventually|Ultimately|Frankly|Naturally|Understandably|Apparently|Evidently|Obviously|Subsequently|Previously|Recently|Immediately|Reportedly|Allegedly|Similarly|Likewise|Additionally|Moreover|Furthermore|Nevertheless|Nonetheless|Overall|Thankfully|Hopefully|Happily|Luckily|Oddly|Strangely|Remarkably|Suddenly|Following|According|Including|Regarding|Concerning|Considering|Excluding|Amid|Amidst|Among|Against|Within|Throughout|Towards|Toward|Beyond|Behind|Besides|Beside|Upon|Alongside|But|And|So|Then|Yet|Also|Meanwhile|However|Still|Now|Later|Earlier|Where|Because|Once|Even|Only|Instead|Here|There|Asked|Speaking|Addressing|Quoting|Citing|Echoing|Relaying|Paraphrasing|Responding|Replying|Referring|Told|Said|Says|Stated|Added|Continued|Replied|Wrote|Explained|Noted|Declared|Recalled|Insisted|Warned|Argued|Responded|Countered|Concluded|Quipped|What|Why|How|Who|This|That|These|Those|Is|Was|Are|Were|Has|Have|Had|Did|Does|Do(?![ \\t]+[\\p{Lu}][\\p{Ll}-]+[ \\t]+[\\p{Lu}][\\p{Ll}-]+(?![\\p{L}]))|Will|Would|Can|Could|Should|More|Just';
export const LEADING_FUNCTION_WORD = new RegExp(`^(?:${OPENING_WORDS})\\s+`, 'u');
// A modal that is also a given name, then one to three capitalised words: "Will Roe", "Can Demirel".
const AUXILIARY_GIVEN_NAME = /^(Will|Can)\s+((?:[\p{Lu}][\p{Ll}'’-]+)(?:\s+[\p{Lu}][\p{Ll}'’-]+){0,2})$/u;
const FUNCTION_WORD_ALONE = new RegExp(`^(?:${OPENING_WORDS})$`, 'u');
// "Do Thi Hoa", "Will Hartigan", "Can Erdem": an auxiliary that is also a given or family name, then one to three
// capitalised words of a person's name and nothing else.
const MODAL_NAME_OPENING = /^(?:Do|Will|Can)\s+([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){0,2})$/u;

/**
 * Whether a phrase may be a person's name opening on a word that is also an auxiliary ("Do Thi Hoa", "Will
 * Hartigan"): the word and a person's name after it. Not when the words after it are a place's or a body's name
 * ("Will Moscow"), nor when they hold a function word. Where it stands decides the rest (`auxiliary-name.ts`).
 */
export function modalNameOpening(phrase: string): boolean {
  const m = MODAL_NAME_OPENING.exec(phrase);
  if (!m) return false;
  const rest = m[1]!;
  if (rest.split(/\s+/u).some((w) => FUNCTION_WORD_ALONE.test(w) || TIME_ONLY.test(w))) return false;
  return classifyProperName(rest) === 'person';
}
// (With the preposition that sets a day or date after the subject, "The bureau late on Tuesday", "on the 20th".)
const TIME_WORDS = new RegExp(`(?:\\s+(?:late|early))?(?:(?:\\s+(?:on|during))?\\s+(?:${WEEKDAY_NAMES}|today|yesterday|tonight|morning|evening|afternoon)|\\s+on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th))$`, 'u');
/** Whether `p` ends in 'y', 't', 'g', 'n' or 'h', the last letters of TIME_WORDS's words: no other can match it. */
function endsLikeTimeWord(p: string): boolean {
  const c = p.charCodeAt(p.length - 1);
  return c === 121 || c === 116 || c === 103 || c === 110 || c === 104;
}
const TIME_ONLY = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Today|Yesterday|Tonight|I|We|You|Me|Us)(?:['’]s)?$`, 'u');
// "In March I wrote that ...": a month or a weekday, then the writer's "I" or "we" as the subject, is no name (a
// regnal number follows a given name, never a month).
const TIME_THEN_WRITER = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES})\\s+(?:I|We)$`, 'u');

// "Los Angeles-area Sanders", "Chicago-based Smith": a place made an adjective is no part of the name.
// (Only when the words before it are no description of someone with a preposition: in "a reporter from the
// Lisbon-based Correio Azul" the name after it is where the reporter works, and the reporter is the phrase's head.)
export const PLACE_ADJECTIVE = /^(?:(?!(?:from|at|of|for|with|in|on|to|by)\s)\S+\s+)*\S*\S-(?:area|based|born|bred|raised|region|style)\s+/u;

function parseUncached(phrase: string): ParsedSpeaker | null {
  let p = phrase.replace(/[\s,.;:]+$/u, '').replace(/^[\s,;:]+/u, '').replace(PLACE_ADJECTIVE, '');
  // "the state-run Global Herald", "the pro-government Daily Voice": a compound adjective before a proper name
  // describes it and is no part of it.
  p = p.replace(/^([Tt]he\s+)(?:[\p{Ll}]+-[\p{Ll}]+\s+)+(?=[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*$)/u, '$1');
  // "Will Sarkissian", "Do Thi Hoa": an opening auxiliary is the name's first word where the document shows the words
  // to be a person's name, standing where no question's auxiliary would (`auxiliary-name.ts`, which asks
  // `modalNameOpening` too); read without it, the rest would be a bare surname meaning a namesake. ("Game over. Will
  // Sanders come down?" names no "Will Sanders".)
  if (!isDocumentPerson(p)) {
    while (LEADING_FUNCTION_WORD.test(p)) p = p.replace(LEADING_FUNCTION_WORD, '');
  }
  // (Only a phrase ending in the last letter of one of the words can end in one: told before the expression,
  // which would try its alternatives after every space of the phrase.)
  while (endsLikeTimeWord(p) && TIME_WORDS.test(p)) p = p.replace(TIME_WORDS, '');
  if (TIME_ONLY.test(p) || FUNCTION_WORD_ALONE.test(p) || TIME_THEN_WRITER.test(p)) return null;
  if (p === '' || /[_"“”]/u.test(p)) return null;
  // "Someone", "Others": an indefinite pronoun names no one.
  if (/^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|others)$/iu.test(p)) return null;
  // "Mr. NEBENZIA", "Ms. ARNESEN": meeting records write a delegate's surname in capitals after a courtesy title;
  // the title makes it a person's, never an acronym's.
  const capsSurname = /^(?:Mr|Mrs|Ms|Dr)\.?\s+([\p{Lu}][\p{Lu}'’-]{2,})$/u.exec(p);
  if (capsSurname) return { type: 'name', name: capsSurname[1]!, role: p.slice(0, p.length - capsSurname[1]!.length).trim(), kind: 'person' };
  const pronoun = /^(he|she|it|they)$/iu.exec(p);
  if (pronoun) return { type: 'pronoun', pronoun: pronoun[1]!.toLowerCase() as 'he' | 'she' | 'it' | 'they' };
  // "The same man said in March ...": a definite description that only says it is the one just spoken of points
  // back as "he" or "she" does; it brings in no one new.
  const same = /^the\s+same\s+(man|woman)$/iu.exec(p);
  if (same) return { type: 'pronoun', pronoun: same[1]!.toLowerCase() === 'man' ? 'he' : 'she' };
  // "He's", "She'd": a pronoun run into its verb is a clause, not a name.
  if (/^(?:he|she|it|they|i|we|you)['’](?:s|d|ll|re|ve|m)$/iu.test(p)) return null;
  let words = p.split(/\s+/u);
  if (words.length > 14) return null;
  // A common noun capitalised only because it opens the sentence: "Analysts", "Officials", "Some experts".
  const lowerFirst = words[0]!.toLowerCase();
  // ("Senior Sgt. Ana Roe", "Senior Lieutenant Tom Roe": "Senior" before a rank is part of the rank, a title.)
  const seniorRank = lowerFirst === 'senior' && words.length >= 3 && SENIOR_RANK.test(words[1]!) && words.slice(2).every((w) => CAPITALISED.test(w));
  if (words[0] !== lowerFirst && !seniorRank && (DETERMINER.test(lowerFirst) || (PERSON_NOUNS.has(lowerFirst) && words.length === 1) || (PERSON_NOUNS.has(lowerFirst) && /s$/u.test(lowerFirst)))) {
    words[0] = lowerFirst;
    if (lowerFirst === 'the' && words.slice(1).every((w) => CAPITALISED.test(w) || CONNECTORS.has(w))) words[0] = 'the';
    // ("The transport minister Jane Roe": a role in lowercase after the capitalised "The", before a full name, is
    // read as it would be after "the" inside the sentence.)
    else {
      // ("The conservative Brenner Courier": adjectives before a body's proper name, read as inside the sentence.)
      const inner = lowerFirst === 'the' && words.length >= 3 && CAPITALISED.test(words[words.length - 1]!) ? parseUncached(words.join(' ')) : null;
      if (inner?.type === 'name' && inner.kind === 'organisation') return inner;
      return ofTitledName(words) ?? ownedFullName(words) ?? parseDescription(words) ?? (lowerFirst === 'the' && words.length >= 4 && !CAPITALISED.test(words[1]!) ? parseUncached(words.join(' ')) : null);
    }
  }
  // "HM Revenue and Customs", "the Food and Drug Administration": capitalised words joined by one "and" and ending
  // on a body's word name one body, not two speakers.
  if (words.some((w) => /^(?:and|or|&)$/iu.test(w)) && !words.some((w) => w === 'of' || w === 'for')) return joinedBodyName(words);
  // "Supporters of Sanders", "Friends of Trump": a plural noun opening the phrase makes a group, not a name.
  if (words.length >= 3 && words[1] === 'of' && /[^s]s$/u.test(words[0]!) && !lexTags(words[0]!).some((t) => PERSON_TAGS.test(t) || PLACE_TAGS.test(t))) {
    return parseDescription([words[0]!.toLowerCase(), ...words.slice(1)]);
  }

  const allProper = words.every((w, i) => CAPITALISED.test(w) || (i > 0 && (CONNECTORS.has(w) || surnameConnector(words, i))) || (i === 0 && /^the$/iu.test(w)));
  if (allProper) {
    let rest = /^the$/iu.test(words[0]!) ? words.slice(1) : words;
    if (rest.length === 0) return null;
    // "Fox News’ Sean Hannity", "Review’s Ian Tuttle", "the Kremlin's Dmitry Peskov": the owner before a
    // person's full name is his employer.
    const owner = rest.findLastIndex((w, i) => i < rest.length - 2 && /(?:['’]s|s['’])$/u.test(w));
    if (owner >= 0) {
      const named = rest.slice(owner + 1);
      if (named.every((w) => CAPITALISED.test(w)) && classifyProperName(named.join(' ')) === 'person') {
        const { role, name } = splitTitle(named);
        if (name.length >= 2 && name.length <= 5) return { type: 'name', name: name.join(' '), role: [...rest.slice(0, owner + 1), role].filter(Boolean).join(' '), kind: 'person' };
      }
    }
    // "Mr. Hale of the Harbour Trust", "Sen. Jane Doe of Vermont": a titled or full name before "of" is the
    // person; what follows is where they are from.
    const of = rest.indexOf('of');
    if (of > 0) {
      const { role, name } = splitTitle(rest.slice(0, of));
      const before = name.join(' ');
      // ("The General Staff of Ukraine", "the Defence Intelligence of Norway": a name ending in a body's noun is a
      // body's, though a word before it heads titles; only a courtesy or abbreviated title makes it a surname.)
      // (ORG_NOUNS, not `nameEnding`: the name may be one word after a title, "General Staff", which it does not read.)
      const bodyName = ORG_NOUNS.has(name[name.length - 1]!.toLowerCase()) && !(role !== null && (role.endsWith('.') || COURTESY.test(role)));
      // ("The Joint Chiefs of Staff": an article before capitalised words and no title is a body's name; a person's
      // name takes none.)
      const articled = /^the$/iu.test(words[0]!) && role === null;
      if (name.length >= 1 && name.length <= 4 && (role || name.length >= 2) && !bodyName && !articled && classifyProperName(before) === 'person') return { type: 'name', name: before, role, kind: 'person' };
    }
    // "Actor Clint Howard", "Celebrities Julianne Moore": a kind of person capitalised only because it opens
    // the sentence, before a full name.
    const lead = rest[0]!.toLowerCase();
    if (rest.length >= 3 && words[0] === rest[0] && (PERSON_NOUNS.has(singular(lead)) || isPersonNoun(singular(lead))) && !TITLES.has(lead) && !lexTags(rest[0]!).some((t) => PERSON_TAGS.test(t))) {
      const named = rest.slice(1);
      // The name after the kind of person opens with a given name, not a common word: "Human Rights Watch" is
      // an organisation's name, not a "human" called "Rights Watch".
      if (classifyProperName(named.join(' ')) === 'person' && !commonWordNotName(named[0]!)) {
        const { role, name } = splitTitle(named);
        if (name.length >= 2 && name.length <= 5) return { type: 'name', name: name.join(' '), role: [lead, role].filter(Boolean).join(' '), kind: 'person' };
      }
    }
    rest = rest.filter(Boolean);
    // "the President of Russia", "the Head of the Russian State", "the Minister", "President of the Russian
    // Federation": an office capitalised as titles are is a description of its holder, a person, not a body.
    // ("Minister for Ports Lars Holm": an office "for" its field, as Commonwealth governments name them, is read as
    // one "of" its body is.)
    const ofAt = rest.indexOf('of');
    const forAt = rest.indexOf('for');
    const headAt = ofAt > 0 && (forAt < 0 || ofAt < forAt) ? ofAt : forAt === 1 ? forAt : ofAt;
    const officeHead = (headAt > 0 ? rest[headAt - 1]! : rest[rest.length - 1]!).toLowerCase();
    if ((/^the$/iu.test(words[0]!) || headAt === 1) && TITLES.has(officeHead) && PERSON_NOUNS.has(officeHead)) {
      // "Minister of Foreign Affairs of the Russian Federation Sergei Lavrov": the office before a given name
      // and a surname is the person's title.
      // (So with an office of bodies joined by "and": "Minister of Natural Resources and Environment Siti Darnat",
      // where `splitTitle` reads the body on over its words of English up to the name.)
      const long = headAt === 1 && rest.some((w) => /^(?:and|&)$/iu.test(w)) ? splitTitle(rest) : null;
      const joinedOffice = long?.role && long.name.length >= 2 && long.name.length <= 4 && classifyProperName(long.name.join(' ')) === 'person' ? { type: 'name' as const, name: long.name.join(' '), role: long.role, kind: 'person' as const } : null;
      const person = headAt === 1 ? (titledName(rest.join(' ')) ?? joinedOffice) : null;
      if (person) return person;
      if (headAt === 1 && objectOfPreposition(rest.join(' '))) return null;
      const office = parseDescription(words);
      if (office) return office;
    }
    if (/^the$/iu.test(words[0]!)) {
      // "the United Nations Linda Greenfield" (a title cut after "to"): a body's name before a full name is the
      // person's role.
      const person = rest.length >= 4 ? titledName(rest.join(' ')) : null;
      if (person) return person;
      // ("The Wife Of Tom Pell", capitalised as a heading: no body's name, and not Pell's words.)
      if (rest.length >= 4 && objectOfPreposition(rest.join(' '))) return null;
      // "the Rev. Peter Wherry", "the Prime Minister Jane Roe": "the" before a title makes the title its holder's,
      // and a given name and a surname after it are that person's name, not a body's.
      const titled = splitTitle(rest);
      if (titled.role && titled.name.length >= 2 && titled.name.length <= 4 && lexFirstName(titled.name[0]!) && titled.name.every((w) => CAPITALISED.test(w)) && classifyProperName(titled.name.join(' ')) === 'person') {
        return { type: 'name', name: titled.name.join(' '), role: titled.role, kind: 'person' };
      }
      // "declared the North Korean", "said the Russian": a people's adjective in "-an" standing alone after
      // "the" is one of that people, a person described (its plural is "the Russians"), not a body. ("The
      // Chinese", "the British" are also the whole people, and stay as they were.)
      const people = rest.join(' ');
      if (/an$/u.test(people) && pertainsTo(people).length > 0) {
        return { type: 'description', text: `the ${people}`, head: rest[rest.length - 1]!.toLowerCase(), definite: true, plural: false, kind: 'unnamed' };
      }
      return { type: 'name', name: `the ${people}`, role: null, kind: 'organisation' };
    }
    const kind = classifyProperName(rest.join(' '));
    if (kind === 'organisation') {
      // "House Speaker Paul D. Ryan": a title holding an organisation's word before a person's full name.
      const titled = splitTitle(rest);
      if (titled.role && titled.name.length >= 2 && titled.name.length <= 5 && classifyProperName(titled.name.join(' ')) === 'person') {
        return { type: 'name', name: titled.name.join(' '), role: titled.role, kind: 'person' };
      }
      // "Ms. Compton", "Mr. Washington": a courtesy title is said of a person only, whatever place the surname names.
      if (titled.role && COURTESY.test(titled.role) && titled.name.length >= 1 && titled.name.length <= 3 && titled.name.every((w) => CAPITALISED.test(w))) {
        return { type: 'name', name: titled.name.join(' '), role: titled.role, kind: 'person' };
      }
      return { type: 'name', name: rest.join(' '), role: null, kind };
    }
    const { role, name } = splitTitle(rest);
    if (name.length === 0 || name.length > 5) return null;
    // "Comrade General Secretary", "Chief Cabinet Secretary": capitalised words ending in an office no one is
    // called by describe its holder; "Secretary" or "Cabinet Secretary" is nobody's name.
    // (Not after an abbreviated title, nor an office that is also a surname: "Rep. King", "Gen. Major".)
    if (name.length <= 3 && OFFICES_NOT_SURNAMES.has(name[name.length - 1]!.toLowerCase()) && !(role ?? '').endsWith('.') && !name.some((w) => w === 'of' || w === 'for')) {
      return parseDescription(['the', ...rest]);
    }
    // "South Korea Vikram Sood Kumar" (the end of "Ambassador to South Korea Vikram Sood Kumar"): a place or
    // body of one or two words before a person's full name is where the role is, not part of the name.
    if (name.length >= 4 && !name.includes('of') && !name.includes('for')) {
      for (const cut of [2, 1]) {
        const person = name.slice(cut);
        if (person.length >= 2 && classifyProperName(name.slice(0, cut).join(' ')) === 'organisation' && classifyProperName(person.join(' ')) === 'person' && !commonWordNotName(person[0]!)) {
          return { type: 'name', name: person.join(' '), role: [role, ...name.slice(0, cut)].filter(Boolean).join(' '), kind: 'person' };
        }
      }
    }
    // "Footage of Al-Awlaki": a person's name has no "of" in it; "Ready for Trump", "Citizens for Tax Justice"
    // with "for" are groups' names.
    if (name.includes('of')) return null;
    if (name.includes('for')) return { type: 'name', name: rest.join(' '), role: null, kind: 'organisation' };
    // (Not after a courtesy title, written with or without its full stop: "Mr Harrow", "Dr Wembley" are people,
    // whatever place the surname names.)
    if (classifyProperName(name.join(' ')) === 'organisation') {
      if (role && (COURTESY.test(role) || /^(?:dr|prof)\.?$/iu.test(role)) && name.length <= 3 && name.every((w) => CAPITALISED.test(w))) return { type: 'name', name: name.join(' '), role, kind: 'person' };
      return null;
    }
    // A name of common words only, none a given name ("Human Rights Watch", "Open Society"), is a body's.
    // A people's word after a point of the compass ("North Korean", "South Korean") names a people, not a person:
    // said here so that the common-words test below need not read the first-name lists for it. A given-name check
    // cannot replace it: "North" and "West" are in stdlib's list of English male first names (and in
    // gender-detection-from-name's), so the lists would take "North Korean" for a person.
    if (!role && name.length === 2 && /^(?:north|south|east|west)(?:ern)?$/iu.test(name[0]!) && /an$/u.test(name[1]!) && pertainsTo(name[1]!).length > 0) {
      return { type: 'name', name: name.join(' '), role: null, kind: 'organisation' };
    }
    // The cheap tests run over every word first, so a name holding a word WordNet lacks never reads the name lists.
    if (!role && name.length >= 2 && name.every((w) => !lexTags(w).some((t) => PERSON_TAGS.test(t)) && inWordNet(w)) && name.every((w) => commonWordNotName(w))) {
      // A heading of a box or list of the text's own ("Quick Facts", "Key Quotes", "What They Said") is no body.
      if (CONTENT_HEADING.test(name[name.length - 1]!) || /^what\s+(?:they|he|she|people|others)\s+(?:said|say)$/iu.test(name.join(' '))) return null;
      return { type: 'name', name: name.join(' '), role: null, kind: 'organisation' };
    }
    // "Pennsylvania Gov" (a phrase cut at "Gov. and ..."): a name ends in no abbreviated title.
    const lastWord = name[name.length - 1]!.toLowerCase();
    if (!TITLES.has(lastWord) && TITLES.has(`${lastWord}.`)) return null;
    // "EB-5", "G7": a word with a digit names a thing, a programme or a body, never a person.
    if (name.some((w) => /[\p{N}]/u.test(w))) return { type: 'name', name: name.join(' '), role, kind: 'organisation' };
    // "HuffPo", "ProPublica", "ReganBooks": one word with a capital inside after a syllable is a brand's name;
    // a surname's inner capital follows a short prefix ("McCain", "DeSantis", "LaGuardia") or one of the
    // longer surname prefixes ("MacArthur", "VanderSloot").
    if (name.length === 1 && !role && /^[\p{Lu}][\p{Ll}]{2,}[\p{Lu}]/u.test(name[0]!) && !/^(?:Mac|Fitz|Vander|Van|Von|Della|Delle|Des)[\p{Lu}]/u.test(name[0]!) && !lexTags(name[0]!).some((t) => PERSON_TAGS.test(t))) return { type: 'name', name: name[0]!, role: null, kind: 'organisation' };
    return { type: 'name', name: name.join(' '), role, kind: 'person' };
  }

  // A role in lowercase before a proper name: "North Korean leader Kim Jong-un", "Kremlin spokesman Dmitry Peskov".
  let tail = words.length;
  while (tail > 0 && CAPITALISED.test(words[tail - 1]!)) tail--;
  if (tail > 0 && tail < words.length) {
    const roleWords = words.slice(0, tail);
    const lastRole = roleWords[roleWords.length - 1]!.toLowerCase();
    // ("harbour master Piet Oduya", "quay foreman Tomas Veld": a noun WordNet has as a person's, the lexicon lacking it.)
    // "a former aide to ex-mayor Jane Roe", "a driver for ex-mayor Jane Roe": a person's noun, then "to" or "for"
    // and only role words before the name make her the one served; the speaker is the described aide.
    if (servesNamed(roleWords)) return parseDescription(words);
    // ("train driver Ivo Brandt": a noun the lexicon has as one who acts, WordNet's first senses a tool's.)
    if (roleWords.length <= 8 && (TITLES.has(lastRole) || PERSON_NOUNS.has(lastRole) || wordNetPerson(lastRole) || isPersonNoun(lastRole)) && !roleWords.some((w) => SPEECHLIKE.test(w))) {
      const { role: innerRole, name } = splitTitle(words.slice(tail));
      if (name.length === 0 || name.length > 5) return null;
      const nameText = name.join(' ');
      if (classifyProperName(nameText) === 'organisation') {
        // "the conservative Marlow Daily", "the liberal Brenner Times": after an article, adjectives only (a word
        // that is also a person's noun, "conservative", is its adjective here) describe the body named, not a
        // person who holds it as a role.
        if (!innerRole && roleWords.length >= 2 && roleWords.length <= 3 && /^the$/iu.test(roleWords[0]!) && roleWords.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w) && isLemma(w, 'adj') && !TITLES.has(w))) {
          return { type: 'name', name: nameText, role: null, kind: 'organisation' };
        }
        return null;
      }
      const role = [roleWords.join(' ').replace(/^(?:the|a|an)\s+/iu, ''), innerRole].filter(Boolean).join(' ');
      return { type: 'name', name: nameText, role: role || null, kind: 'person' };
    }
    // "U.S. Ambassador to the United Nations Linda Greenfield": a title with a preposition and a body's name
    // before a full name.
    if (roleWords.some((w) => TITLES.has(w.toLowerCase())) && roleWords.some((w) => /^(?:to|at|in|for|of)$/u.test(w))) {
      const person = titledName(words.join(' '));
      // "a spokesman for Jane Roe", "an aide to President Jane Roe": when the preposition's object is the person
      // herself (no body between, a title at most), the phrase describes someone who works for her.
      if (person?.type === 'name' && /^(?:to|for)$/iu.test(roleWords[roleWords.length - 1]!) && words.slice(tail, words.length - person.name.split(/\s+/u).length).every((w) => TITLES.has(w.toLowerCase().replace(/\.$/u, '')))) {
        return parseDescription(words);
      }
      if (person) return person;
    }
    const translated = ofTitledName(words);
    if (translated) return translated;
    const owned = ownedFullName(words);
    if (owned) return owned;
  }
  return parseDescription(words);
}

/** "the harbour board's Tom Wells": an owner in lowercase before a person's full name is his employer, the name the person. */
function ownedFullName(words: readonly string[]): ParsedSpeaker | null {
  let tail = words.length;
  while (tail > 0 && CAPITALISED.test(words[tail - 1]!)) tail--;
  if (tail < 2 || !/^(?:the|a|an)$/iu.test(words[0]!) || !/(?:['’]s|s['’])$/u.test(words[tail - 1]!)) return null;
  if (words.length - tail < 2 || words.length - tail > 4 || !lexFirstName(words[tail]!)) return null;
  const name = words.slice(tail).join(' ');
  return classifyProperName(name) === 'person' ? { type: 'name', name, role: words.slice(1, tail).join(' '), kind: 'person' } : null;
}

/**
 * "the deputy of the Legislative Assembly of the Amur Region Pavel Loskutov" (a title translated word for word,
 * offices and places strung on "of" before a full name): a person's noun heading the phrase makes the full name
 * at its end the holder, however long the string of bodies between.
 */
function ofTitledName(words: readonly string[]): ParsedSpeaker | null {
  const head = words[1]?.toLowerCase() ?? '';
  if (!/^(?:the|a|an)$/iu.test(words[0]!) || words[2] !== 'of' || !(TITLES.has(head) || PERSON_NOUNS.has(head) || isPersonNoun(head))) return null;
  return titledName(words.join(' '));
}

/**
 * Reads the subject of a reporting verb. Beyond what `parseSpeakerPhrase` reads, a determined noun phrase
 * ("the envoy's interpreter", "the host", "the clip") is an unnamed speaker: the grammar has already shown it
 * is who speaks, whatever its noun.
 */
export function parseSubjectPhrase(phrase: string): ParsedSpeaker | null {
  // "On Monday Skare (said)": a fronted time with no comma after it is no part of the name; read the phrase from the
  // day on, which is read as a time before the name ("Monday Skare" is Skare), not as one "Monday Skare".
  const timed = FRONTED_DAY.exec(phrase);
  if (timed) phrase = phrase.slice(timed[0].length);
  // (Only a name or a body as the owner: "the Kremlin's readout", not "the aide's readout", who may relay another's.)
  const owner = documentOwner(phrase);
  const owned = owner ? parseSpeakerPhrase(owner) : null;
  if (owned && owned.type === 'name') return owned;
  // ("Her letter was brief:", "His statement said": the writer the possessive pronoun means, read back as "she", "he".)
  const pronounOwner = pronounDocumentOwner(phrase);
  if (pronounOwner) return { type: 'pronoun', pronoun: pronounOwner };
  // ("The council's letter", "a statement from the ministry": a body described, or named after "from", issued it.)
  const issuer = owner ? null : describedDocumentOwner(phrase);
  const issued = issuer ? parseSpeakerPhrase(issuer) : null;
  if (issued && ((issued.type === 'description' && issued.kind === 'organisation' && !issued.plural) || issued.type === 'name')) return issued;
  // (So a post on a channel named after its noun: the channel, a body whatever its name looks like.)
  const channel = channelOfPost(phrase);
  if (channel) return { type: 'name', name: channel, role: null, kind: 'organisation' };
  return parseSpeakerPhrase(phrase) ?? bodyUnit(phrase) ?? indefiniteDescription(phrase, parsedSubject(phrase) ?? titledName(phrase)) ?? nameBeforeAffiliation(phrase) ?? relationName(phrase) ?? describedBeforeRelative(phrase) ?? joinedDescription(phrase, parseSpeakerPhrase);
}

// A capitalised preposition of time opening the phrase before a day or a month (not one also a given name, April,
// May, June, August) and then a capitalised word.
const FRONTED_DAY = /^\s*(?:On|By|Since|Until|Last|Next|This|Early|Late|Every|From|Through|In)\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|September|October|November|December)\s+[\p{Lu}])/u;

// A relative clause on the subject whose own subject is the relative word, a verb right after it: "The panel of
// experts that monitors the ban", "a clerk who handles the files". (Not "the report that Roe wrote", whose
// relative word is the object and whose clause another's subject opens.)
const SUBJECT_RELATIVE = /^(.+?[\p{Ll}.])\s+(?:that|which|who)\s+(?:(?:also|still|now)\s+)?([\p{Ll}]+(?:s|ed))\b/u;
const NOT_A_VERB_AFTER = /^(?:this|these|those|his|its|us)$/u;

/**
 * "The panel of experts that monitors the ban (said)": the description before a relative clause on it, as the
 * same sentence without the clause reads it; only a description, never a name.
 */
function describedBeforeRelative(phrase: string): ParsedSpeaker | null {
  const m = SUBJECT_RELATIVE.exec(phrase.trim());
  if (!m || NOT_A_VERB_AFTER.test(m[2]!)) return null;
  const before = parseSubjectPhrase(m[1]!);
  return before?.type === 'description' ? before : null;
}

// "The Far Eastern branch of the state railway": a body's part placed by region, read as a body's description.
function bodyUnit(phrase: string): ParsedSpeaker | null {
  const unit = bodyUnitPhrase(phrase, (head) => ORG_NOUNS.has(head) || ORG_NOUNS.has(singular(head)));
  return unit ? { type: 'description', text: unit.text, head: unit.head, definite: true, plural: false, kind: 'organisation' } : null;
}

// The writer's relation, then the person's name: "My colleague Tomás Quiroga", "our old friend Ana Ruiz".
const RELATION_NAME = /^\s*((?:My|Our|Your|my|our|your)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+[\p{Lu}][\p{Ll}]{1,4}\.)?)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})[\s,.;:]*$/u;
// Another's relation, then the person's full name, opening a sentence: "Her colleague Tom Olde", "His deputy Ana Ruiz".
const OWNED_RELATION_NAME = /^\s*((?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+[\p{Lu}][\p{Ll}]{1,4}\.)?)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})[\s,.;:]*$/u;

/**
 * "My colleague Tomás Quiroga": a person's full name after a relation the writer gives them; the relation is
 * the role. (The name need not be in the first-name lists that `titledName` asks of a title's name.)
 */
export function relationName(phrase: string, thirdPerson = false): ParsedSpeaker | null {
  const m = (thirdPerson ? OWNED_RELATION_NAME : RELATION_NAME).exec(phrase);
  if (!m || /['’]s?$/u.test(m[3]!)) return null;
  const noun = singular(m[2]!);
  if (!PERSON_NOUNS.has(noun) && !isPersonNoun(noun)) return null;
  return classifyProperName(m[3]!) === 'person' ? { type: 'name', name: m[3]!, role: m[1]!, kind: 'person' } : null;
}

/**
 * "Oil analyst Priya Raman of Delta Research", "Anna Berg of the Nordic Institute in Oslo": a person's full name
 * (perhaps after a role) and then where they work; the name is the person, the rest says where they are from.
 */
export function nameBeforeAffiliation(phrase: string): ParsedSpeaker | null {
  // (Most phrases hold none of the three words: told before the remembered reading is looked up.)
  return phrase.includes(' of ') || phrase.includes(' at ') || phrase.includes(' from ') ? affiliatedName(phrase) : null;
}

const affiliatedName = remembered((phrase: string): ParsedSpeaker | null => {
  // (A lowercase word or two may stand between "the" and the body's name: "Jane Roe of the opposition Harbour
  // Party", "of the state-run Port Authority".)
  // (Or a body in lowercase words, to the phrase's end, its last word a kind of organisation: "Jane Roe of the
  // harbour board", "Tom Kell at the local bank".)
  const m = /^(.+?[\p{Lu}][\p{Ll}'’-]+)\s+(?:of|at|from)\s+(?:the\s+(?:[\p{Ll}][\p{Ll}-]+\s+){0,2})?[\p{Lu}]/u.exec(phrase) ?? lowercaseBody(phrase);
  if (!m) return null;
  const named = parseSpeakerPhrase(m[1]!) ?? titledName(m[1]!);
  return named?.type === 'name' && named.kind === 'person' && /\s/u.test(named.name) ? named : null;
});

/** "Jane Roe of the harbour board": the name (group 1) before "of/at/from the" and up to three lowercase words, the last a body's noun. */
function lowercaseBody(phrase: string): RegExpExecArray | null {
  const m = /^(.+?[\p{Lu}][\p{Ll}'’-]+)\s+(?:of|at|from)\s+the\s+(?:[\p{Ll}][\p{Ll}-]+\s+){0,2}([\p{Ll}][\p{Ll}-]+)$/u.exec(phrase);
  return m && isKindOf(m[2]!, 'organization', 6) ? m : null;
}

/**
 * A long title of any words before a person's full name, where the grammar has shown the phrase speaks:
 * "New York City Public Advocate Jane Roe", "Air Force 1st Lt. Jane Roe", "Republican presidential hopeful
 * Jane Roe", "Oversight ranking Democrat Jane Roe". The name is the last two or three capitalised words,
 * opening with a known first name and read as a person's; the words before it are the role.
 */
const titledName = (phrase: string): ParsedSpeaker | null => {
  const split = titledSplit(phrase);
  if (!split || objectRole(split)) return null;
  return { type: 'name', name: split.words.slice(split.at).join(' '), role: split.words.slice(0, split.at).join(' '), kind: 'person' };
};

/** Whether `phrase` is a noun, a preposition and a person's full name ("the Wife Of Tom Pell"): no one's. */
export function objectOfPreposition(phrase: string): boolean {
  const split = titledSplit(phrase);
  return split !== null && objectRole(split);
}

// A role closing on a preposition after a noun ("the wife of Tom Pell", "a letter to Ana Roe") makes the name the
// preposition's object, not the subject: the wife speaks, not Pell, and a letter to Roe is not Roe's. "from"
// and "by" name the writer: "a note from Ana Roe" is hers.
const PARENT_OF_COUNT_NAME = /^((?:[Tt]he\s+|[Aa]\s+)?(?:[Mm]other|[Ff]ather|[Gg]randmother|[Gg]randfather|[Mm]um|[Dd]ad)(?:\s+|-)of(?:\s+|-)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})$/u;
const OBJECT_PREPOSITION = /^(?:of|to|for|with|at|about|against)$/iu;
function objectRole(split: { words: readonly string[]; at: number }): boolean {
  if (split.at >= 2 && OBJECT_PREPOSITION.test(split.words[split.at - 1]!)) return true;
  // So with the name's own trade between ("the ex-wife of tycoon Tom Pell", "the sister of activist Ana Roe"):
  // a noun for a kind of person after the preposition is the named one's, not the speaker's; a field of work
  // there ("head of research Ana Roe") is the speaker's own title.
  const { words, at } = split;
  // (An article or an adjective or two may stand before the trade: "the parents of missing student Ana Roe", "the
  // son of the late singer Tom Pell".)
  let prep = at - 2;
  while (prep > at - 5 && prep > 1 && /^[\p{Ll}][\p{Ll}-]*$/u.test(words[prep]!) && !OBJECT_PREPOSITION.test(words[prep]!) && (/^(?:the|a|an)$/u.test(words[prep]!) || !(isPersonNoun(singular(words[prep]!)) || wordNetPersonOnly(singular(words[prep]!))))) prep--;
  if (at < 3 || !OBJECT_PREPOSITION.test(words[prep]!) || !/^[\p{L}][\p{Ll}-]*$/u.test(words[prep - 1] ?? '')) return false;
  const trade = words[at - 1]!;
  return /^[\p{Ll}]{3,}$/u.test(trade) && trade !== 'staff' && (isPersonNoun(singular(trade)) || wordNetPersonOnly(singular(trade)));
}

/** Where `titledName` would split `phrase` into a role and a person's full name: its words and the name's first. */
const titledSplit = remembered((phrase: string): { words: readonly string[]; at: number } | null => {
  const words = phrase.replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  if (words.length < 3 || words.length > 12 || words.some((w) => SPEECHLIKE.test(w) || /^(?:and|or|&)$/iu.test(w) || /[_"“”]/u.test(w))) return null;
  for (let p = Math.max(1, words.length - 3); p <= words.length - 2; p++) {
    const name = words.slice(p);
    // (A given name the name lists know and WordNet lacks opens a name as one the lexicon knows does: "Governor of
    // the Amur Region Oleg Ivanovich Roe"; a word WordNet has, "Asia", "Mark", is left to the lexicon.)
    if (!(lexFirstName(words[p]!) || familyNameFirst(name) || (isKnownFirstName(words[p]!) && !inWordNet(words[p]!))) || !name.every((w) => CAPITALISED.test(w) && !/['’]s?$/u.test(w))) continue;
    if (classifyProperName(name.join(' ')) !== 'person') continue;
    // The role ends in no possessive ("Jane Roe's aide Tom Wells" is read elsewhere).
    if (/['’]s?$/u.test(words[p - 1]!)) return null;
    // Nor in a verb: "the president met Kim Jong-un" is a clause whose object is the name, no title "the president
    // met" before it (a lowercase word, no word of grammar, with no sense as a noun, an adjective or an adverb, `clauseVerb`).
    if (clauseVerb(words[p - 1]!)) return null;
    return { words, at: p };
  }
  return null;
});

/**
 * Whether a lowercase word can only be a verb's form ("met", "greeted", "told"): no word of grammar ("of", "the"),
 * and WordNet gives it no sense as a noun, an adjective or an adverb, as every title's last word has ("hopeful",
 * "chief", "late", "outgoing").
 */
function clauseVerb(word: string): boolean {
  return /^[\p{Ll}]{2,}$/u.test(word) && !FUNCTION_WORDS.has(word) && senseWords(word, 'noun', 1).length === 0 && senseWords(word, 'adj', 1).length === 0 && senseWords(word, 'adv', 1).length === 0;
}

/**
 * Whether two words are a romanised East Asian name written family name first: a short family name, then a given
 * name of two syllables joined by a hyphen ("Lim Ji-hoon", "Han Ok-sun"), which no first-name list holds.
 */
function familyNameFirst(name: readonly string[]): boolean {
  return name.length === 2 && /^[\p{Lu}][\p{Ll}]{1,4}$/u.test(name[0]!) && /^[\p{Lu}][\p{Ll}]{1,4}-[\p{Ll}]{2,5}$/u.test(name[1]!);
}

const parsedSubject = remembered((phrase: string): ParsedSpeaker | null => {
  const all = phrase.replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  if (all.some((w) => SPEECHLIKE.test(w) || /^(?:and|or|&)$/iu.test(w) || /[_"“”]/u.test(w))) return null;
  // "a retired lock keeper in Delft": a phrase of place after a determined head says where the person is; the
  // head is read before it, the text keeps it ("a lock keeper in Delft" is no one named "Delft").
  // So does one of what it has: "one channel with more than 500,000 subscribers" is the channel.
  const at = all.findIndex((w, i) => i >= 2 && /^(?:in|at|from|near|outside|with)$/u.test(w));
  const words = at > 0 && DETERMINER.test(all[0]!) && all.length - at <= (all[at] === 'with' ? 5 : 4) ? all.slice(0, at) : all;
  if (words.length === 0 || words.length > 7) return null;
  const first = words[0]!;
  // The head as written: a capitalised last word is a name's ("a Twitter comment" read as "a Twitter"), no kind,
  // unless it names a member of a party or a people after an indefinite determiner ("a New Hampshire
  // Republican", "another Iowa Democrat", "an American"): someone unnamed.
  const head = words[words.length - 1]!.replace(/['’]s?$/u, '');
  if (/^(?:a|an|another|one)$/iu.test(first) && words.length >= 2 && words.slice(1).every((w) => CAPITALISED.test(w)) && /^[\p{Lu}][\p{Ll}]+(?:an|at|ite|ist|ese)$/u.test(head)) {
    return { type: 'description', text: words.join(' ').replace(/^(?:A|An|Another|One)\b/u, (d) => d.toLowerCase()), head: head.toLowerCase(), definite: false, plural: false, kind: 'unnamed' };
  }
  if (!/^[\p{Ll}][\p{Ll}-]+$/u.test(head)) return null;
  const plural = (/s$/u.test(head) && !/(?:ss|us)$/u.test(head)) || irregularPlural(head);
  if (!DETERMINER.test(first) && !/['’]s$/u.test(first) && !plural) return null;
  const text = all.join(' ').replace(/^The\b/u, 'the').replace(/^A\b/u, 'a').replace(/^An\b/u, 'an');
  const definite = /^(?:the|my|our|your)$/iu.test(first) || /['’]s$/u.test(first);
  const kind = ORG_NOUNS.has(singular(head)) ? 'organisation' : 'unnamed';
  // A person is named by an agent noun ("interpreter", "organizer", "strategist"); "a box" or "the spot" is no speaker.
  // (Or by a noun the lexicon of roles holds, though no agent noun: "one of the officials", "one of the sources".)
  // (A court or office paper that "said" is its writer's voice, when the text names who wrote in it: "the
  // filing", "the motion", "the memo"; so is "the message" its sender's, "X sent a message ...", and "the note"
  // its writer's, "X said in a client note ...", and an insurer's or agency's circular, bulletin or advisory its
  // issuer's; see
  // `issued-statement.ts`. A court's decision, "the ruling said", is the court's: `court-voice.ts`.)
  if (kind === 'unnamed' && !isPersonNoun(singular(head)) && !PERSON_NOUNS.has(singular(head)) && !/(?:er|or|ist|ian|ant|ent)$/u.test(singular(head)) && !(!definite && !plural && wordNetPerson(head)) && !(definite && /^(?:filing|motion|memo|memorandum|message|note|circular|bulletin|advisory)$/u.test(head)) && !courtPaper(words) && !judgesBench(words, definite)) return null;
  // (A bench of judges, "the three-judge panel", "the appeals bench", is a court's body: `court-voice.ts`.)
  if (judgesBench(words, definite)) return { type: 'description', text, head: singular(head), definite, plural: false, kind: 'organisation' };
  return { type: 'description', text, head: singular(head), definite, plural: kind === 'unnamed' && plural, kind };
});

/** "the ruling", "the verdict": a court's decision after "the" (not "Olsen's verdict", which is her own judgement). */
function courtPaper(words: readonly string[]): boolean {
  return /^the$/iu.test(words[0]!) && /^(?:ruling|verdict)$/u.test(words[words.length - 1]!);
}

/**
 * "the three-judge panel", "the appeals bench": a definite panel or bench a word of the courts modifies. A bare
 * "the panel" may be any committee ("The panel was chaired by Jane Roe, who asked ..."), so it stays unread.
 */
function judgesBench(words: readonly string[], definite: boolean): boolean {
  return definite && words.length >= 3 && /^(?:panel|bench)$/u.test(words[words.length - 1]!) && words.slice(1, -1).some((w) => /^(?:[\p{L}-]*judges?['’]?|appeals?|appellate|trial)$/u.test(w));
}

// Forms of the commonest reporting verbs, which end a description's complement ("the head of state added").
const REPORTING_FORM = /^(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|explained|explains|warned|warns|insisted|insists|replied|replies|recalled|recalls|declared|declares|wrote|writes)$/u;
// A verb's past or present form inside words before an article ("A first post quoted the president"): a clause.
const RUN_ON_VERB = /^(?:[\p{Ll}]+ed|quotes|cites|shows|calls|names|thanks|tells|asks|wrote|spoke|met|saw|heard|gave|took)$/u;
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
  // As `word.replace(/[,.;:]+$/u, '').replace(/^[,;:]+/u, '')` and `lower.replace(/['’]s?$/u, '')`, by
  // character codes: this runs for every opening word of every narration sentence, and an expression anchored
  // only at its end is tried at every position of the word.
  let e = word.length;
  while (e > 0 && isEndPunctuation(word.charCodeAt(e - 1))) e--;
  let b = 0;
  while (b < e && isEndPunctuation(word.charCodeAt(b)) && word.charCodeAt(b) !== 46) b++;
  const w = b === 0 && e === word.length ? word : word.slice(b, e);
  if (w === '') return SPEAKER_PROPER;
  const lower = w.toLowerCase();
  const n = lower.length;
  const head = n >= 2 && lower.charCodeAt(n - 1) === 115 && isApostrophe(lower.charCodeAt(n - 2)) ? lower.slice(0, n - 2) : isApostrophe(lower.charCodeAt(n - 1)) ? lower.slice(0, n - 1) : lower;
  // (As `TITLES.has(lower) || PERSON_NOUNS.has(lower) || PERSON_NOUNS.has(head) || ORG_NOUNS.has(head)`, in one
  // look-up when the word has no possessive, as most have.)
  const noun = (head === lower ? NOUN_EITHER.has(lower) : NOUN_AS_WRITTEN.has(lower) || NOUN_AS_HEAD.has(head)) ? SPEAKER_NOUN : 0;
  const proper = isCapitalised(w) || (index > 0 && CONNECTORS.has(w)) || (index === 0 && lower === 'the') ? SPEAKER_PROPER : 0;
  return noun | proper;
}

// The nouns `speakerWord` looks a word up in: as written, as a head without its possessive, and either.
const NOUN_AS_WRITTEN: ReadonlySet<string> = new Set([...TITLES, ...PERSON_NOUNS]);
const NOUN_AS_HEAD: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ORG_NOUNS]);
const NOUN_EITHER: ReadonlySet<string> = new Set([...NOUN_AS_WRITTEN, ...NOUN_AS_HEAD]);

/** `CAPITALISED.test(w)`, by character codes for ASCII words (the expression for any other). */
function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 128) return CAPITALISED.test(w);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 39 || d === 46 || d === 45) continue;
    return d >= 128 ? CAPITALISED.test(w) : false;
  }
  return true;
}

/** `,` `.` `;` `:`. */
function isEndPunctuation(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58;
}

/** `'` or `’`. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function parseDescription(words: readonly string[]): ParsedSpeaker | null {
  // ("a woman pushing a pram", "a man selling fish": a participle right after a person's noun starts what says
  // more about him, as a preposition does; the noun before it heads the description.)
  // ("a diplomat posted in Moscow", "an officer stationed at the base": so does a participle of where the person is placed.)
  const prep = words.findIndex((w, i) => i > 0 && (/^(?:at|of|from|in|for|with|on|to|who|familiar|close|involved|briefed|knowledgeable|within|inside|under|based|posted|stationed|representing)$/iu.test(w) || (i > 1 && /^[\p{Ll}]{2,}ing$/u.test(w) && !SPEECHLIKE.test(w) && words.slice(1, i).every((x) => !/^(?:a|an|the|this|that)$/iu.test(x)) && (PERSON_NOUNS.has(words[i - 1]!.toLowerCase()) || isPersonNoun(words[i - 1]!.toLowerCase())))));
  const core = prep > 0 ? words.slice(0, prep) : [...words];
  // "Thursday a junior minister", "a long lunch a senior diplomat": an article inside the words before any
  // preposition opens a second noun phrase, run on from a fronted phrase whose comma was left out; the
  // description is that second one.
  // (Only after capitalised words, "Moscow a senior diplomat", or a phrase opening with a preposition or an
  // article, "After a long wait a port official": "the spokesman said the coordinator" is a clause.)
  const inner = core.findIndex((w, i) => i > 0 && /^(?:a|an|another|the)$/u.test(w));
  // (Nor when the words after the article hold a verb: "an official the ministry quoted" is a clause of its own.)
  // (Nor after "a" and a person's noun: "a diplomat the agency" is one described, then a clause about them.)
  if (inner > 0 && !(/^(?:a|an)$/iu.test(core[0]!) && (PERSON_NOUNS.has(core[inner - 1]!.toLowerCase()) || isPersonNoun(core[inner - 1]!.toLowerCase()))) && !core.slice(inner + 1).some((w) => SPEECHLIKE.test(w) || RUN_ON_VERB.test(w)) && (core.slice(0, inner).every((w) => CAPITALISED.test(w)) || (/^(?:after|before|on|in|at|over|during|since|a|an)$/iu.test(core[0]!) && !core.slice(1, inner).some((w) => SPEECHLIKE.test(w) || RUN_ON_VERB.test(w))))) return parseDescription(words.slice(inner));
  if (core.length === 0 || core.length > 7) return null;
  if (core.some((w) => SPEECHLIKE.test(w))) return null;
  // A personal pronoun makes a clause, not a description: "I asked a Russian official" is no one's name.
  if (core.some((w) => /^(?:I|we|you|he|she|they)$/iu.test(w))) return null;
  const head = core[core.length - 1]!.toLowerCase().replace(/['’]s?$/u, '');
  const first = core[0]!;
  // ("our foreign minister", "my late father": the writer's own possessive fixes whom it means, as "the" does.)
  const determined = DETERMINER.test(first) || /['’]s$/u.test(first) || CAPITALISED.test(first) || /^(?:my|our|your)$/u.test(first);
  const plural = (/s$/u.test(head) && !/(?:ss|us)$/u.test(head) && head !== 'news' && head !== 'media') || irregularPlural(head);
  if (!determined && !plural) return null;
  // A relative clause after the description says more about the speaker but is no part of how he is called:
  // "a committee member who supports the bill" is "a committee member".
  // Nor is a reporting verb after its complement: "the head of state added (that ...)" is "the head of state".
  const relative = words.findIndex((w, i) => i > 0 && (/^(?:who|whose|that|which)$/iu.test(w) || (i > prep && prep > 0 && REPORTING_FORM.test(w))));
  const text = (relative > 0 ? words.slice(0, relative) : words).join(' ').replace(/^The\b/u, 'the').replace(/^A\b/u, 'a').replace(/^An\b/u, 'an');
  const definite = /^(?:the|my|our|your)$/iu.test(first) || /['’]s$/u.test(first);
  // (A head the lexicon of roles lacks is a person's when WordNet says so: "a young deckhand", "a passerby", "the
  // boatswain of the Marta". Not bare after "the": "the Republican nominee" is an epithet for someone the text
  // has named, whom the roles it knows cannot tie it to; better no speaker than a new unnamed one. Not in the
  // plural, "Henry Clay's biographers", often the names of the group follow; nor a capitalised word, a name.)
  if (PERSON_NOUNS.has(head) || isPersonNoun(singular(head)) || (!plural && /^[\p{Ll}]/u.test(core[core.length - 1]!) && wordNetPerson(head) && (!definite || (prep > 0 && /^(?:of|at|on|in|from)$/iu.test(words[prep]!))))) return { type: 'description', text, head: singular(head), definite, plural, kind: 'unnamed' };
  // "the speaker for France", "the next speaker of the group": one who speaks for a country or body is a
  // person ("speaker" alone may be a loudspeaker).
  if (head === 'speaker' && prep > 0 && /^(?:for|of)$/iu.test(words[prep]!)) return { type: 'description', text, head, definite, plural: false, kind: 'unnamed' };
  // "His successor", "her predecessor": after a possessive pronoun, a noun WordNet knows as a kind of person
  // (two steps up its hypernyms) is someone, though the lexicon of roles lacks it; not a noun that is also a
  // part, sound or look of one ("his face", "her voice": a sense of each is a person). (PolNeAR train: 3 more
  // right, 0 more wrong with those left out.)
  if (/^(?:his|her|their|my|our|your)$/iu.test(first) && core.length <= 3 && personNotPart(singular(head))) return { type: 'description', text, head: singular(head), definite, plural, kind: 'unnamed' };
  if (ORG_NOUNS.has(head)) return { type: 'description', text, head: singular(head), definite, plural: false, kind: 'organisation' };
  // "one Democrat familiar with the talks", "a Republican close to the campaign": a capitalised word after an
  // indefinite article is a kind of person, not a name (see `indefiniteDescription`), and what follows says which.
  // (Not before a capitalised word, which makes the whole a name: "One Club for Growth ad".)
  const tie = words[prep] ?? '';
  if (prep > 0 && core.length >= 2 && core.length <= 3 && /^(?:a|an|one|another)$/iu.test(first) && isCapitalised(core[core.length - 1]!) && core.slice(1, -1).every((w) => !isCapitalised(w)) && (/^(?:familiar|close|involved|briefed|knowledgeable)$/iu.test(tie) || !isCapitalised(words[prep + 1] ?? 'X'))) {
    return { type: 'description', text, head, definite: false, plural: false, kind: 'unnamed' };
  }
  return null;
}

/**
 * "the old guide", "the guide": "the", lowercase words and a head the lexicon of roles lacks but WordNet files
 * under person, which `parseSpeakerPhrase` leaves unread (an epithet may stand for anyone named). As the credit of
 * a quote it may still mean one the text gave a role of that head, and only that: a description marked `roleOnly`,
 * which never makes someone new. Null for any other phrase.
 */
export function roleOnlyDescription(phrase: string): ParsedSpeaker | null {
  const words = phrase.trim().replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  // (A capitalised word may stand before the head, a party's or a people's, "the Republican presidential candidate",
  // "the Ukrainian leader": the one it stands for must then bear that word too, as every capitalised word of a
  // description is read; the head itself is lowercase.)
  if (words.length < 2 || words.length > 4 || !/^the$/iu.test(words[0]!) || !/^[\p{Ll}-]+$/u.test(words[words.length - 1]!) || !words.slice(1, -1).every((w) => /^[\p{Ll}-]+$/u.test(w) || /^[\p{Lu}][\p{Ll}]+$/u.test(w))) return null;
  const head = words[words.length - 1]!;
  if (/s$/u.test(head) && !/(?:ss|us)$/u.test(head)) return null;
  if (!wordNetPerson(head)) return null;
  return { type: 'description', text: words.join(' ').replace(/^The\b/u, 'the'), head, definite: true, plural: false, kind: 'unnamed', roleOnly: true };
}

/** A noun that is a kind of person by WordNet and no body part, sound or attribute of one. */
export function personNotPart(noun: string): boolean {
  return isKindOf(noun, 'person', 2) && !isKindOf(noun, 'body part', 3) && !isKindOf(noun, 'sound', 3) && !isKindOf(noun, 'attribute', 3);
}

/** Whether a word names a role or a kind of person ("secretary", "minister", "analyst"), as a role's head noun. */
export function isRoleNoun(word: string): boolean {
  const w = singular(word.toLowerCase());
  return PERSON_NOUNS.has(w) || TITLES.has(w) || isPersonNoun(w);
}

/**
 * A noun WordNet knows as a kind of person, for heads the lexicon of roles lacks ("deckhand", "ferryman",
 * "boatswain", "midwife", "harbour master"): its commonest sense is a person, or some sense is and none is also a
 * thing, an abstraction or an animal ("guard" and "master" are people first; "match", "host" of bacteria and
 * "star" are not taken on a lesser sense). Remembered: asked of many heads, each a climb of WordNet's hypernyms.
 */
export const wordNetPerson = remembered((w: string): boolean => isKindOf(w, 'person', 8, 1) || wordNetPersonOnly(w));

/**
 * Whether the words before a name, "a former aide to ex-mayor", "a driver for the late senator", describe
 * someone who serves the named person: a determiner, a person's noun, "to" or "for", then only role words.
 */
export function servesNamed(roleWords: readonly string[]): boolean {
  const served = roleWords.findIndex((w, i) => i > 1 && /^(?:to|for)$/iu.test(w));
  if (served < 0 || !/^(?:the|a|an|one)$/iu.test(roleWords[0]!) || !(officeWord(roleWords[served - 1]!) || wordNetPerson(roleWords[served - 1]!.toLowerCase()))) return false;
  const after = roleWords.slice(served + 1).filter((w) => !/^(?:the|former|then|late)$/iu.test(w));
  return after.length > 0 && after.every((w) => officeWord(w));
}

/** "a representative of", "an angry spokesman for": a determiner, at most two words more, a person's noun, then a preposition. */
export function personBeforePreposition(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => i > 1 && /^(?:of|for|to|at|with)$/iu.test(w));
  return at > 1 && at <= 4 && /^(?:the|a|an|one)$/iu.test(words[0]!) && (officeWord(words[at - 1]!) || wordNetPerson(words[at - 1]!.toLowerCase()));
}

/** A role noun as a title may carry it: with a prefix ("ex-mayor", "vice-chair") or abbreviated ("Sen."). */
export function officeWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/u, '').replace(/^(?:ex|vice|deputy)-/u, '');
  return TITLES.has(`${w}.`) || isRoleNoun(w);
}

/** A noun some sense of which WordNet has as a kind of person, and none as a thing, an abstraction or an animal. */
export const wordNetPersonOnly = remembered((w: string): boolean => /^[\p{Ll}]{3,}$/u.test(w) && isKindOf(w, 'person', 8) && !isKindOf(w, 'artifact', 8) && !isKindOf(w, 'abstraction', 8) && !isKindOf(w, 'animal', 8));

/** Whether `w` is a person's noun in a plural not made with -s ("men", "women", "children", "fishermen"). */
function irregularPlural(w: string): boolean {
  return w === 'children' || (w.endsWith('men') && singular(w) !== w);
}

/** A noun for a kind of person ("businessman", "host", "psychotherapist"): compromise's lexicon tags them Actor. */
export function isPersonNoun(w: string): boolean {
  // (Or an office noun the document teaches beside a name: "the akim of the region, NAME,", `office-set-off.ts`.)
  return lexTags(w).includes('Actor') || /^[\p{Ll}]{4,}(?:ist|ician)$/u.test(w) || isDocumentOffice(w);
}

export function singular(w: string): string {
  if (w === 'people') return 'person';
  if (w === 'children') return 'child';
  // ("men", "women", "fishermen", "spokeswomen": a plural in -men whose singular in -man is a person's noun.)
  if (w.endsWith('men') && (w === 'men' || w === 'women' || isPersonNoun(`${w.slice(0, -3)}man`))) return `${w.slice(0, -3)}man`;
  if (w === 'spokespeople') return 'spokesperson';
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

const CONTENT_STOP = new Set(['a', 'an', 'the', 'at', 'of', 'from', 'in', 'for', 'with', 'on', 'to', 's', 'high', 'ranking', 'senior', 'top', 'one', 'who']);
/** Content words of a description or role, for matching "the unification ministry official" to its antecedent. */
export function contentWords(s: string): Set<string> {
  // A fresh set each time: callers add to it and delete from it.
  return new Set(contentWordList(s));
}

// A description's words are read again at every mention of it: the list is worked out once per spelling.
const contentWordList = remembered((s: string): readonly string[] => normaliseName(s).split(/\s+/u).filter((w) => w.length > 1 && !CONTENT_STOP.has(w)).map(singular));

/** "HM Revenue and Customs", "the Food and Drug Administration": one body's name with an "and" in it, else null. */
function joinedBodyName(words: readonly string[]): ParsedSpeaker | null {
  const rest = /^the$/iu.test(words[0]!) ? words.slice(1) : words;
  const joins = rest.filter((w) => w === 'and' || w === '&').length;
  if (joins !== 1 || rest.length < 3 || rest[0] === 'and' || rest[rest.length - 1] === 'and') return null;
  // ("the Forestry, Canals and Waterways Office": a comma may close a word of the series before the "and".)
  const and = rest.findIndex((w) => w === 'and' || w === '&');
  if (!rest.every((w, i) => w === 'and' || w === '&' || (i < and - 1 ? /^[\p{Lu}][\p{L}'’-]*,?$/u : /^[\p{Lu}][\p{L}'’-]*$/u).test(w))) return null;
  const last = rest[rest.length - 1]!;
  if (last !== 'Customs' && nameEnding(rest.join(' ')) !== 'body') return null;
  return { type: 'name', name: words.join(' '), role: null, kind: 'organisation' };
}
