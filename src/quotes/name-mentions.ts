/**
 * The full names of people a document mentions anywhere (capitalised runs, with the titles before them), for
 * expanding a bare surname to the person the text means.
 */
import { isSpace } from '../text/chars.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { isKindOf, pertainsTo } from '../text/wordnet.ts';
import { classifyProperName, compactName, isDocumentPerson, isInitialledName, lexTags, nameWords, remembered } from './names.ts';
import { appositiveRole } from './appositive-role.ts';
import { roleBeforeName } from './role-before-name.ts';
import { leftOfficeRole } from './left-office-role.ts';
import { isFellowRelation } from './fellow-relation.ts';
import { callingSharedNear, callingVerbRole } from './calling-verb-role.ts';
import { otherQualifiedHolder } from './qualified-role-opening.ts';
import { commonWordNotName, isKnownFirstName } from './first-names.ts';
import { isPersonNoun, LEADING_FUNCTION_WORD, PERSON_NOUNS, PLACE_ADJECTIVE, singular, splitTitle, TITLES, wordNetPersonOnly } from './speaker-phrases.ts';
import { kinPattern } from './gendered-nouns.ts';
import { namedUnitAt } from './body-unit.ts';
import { hasPatronymic, withTitledSurnames } from './address-forms.ts';
import { isAddressedGivenName } from './address-honorific.ts';

/** A full name mentioned somewhere in a document, with its title, for expanding bare surnames. */
export interface NameMention {
  name: string;
  words: readonly string[];
  compact: string;
  role: string | null;
  paragraph: number;
  /** Where the run starts in its paragraph. */
  at: number;
  /** The gender a word of kin right before a full name tells of its bearer ("her son, Tavrek Balkay"), if any. */
  kin?: 'm' | 'f';
}

// A word of kin right before a full name, lower case (not "Mothers Against ..."): "her son, NAME", "his late wife NAME".
const KIN_MALE = new RegExp(String.raw`\b(?:${kinPattern('m')})(?:-in-law)?,?[ \t]+$`, 'u');
const KIN_FEMALE = new RegExp(String.raw`\b(?:${kinPattern('f')})(?:-in-law)?,?[ \t]+$`, 'u');

/** The gender of the word of kin ending `before` ("... her son, "), or undefined. */
export function kinGenderBefore(before: string): 'm' | 'f' | undefined {
  const tail = before.slice(-40);
  return KIN_MALE.test(tail) ? 'm' : KIN_FEMALE.test(tail) ? 'f' : undefined;
}

// (A saint's name in a person's, "St. John Farrow", "Ada St. Clair", keeps its full stop inside the run.)
// (A Mongolian name holds its patronymic's initial close up to the given name: "D.Bold", "Ch.Saran", one word.)
const WORD = String.raw`(?:St[ae]?\.(?=[ \t]+[\p{Lu}])|[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}(?:-[\p{Lu}][\p{Ll}]+)?|[\p{Lu}](?:\.(?:[\p{Lu}]\.)*|[\p{L}\p{N}'’-]*))`;
// (A surname's particle may be two words: "María Fernández de la Vega", "Jan van der Berg".)
const RUN = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:of|for|the|de(?:[ \t]+(?:la|las|los))?|dela|delos|bin|al|von|van(?:[ \t]+(?:der|den))?|der|da|du)[ \t]+)?${WORD})*`, 'gu');

// A company officer's title in lowercase words right before a name: "chief financial officer", "finance chief".
const OFFICER_TITLE_BEFORE = /(?:^|[\s(,])((?:[Cc]hief\s+(?:[\p{Ll}]+\s+){1,2}officer)|(?:[Ff]inance|[Ff]inancial|[Oo]perating|[Tt]echnology)\s+chief)\s+$/u;

// A day after a name is when, not who: "asked Clinton Friday".
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

// Function words that end a name inside a capitalised run; "may" and "will" are names as well ("Theresa May").
const STOP_IN_RUN: ReadonlySet<string> = new Set([...FUNCTION_WORDS].filter((w) => w !== 'may' && w !== 'will'));

// An abbreviated title with its full stop just before a run ("Mr. ", "Sen. "), which the run leaves out.
// A comma, then an abbreviated honorific or clergy title, right before a full name ("..., Fr. Tomas Krell").
const COURTESY_BEFORE = /,\s(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr)\.?\s+$/u;
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s+$/u;

// An abbreviated title of office with its full stop just before a run of several words.
// (A courtesy title may stand between it and the name: the German "Prof. Dr. NAME" is a professor.)
const OFFICE_BEFORE = /(?:^|[^\p{L}])((?:Sen|Rep|Gov|Gen|Prof|Rev)\.)(?:\s+(?:Dr|Mr|Mrs|Ms)\.)?\s+$/u;

// A title that stands before a surname alone: honorifics and titles of office written with a capital.
const TITLE_BEFORE_SURNAME = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|President|Senator|Governor|Representative|Congressman|Congresswoman|Judge|Justice|Mayor|Secretary|Speaker|Sheriff)\.?$/u;

// Where a person works, after the name and before a comma: "of the Centre for Security Analysis", "at Orlen
// Bank in Kessel" (a body in capitals, words joined by "of", "for", "and" or "the", then perhaps its town).
const WORKPLACE_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[\p{Lu}][\p{L}'’-]*){0,6}(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?(?=,)/u;

/** The person a capitalised run names, with its title, or null: the same for every occurrence of the run. */
const runMention = remembered((run: string): Omit<NameMention, 'paragraph' | 'at'> | null => {
  let text = run.replace(/['’]s$/u, '').replace(PLACE_ADJECTIVE, '');
  // ("Do Thi Hoa", "Will Hartigan": an opening auxiliary the document shows to be a name's first word is kept.)
  const opensOnName = isDocumentPerson(text);
  if (!opensOnName) while (LEADING_FUNCTION_WORD.test(text)) text = text.replace(LEADING_FUNCTION_WORD, '');
  let words = text.split(/\s+/u);
  // A headline's capitals run a name into the words after it ("Mr. Brennick Is Not an Honest Broker"):
  // the name ends before the first function word ("Is"), unless that word is also a name ("Theresa May").
  const cut = words.findIndex((w, i) => i > 0 && ((w !== 'of' && w !== 'the' && w !== 'for' && STOP_IN_RUN.has(w.toLowerCase())) || WEEKDAY.test(w)));
  if (cut > 0) words = words.slice(0, cut);
  // "A Trump", "More Hillary Clinton": a function word opening the run is no part of the name.
  // (Not "Do" before two more words: the Vietnamese family name, "Do Thi Hoa", as `LEADING_FUNCTION_WORD` reads it;
  // nor an opening word the document shows to be a name's first, `opensOnName`.)
  if (!opensOnName) while (words.length > 1 && STOP_IN_RUN.has(words[0]!.toLowerCase()) && !(words[0] === 'Do' && words.length >= 3)) words = words.slice(1);
  // "Brothers Tom and Will Acre", "Sisters Ann and May Roe": a plural word of kin opening a sentence is no name.
  if (words.length > 1 && KIN_PLURAL.test(words[0]!)) words = words.slice(1);
  // "New Jersey’s Steve Lonegan", "Review’s Ian Tuttle": the owner before a full name is where they work.
  // (So before a bare surname, a capital and lowercase letters: "Lion Rock's Ho" is the firm's Ho, whom the text
  // named in full before, and no full name of anyone's, which would stand as a second Ho. Not before an
  // abbreviation, "Roe's PAC", which is a thing the owner has.)
  const bareSurname = /^[\p{Lu}][\p{Ll}]+$/u.test(words[words.length - 1] ?? '');
  const owner = words.findLastIndex((w, i) => i < words.length - (bareSurname ? 1 : 2) && /(?:['’]s|s['’])$/u.test(w));
  if (owner >= 0) words = words.slice(owner + 1);
  // "Harkins’ Jewish faith", "Roe's Irish roots": a possessive before a people's adjective is an owner and what
  // the owner has, no one's name.
  if (words.length === 2 && /(?:['’]s|s['’])$/u.test(words[0]!) && /(?:an|ish|ese|ic|i)$/u.test(words[1]!) && pertainsTo(words[1]!).length > 0) return null;
  // A person's name has no "of" ("Supporters of Sanders", "Governor of Ohio" name no one in full), but a title
  // may ("Secretary of State Jane Roe"), and a place may follow a full name ("Senator Marco Rivera of Florida").
  if (words.length < 2) return null;
  if (words.includes('of') || words.includes('for')) {
    const titled = splitTitle(words).name;
    if (titled.length < 2 || titled.includes('of') || titled.includes('for')) {
      // Only a titled name or one opening with a first name: not "The Conservative Case for Trump".
      const before = words.slice(0, words.findIndex((w) => w === 'of' || w === 'for'));
      const split = splitTitle(before);
      if (split.name.length < 2 || !(split.role || isFirstName(split.name[0]!))) return null;
      words = before;
    }
  }
  const { role, name } = splitTitle(words);
  // "Mr. Netanyahu", "Sen. Sanders": a title before one capitalised word names a person as surely as a full
  // name does (the word is not checked as a first name, which a surname seldom is).
  if (name.length === 1 && role && TITLE_BEFORE_SURNAME.test(role)) {
    const one = name[0]!;
    if (!/^[\p{Lu}][\p{Ll}'’-]+$/u.test(one) || classifyProperName(one) !== 'person') return null; // "Justice Department"
    return { name: one, words: nameWords(one), compact: compactName(one), role };
  }
  // "House Intelligence Republican Mike Pompeo": a long run of capitals before a name, the name its last words.
  // (Counted without a surname's lowercase particles: "María Fernández de la Vega" is a name of three words.)
  if (name.filter((w) => /^[\p{Lu}]/u.test(w)).length > 4) return tailName(name);
  // ("the Arctic Gennady Borisovich Roe": a patronymic has one given name before it; a capitalised word before
  // that ends the office the run broke off from, no part of the name.)
  if (name.length >= 4 && hasPatronymic(name.slice(-3).join(' '))) {
    const nameText = name.slice(-3).join(' ');
    return { name: nameText, words: nameWords(nameText), compact: compactName(nameText), role: role ? `${role} ${name.slice(0, -3).join(' ')}` : name.slice(0, -3).join(' ') };
  }
  if (name.length < 2) return null;
  // "North Korean", "South African": a point of the compass and a people's adjective name a people, no person.
  if (name.length === 2 && /^(?:North|South|East|West)(?:ern)?$/u.test(name[0]!) && pertainsTo(name[1]!).length > 0) return null;
  const nameText = name.join(' ');
  if (classifyProperName(nameText) !== 'person') return null;
  return { name: nameText, words: nameWords(nameText), compact: compactName(nameText), role };
});

// An initialled name ending a run: "D.Bold", "Ch.Saran", perhaps after the capitalised office ("Ambassador of
// Mongolia to Japan J.Bold").
const INITIALLED_END = /(?:^|\s)([\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}(?:-[\p{Lu}][\p{Ll}]+)?)$/u;

/** The person an initialled name ending the run names, whole in its one word; the capitals before it are no part of it. */
function initialledMention(run: string): Omit<NameMention, 'paragraph' | 'at'> | null {
  const m = INITIALLED_END.exec(run);
  if (!m) return null;
  const name = m[1]!;
  return { name, words: nameWords(name), compact: compactName(name), role: null };
}

/** Whether compromise's lexicon knows the word as a first name. */
function isFirstName(word: string): boolean {
  return lexTags(word).some((t) => /^(?:Male|Female)?Name$|FirstName/u.test(t));
}

/** The person the last two words of a long capitalised run name, if they read as a first name and a surname. */
function tailName(words: readonly string[]): Omit<NameMention, 'paragraph' | 'at'> | null {
  // ("Amur Region Oleg Nikolayevich Sverdlin": a name of three words, given name, patronymic and surname, after
  // a body's common noun is the name in full, the words after the run's last common word.)
  const lastCommon = words.findLastIndex((w) => commonWordNotName(w));
  const three = lastCommon >= 0 && words.length - lastCommon - 1 === 3 && (isFirstName(words[lastCommon + 1]!) || isKnownFirstName(words[lastCommon + 1]!)) ? words.slice(-3) : null;
  if (three && classifyProperName(three.join(' ')) === 'person') {
    const nameText = three.join(' ');
    return { name: nameText, words: nameWords(nameText), compact: compactName(nameText), role: words.slice(0, -3).join(' ') };
  }
  const tail = words.slice(-2);
  if (!isFirstName(tail[0]!)) return null;
  const nameText = tail.join(' ');
  if (classifyProperName(nameText) !== 'person') return null;
  return { name: nameText, words: nameWords(nameText), compact: compactName(nameText), role: words.slice(0, -2).join(' ') };
}

// A day of the week or a month (not one also a given name, as April, May, June or August are) opening a run,
// perhaps after the capitalised preposition opening the sentence ("On Monday Kask met ...").
const DAY_BEFORE_NAME = /^(?:(On|In|By|Since|Until|Last|Next|Early|Late|This|From|Through|Every)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|September|October|November|December)\s+(?=[\p{Lu}])/u;
// A preposition of time right before the run: "On Monday", "by Friday", "since March", "last Sunday".
const TIME_PREPOSITION_BEFORE = /(?:^|\s)(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Ii]n|[Ee]arly|[Ll]ate|[Tt]his|[Ff]rom|[Tt]hrough|[Ee]very)\s+$/u;

// A capitalised title word opening a sentence (or a bracket) and one or two lowercase words of the title after it,
// up to the name: "Chief financial officer ", "Deputy foreign minister ".
const TITLE_OPENED = /(?<=^|[.!?]\s+|\()([\p{Lu}][\p{Ll}]+)\s+(?:[\p{Ll}][\p{L}-]*\s+){1,2}$/u;

// Where a name opens its sentence as its subject: the paragraph's start, a sentence's end, or a dateline's dash.
const CALLING_SUBJECT_OPEN = /(?:^|[.!?]["”’»]?\s+|\s(?:--|—|–)\s+)$/u;

/** Full person names a document mentions, with their titles ("Russian President Vladimir Putin"). */
export function scanNameMentions(paragraphs: readonly string[]): NameMention[] {
  const out: NameMention[] = [];
  // (The mentions given a role by the verb of a calling in a "who" clause, and that calling's noun.)
  const callings = new Map<NameMention, string>();
  paragraphs.forEach((text, i) => {
    if (isHeadline(text)) return;
    // An exec loop, not matchAll: matchAll copies the expression for every paragraph of the corpus. (RUN never
    // matches empty text, so the loop moves on.)
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      // "On Monday Kask met ...": a day or a month after a preposition of time is no part of the name after it.
      const day = DAY_BEFORE_NAME.exec(m[0]);
      const timed = day !== null && (day[1] !== undefined || TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)));
      const run = timed ? m[0].slice(day![0].length) : m[0];
      const at = timed ? m.index + day![0].length : m.index;
      // "Mr. Halevi": the run stops at the title's full stop; the one word after it is a person named.
      const titled = at >= 3 && text[at - 2] === '.' && !/\s/u.test(run) ? HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - 6), at)) : null;
      // A run of one word names no one in full (runMention reads fewer than two words as no one): no look-up.
      // (An initialled name is whole in its one word, wherever the run of capitals before it started.)
      // (An honorific before an initialled name, "Mr. B.Bold", leaves the name whole: the one word is the name in
      // full, not a surname the title stands before, so it is a mention as the bare "B.Bold" is.)
      // "Pak Budi", "Bu Retno": a form of address and a given name the text uses alone too is no full name.
      if (isAddressedGivenName(run, paragraphs)) continue;
      const initialled = titled && !isInitialledName(run) ? null : initialledMention(run);
      if (initialled) {
        out.push({ ...initialled, paragraph: i + 1, at: at + run.length - initialled.name.length });
        continue;
      }
      const mention = titled ? runMention(`${titled[1]!}. ${run}`) : hasSpace(run) ? runMention(run) : null;
      if (!mention) continue;
      // "the Northern Branch of the Velmark Post Office": a body's unit, no person "Northern Branch".
      if (namedUnitAt(text, mention.name, at)) continue;
      // A headline quoted whole in Title Case ('(''Francesco Rebukes Tamber,'' declared a paper)'): three or
      // more capitalised words filling a quotation are a title, not a person's full name.
      if (mention.words.length >= 3 && quotedWhole(text, at, at + run.length)) continue;
      let fullRole = mention.role;
      // "Rep. Jane Roe": an abbreviated title of office the run left out before a full name is her role ("the
      // congresswoman" later).
      if (!fullRole && !titled && at >= 4 && text[at - 2] === '.') fullRole = OFFICE_BEFORE.exec(text.slice(Math.max(0, at - 11), at))?.[1] ?? null;
      // A lowercase title just before the run: "North Korean leader Kim Jong-un".
      if (!fullRole && mayEndInTitle(text, Math.max(0, at - 60), at)) {
        const before = text.slice(Math.max(0, at - 60), at);
        const lower = /((?:[\p{Lu}][\p{L}.-]*\s+){0,3})([\p{Ll}][\p{L}-]*)\s+$/u.exec(before);
        // ("Chief financial officer Anna Weiss", "finance chief Anna Weiss": a company officer's title keeps the
        // lowercase words that make it one officer, for "the CFO" later.)
        const officer = OFFICER_TITLE_BEFORE.exec(before);
        if (officer) fullRole = officer[1]!;
        else if (lower && (TITLES.has(lower[2]!) || PERSON_NOUNS.has(lower[2]!) || isPersonNoun(lower[2]!))) fullRole = `${lower[1]!}${lower[2]!}`.trim();
        // "the stationmaster Ivan Petrov": after "the", a noun WordNet files under person.
        else if (lower && !lower[1] && /(?:^|[\s,])the\s+[\p{Ll}]+\s+$/u.test(before) && isKindOf(lower[2]!, 'person', 4)) fullRole = `the ${lower[2]!}`;
        // "Chief financial officer Jane Roe": a title opening the sentence in capitals with its other words in
        // lowercase is the whole title, not its last noun ("officer" alone would fit any officer, and not "the CFO").
        const opened = fullRole === lower?.[2] ? TITLE_OPENED.exec(before) : null;
        if (opened && TITLES.has(opened[1]!.toLowerCase())) fullRole = opened[0].trim();
        // "His colleague Dinara Roe, a sanctions specialist at the same centre,": a relation of fellowship before
        // the name says whose fellow she is; the role set off after the name says what she is, and is the one a
        // later "the sanctions specialist" means (`fellow-relation.ts`).
        if (fullRole && isFellowRelation(fullRole) && mention.words.length >= 2 && text.charCodeAt(at + run.length) === 44) {
          fullRole = roleAfter(text, at + run.length) ?? appositiveRole(text.slice(at + run.length, at + run.length + 240)) ?? fullRole;
        }
      }
      // A role set off by commas after a full name: "Vladimir Putin, president of the Russian Federation,".
      // (Both readings open with the comma right after the name.)
      if (!fullRole && mention.words.length >= 2 && text.charCodeAt(at + run.length) === 44) fullRole = roleAfter(text, at + run.length) ?? appositiveRole(text.slice(at + run.length, at + run.length + 240));
      // "Andrei Roe, 46, a welder who ...,": a stated age set off between the name and the role is passed over, so
      // "the welder" later is NAME as it would be without the age.
      const aged = !fullRole && mention.words.length >= 2 ? STATED_AGE_AFTER.exec(text.slice(at + run.length, at + run.length + 16)) : null;
      if (aged) fullRole = roleAfter(text, at + run.length + aged[0].length) ?? appositiveRole(text.slice(at + run.length + aged[0].length, at + run.length + aged[0].length + 240));
      // "Dr. NAME of the Centre for X in PLACE, a former officer,": where the person works, a body in capitals after
      // "of" or "at" and perhaps its town, comes between the name and the role set off after it.
      if (!fullRole && mention.words.length >= 2 && !titled) {
        const where = WORKPLACE_AFTER.exec(text.slice(at + run.length, at + run.length + 160));
        if (where) fullRole = roleAfter(text, at + run.length + where[0].length);
      }
      // A role set off by commas before a full name: "the North Korean leader, Kim Jong Un,".
      if (!fullRole && mention.words.length >= 2 && !titled && at >= 6 && text.charCodeAt(at - 2) === 44) fullRole = roleBeforeName(text, at, at + run.length);
      // (An honorific may stand between the comma and the name: "the parish priest, Fr. Tomas Krell,".)
      const honorific = !fullRole && mention.words.length >= 2 && !titled ? COURTESY_BEFORE.exec(text.slice(Math.max(0, at - 8), at)) : null;
      if (honorific) fullRole = roleBeforeName(text, at - honorific[0].length + 2, at + run.length);
      // "NAME, 64, ... retired in 2019 as headmistress": the role the sentence she opens says she left.
      if (!fullRole && mention.words.length >= 2 && !titled) fullRole = leftOfficeRole(text, at, at + run.length);
      // "NAME, who has coached the national side since 2019,": the calling the verb of a "who" clause tells.
      const calling = !fullRole && mention.words.length >= 2 && !titled ? callingVerbRole(text.slice(at + run.length, at + run.length + 120), CALLING_SUBJECT_OPEN.test(text.slice(Math.max(0, at - 6), at))) : null;
      if (calling) fullRole = calling;
      // "Sen. Ivo Rask (D-Delmar)", "Rep. Ann Vole, R-Kell,": the party tag's place is the seat the role is held
      // for, so a later "the Delmar senator" is tied to him as "Delmar's Sen. Ivo Rask" would be.
      if (fullRole && !fullRole.includes('(')) {
        const tag = PARTY_TAG_AFTER.exec(text.slice(at + run.length, at + run.length + 40));
        if (tag) fullRole = `${fullRole} (${tag[1]!})`;
      }
      const kin = mention.words.length >= 2 ? kinGenderBefore(text.slice(Math.max(0, at - 40), at)) : undefined;
      // "Gerald and Patricia Hume told magistrates ...": a first name joined by "and" to a full name of first name
      // and surname shares the surname; the couple's first is "Gerald Hume", whom a later "Mr. Hume" may mean.
      const partner = !titled && !kin ? sharedSurnamePartner(text, at, mention.name.split(/\s+/u)) : null;
      if (partner) out.push({ name: partner.name, words: nameWords(partner.name), compact: compactName(partner.name), role: null, paragraph: i + 1, at: partner.at });
      out.push({ name: mention.name, words: mention.words, compact: mention.compact, role: fullRole, paragraph: i + 1, at: at, ...(kin ? { kin } : {}) });
      if (calling) callings.set(out.at(-1)!, calling);
    }
  });
  // (A calling told only by a verb is dropped where another named near a word of it may share it.)
  // (So is one where a sentence opens on another of that calling, "The visiting coach was gloomier.")
  for (const [m, noun] of callings) if (callingSharedNear(paragraphs, out, m, noun) || otherQualifiedHolder(paragraphs, noun, [])) m.role = null;
  const sites = kinWordSites(paragraphs);
  if (sites.length > 0) for (const m of out) if (!m.kin && m.words.length === 2) {
    const kin = kinGivenNameBefore(paragraphs, out, sites, m);
    if (kin) m.kin = kin;
  }
  // ("Dean Brenner" after "Dean Harold Brenner": the title and the surname of the one titled so, `address-forms.ts`.)
  return withTitledSurnames(out);
}

// "his/her" and a word of kin before a capitalised word: "with her husband, Stanislav".
const KIN_WORD_BEFORE = new RegExp(String.raw`\b(?:his|her)[ \t]+(?:late[ \t]+)?(?:${kinPattern()})(?:-in-law)?,?[ \t]+(?=[\p{Lu}])`, 'gu');

/** Where each "his/her" and word of kin stands in each paragraph, and where the word after it opens: read once per document. */
function kinWordSites(paragraphs: readonly string[]): { paragraph: number; index: number; end: number }[] {
  const sites: { paragraph: number; index: number; end: number }[] = [];
  paragraphs.forEach((text, i) => {
    // (An exec loop, not matchAll, which copies the expression for every paragraph; no match is empty.)
    KIN_WORD_BEFORE.lastIndex = 0;
    for (let hit = KIN_WORD_BEFORE.exec(text); hit !== null; hit = KIN_WORD_BEFORE.exec(text)) sites.push({ paragraph: i + 1, index: hit.index, end: hit.index + hit[0].length });
  });
  return sites;
}

// What may not follow the given name brought in alone: more of a word, or a capitalised word (a surname).
const GIVEN_GOES_ON = /^(?:[\p{L}'’-]|[ \t]+[\p{Lu}])/u;

/**
 * `Ada Roe ... with her husband, Stanislav. ... "...," Stanislav Roe said.`: the gender a word of kin told of a
 * given name brought in alone, as the kin of someone of the surname the full name `m` ends in, named before it in
 * that sentence; undefined when no such kin was told (a given name no list knows tells nothing by itself).
 */
function kinGivenNameBefore(paragraphs: readonly string[], out: readonly NameMention[], sites: readonly { paragraph: number; index: number; end: number }[], m: NameMention): 'm' | 'f' | undefined {
  const given = m.name.split(/[ \t]+/u)[0]!;
  const surname = m.words[1]!;
  for (const site of sites) {
    const p = site.paragraph;
    if (p > m.paragraph || (p === m.paragraph && site.index >= m.at)) break;
    const text = paragraphs[p - 1] ?? '';
    if (!text.startsWith(given, site.end) || GIVEN_GOES_ON.test(text.slice(site.end + given.length, site.end + given.length + 40))) continue;
    // (The owner of "her" is someone of that surname named earlier in the sentence: the couple shares the name.)
    const opens = Math.max(text.lastIndexOf('. ', site.index), text.lastIndexOf('? ', site.index), text.lastIndexOf('! ', site.index)) + 1;
    if (!out.some((o) => o.paragraph === p && o.at >= opens && o.at < site.index && o.words.length >= 2 && o.words.at(-1) === surname)) continue;
    return kinGenderBefore(text.slice(0, site.end).trimEnd() + ' ');
  }
  return undefined;
}

// A US party tag right after a name, in brackets or set off by commas: "(D-Delmar)", ", R-Kell,", "(I-Ore.)".
const PARTY_TAG_AFTER = /^(?:[ \t]*\(|,[ \t]+)((?:D|R|I)-[\p{Lu}][\p{L}.]*(?:[ \t]+[\p{Lu}][\p{L}.]*)?)(?:\)|,)/u;

// A capitalised word and "and" right before a run, the word opening its clause or following a lowercase word or
// a comma: "Gerald and Patricia Hume", "owners Rita and Samuel Okoro" (not "Smith and Patricia Hume").
const FIRST_AND_BEFORE = /(?:^|[\s,;:(—–-])([\p{Lu}][\p{Ll}]+)\s+and\s+$/u;
// A word before the first name that ends a capitalised run of its own ("Marks" in "Mary Marks and ..."), or a
// comma list ("Ann, Gerald and Patricia Hume"), leaves the pair unsure.
const CAPITAL_BEFORE = /[\p{Lu}][\p{L}'’.-]*,?\s*$/u;
// A place phrase fronted at the opening of its sentence and set off by a comma, right before the first name: "In
// Tarnow, Piet and Hanne Morsch run ...". Its capitalised word is the place, not the first of a list of names.
const FRONTED_PLACE = /(?:^|[.!?]["”’]?\s+)(?:(?:Back|Over|Up|Down|Out)\s+)?(?:In|At|Near|Outside|Inside|From|Across)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*,\s*$/u;
// A plural word of kin standing before the names it brings in: "Brothers Tom and Will Acre".
const KIN_PLURAL = /^(?:Brothers|Sisters|Twins|Siblings|Cousins|Spouses|Couple|Sons|Daughters)$/u;

/**
 * The full name a first name joined by "and" to the full name `words` at `at` stands for ("Gerald" in "Gerald and
 * Patricia Hume": "Gerald Hume"), with where it stands; null unless both first words are given names the lists
 * know and the word before is no first name of a run of its own or a list.
 */
function sharedSurnamePartner(text: string, at: number, words: readonly string[]): { name: string; at: number } | null {
  if (words.length !== 2 || at < 6 || text.charCodeAt(at - 1) !== 32) return null;
  // (Only where the words before end on "and": the expression, anchored at the end, is tried at every character.)
  const before = text.slice(Math.max(0, at - 40), at);
  const trimmed = before.trimEnd();
  const m = trimmed.length < before.length && trimmed.endsWith('and') ? FIRST_AND_BEFORE.exec(before) : null;
  if (!m) return null;
  const first = m[1]!;
  const from = at - m[0].length + m[0].indexOf(first);
  const lead = text.slice(Math.max(0, from - 30), from);
  if (CAPITAL_BEFORE.test(lead) && !KIN_PLURAL.test(/([\p{Lu}][\p{L}'’.-]*)\s*$/u.exec(lead)?.[1] ?? '') && !FRONTED_PLACE.test(text.slice(0, from))) return null;
  // (A word the lexicon does not know as a given name, after a preposition, is a place or body: "Gina Farr of Halton and
  // Pete Oduya" names no Halton Oduya.)
  const lexiconBoth = isFirstName(first) && isFirstName(words[0]!);
  if (!lexiconBoth && AFTER_PREPOSITION.test(lead)) return null;
  if (!givenNameKnown(first) || !givenNameKnown(words[0]!) || lexTags(first).some((t) => /Place|Country|City|Region|Organization/u.test(t))) return null;
  // (Nor when a description owned by a possessive is set off after the full name and names no kin: "Marco and Elsa
  // Berg, his former business partner," ties her to him as a partner, not as one of his family.)
  if (OWNED_NOT_KIN_AFTER().test(text.slice(at + words.join(' ').length, at + words.join(' ').length + 60))) return null;
  return { name: `${first} ${words[1]!}`, at: from };
}

// A description set off after a name, owned by a possessive, that is no word of kin: ", his former business partner".
let ownedNotKinAfter: RegExp | undefined;
const OWNED_NOT_KIN_AFTER = (): RegExp => (ownedNotKinAfter ??= new RegExp(String.raw`^,\s+(?:his|her|their)\s+(?!(?:[\p{Ll}-]+\s+)?(?:${kinPattern()})(?:-in-law)?\b)[\p{Ll}]`, 'u'));

// A preposition right before a word: what follows is the preposition's object, a place or a body as often as a person.
const AFTER_PREPOSITION = /\b(?:of|from|in|at|for|to|with|by|near|outside|across)\s+$/iu;

/**
 * Whether a word is a given name by compromise's lexicon or by the lists of first names ("Kofi", "Ama", which the
 * lexicon lacks): a couple written "Kofi and Ama Mensah" shares the surname whatever list knows the names.
 */
function givenNameKnown(word: string): boolean {
  return isFirstName(word) || (isKnownFirstName(word) && !commonWordNotName(word));
}

const OPEN_MARK = /["“‘']$/u;
const CLOSE_AFTER = /^[,.!?]?["”’']/u;

/** Whether the run from `start` to `end` fills a quotation: an opening mark right before it, a closing one right after (perhaps past a comma or stop). */
function quotedWhole(text: string, start: number, end: number): boolean {
  return start > 0 && OPEN_MARK.test(text.slice(start - 1, start)) && CLOSE_AFTER.test(text.slice(end, end + 2));
}

/** Whether a capitalised run holds a space or tab (RUN joins its words with nothing else). */
function hasSpace(run: string): boolean {
  return run.includes(' ') || run.includes('\t');
}

// A stated age set off right after a name, up to the comma after it: ", 46" in "NAME, 46, a welder", ", aged 46".
// (Only a role opening on an article: "NAME, 70, is a man who ..." goes on with the sentence's verb, no role.)
const STATED_AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3}(?=,\s+(?:an?|the)\s+[\p{Ll}])/u;

// (A colon ends it too, where the role closes the sentence's lead-in to a quote: "her guest, NAME, a professor: \"...\"".)
const ROLE_AFTER = /^,\s+((?:the\s+)?[\p{Ll}][^,;:.()"“”]{2,80}?)\s*[,.;:]/u;
// A role too long for that, cut before the relative clause that follows it: "NAME, a former deputy minister who now
// heads the maritime programme of the Aarhus Institute, ..." has the role "a former deputy minister".
const ROLE_BEFORE_WHO = /^,\s+((?:the\s+)?[\p{Ll}][^,;:.()"“”]{2,80}?)\s+who\s[^;:.()"“”]{2,160}?,/u;
// Official style capitalises a title of office after the name: "Stéphane Dujarric, Spokesperson for the
// Secretary-General." (the title, then whose or of what; the title's word is asked of the titles below).
const OFFICIAL_ROLE_AFTER = /^,\s+((?:the\s+)?[\p{Lu}][\p{Ll}]+\s+(?:for|of|to)\s+(?:the\s+)?[\p{Lu}][^,;:()"“”]{1,70}?)\s*(?:[,;]|\.(?:\s|$))/u;

// A relative clause opening inside a role's words, and all after it: "a teacher at the school where the headmaster".
const RELATIVE_TAIL = /\s+(?:where|whose|which|whom|who|when|while)\s[^]*$/u;

// A finite verb of saying right after a role's words, no "who" or "that" before it: "the mayor told her".
const CLAUSE_VERB = /^(?:(?!\b(?:who|whom|whose|which|that)\b)[^])*?\s(?:said|says|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|warned|warns|insisted|insists|declared|announced|explained|argued|claimed)\b/u;

/**
 * The role set off by commas right after a name at `end` of `text`, when it opens (after "the") with a title
 * or a person noun in lowercase, perhaps after "a" ("a historian of the war"): "president of the Russian
 * Federation", "the Kremlin's spokesman" is not
 * taken (a possessive first), nor "who ...", "70", "a city in Ohio".
 */
function roleAfter(text: string, end: number): string | null {
  const found = ROLE_AFTER.exec(text.slice(end, end + 100)) ?? OFFICIAL_ROLE_AFTER.exec(text.slice(end, end + 100)) ?? ROLE_BEFORE_WHO.exec(text.slice(end, end + 260));
  if (!found) return null;
  // ("NAME, a teacher at the school where the headmaster, NAME2, has worked,": a relative clause inside the words
  // set off tells of someone else; the role is the words before it, so "the headmaster" later is not NAME.)
  const m = [found[0], found[1]!.replace(RELATIVE_TAIL, '')] as const;
  // "According to NAME, the mayor told her: ...": the words after the comma are a clause of their own, its
  // subject and verb, not a role set off; a verb of saying with no relative word before it opens the clause.
  if (CLAUSE_VERB.test(m[1]!)) return null;
  const first = m[1]!.replace(/^(?:the|an?)\s+/u, '').split(/\s+/u)[0]!.toLowerCase();
  if (TITLES.has(first) || PERSON_NOUNS.has(first) || isPersonNoun(first)) return m[1]!.trim();
  // "NAME, a consul,", "NAME, a notary,": one word after "a" that WordNet has only as a kind of person (no thing or
  // idea: not "a guide", "a pilot") is the role as well, for "the consul" later.
  if (/^an?\s+[\p{Ll}]+$/u.test(m[1]!.trim()) && wordNetPersonOnly(first)) return m[1]!.trim();
  // "a retired professor of economics", "a senior engineer at the yard": a word or two placing the person before
  // the noun of a person the role is headed by (the head is the last word before any phrase of where or whose).
  const core = m[1]!.replace(/^(?:the|an?)\s+/u, '').split(/\s+(?:of|at|in|for|from|with|on|to)\s/u)[0]!.split(/\s+/u);
  const head = singular(core[core.length - 1]!.toLowerCase());
  // (Never a relative clause: "NAME, who cited officials," gives NAME no role of official.)
  if (/^(?:who|whom|whose|which|that)$/iu.test(core[0]!)) return null;
  if (core.length >= 2 && core.length <= 3 && core.every((w) => /^[\p{Ll}-]+$/u.test(w)) && (TITLES.has(head) || PERSON_NOUNS.has(head) || isPersonNoun(head))) return m[1]!.trim();
  // (A body's name may stand inside it, lowercase words on either side: "a retired Coast Guard rear admiral",
  // "a former State Department official".)
  const lower = (w: string): boolean => /^[\p{Ll}-]+$/u.test(w);
  if (core.length >= 3 && core.length <= 6 && /^an?\s/u.test(m[1]!) && lower(core[0]!) && lower(core[core.length - 1]!) && core.every((w) => lower(w) || /^[\p{Lu}][\p{Ll}]+$/u.test(w)) && (TITLES.has(head) || PERSON_NOUNS.has(head) || isPersonNoun(head))) return m[1]!.trim();
  // "Ivan Petrov, the stationmaster,": one word after "the" that WordNet files under person is the role too.
  // (Perhaps with where: "Oleg Sidorov, the stationmaster at Osten,".)
  return /^the\s+[\p{Ll}]+(?:\s+(?:at|of|in|on|for|from)\s+(?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})?$/u.test(m[1]!.trim()) && isKindOf(first, 'person', 4) ? m[1]!.trim() : null;
}

// A lowercase word of four letters or more other than those a headline leaves in lowercase.
const LOWER_WORD = /(?:^|\s)(?!(?:from|with)\b)[a-z]{4,}\b/u;
// Words a headline leaves in lowercase.
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'if', 'at', 'by', 'as', 'vs', 'with', 'from', 'but', 'is']);

/**
 * Whether a paragraph is a headline in title case ("Obama Sees Personal Insult if Black Voters Stay Home"):
 * one sentence of five words or more, nearly all of them capitalised. Its capitalised runs are no
 * names ("Obama Sees Personal Insult"); the people it names are named again in the text.
 */
function isHeadline(text: string): boolean {
  // Most paragraphs are long, or hold a lowercase word of four letters or more that no headline leaves so.
  if (text.length > 200 || LOWER_WORD.test(text) || /[.!?]["”’']?\s+["“‘']?[\p{Lu}]/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /[\p{L}]/u.test(w) && !HEADLINE_LOWER.has(w.toLowerCase()));
  if (words.length < 5) return false;
  const capitalised = words.filter((w) => /^["“‘'(]?[\p{Lu}]/u.test(w)).length;
  return capitalised >= 0.8 * words.length;
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
  // A noun for a person the lists of titles lack: "the North Korean ruler Kim Jong Un", "the stationmaster Ivan Petrov".
  return TITLES.has(word) || PERSON_NOUNS.has(word) || isPersonNoun(word) || (/(?:^|\s)the\s+$/u.test(text.slice(Math.max(from, b - 5), b)) && isKindOf(word, 'person', 4));
}
