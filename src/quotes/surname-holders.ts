/**
 * Who bears a surname in one document, and which of them a bare surname ("Pell said") means, or none.
 *
 * One table per document files every full name mentioned under its surname (the last word, or the first of a
 * name written family name first), in reading order, with what the text tells of its bearer: the sex a first
 * name or a word of kin gives, whether the text brought them in as someone's kin or relation ("Her son, Walter
 * Pell", "Kim's father, Kim Jong Il"), and the paragraph where they were named. The readers below ask it who
 * else bears a surname; each answers for one way a text leaves a bare surname to two people:
 *
 * - two unrelated people the text flagged so ("Paul Quist, no relation to the president"),
 * - two relatives of a title's sex brought in as someone's kin ("Her son, Robert Ellery" and "her grandson,
 *   Daniel Ellery": "Mr Ellery"),
 * - two people one paragraph brought in together ("their deputies, Mona Fares and Yusuf Saleh"),
 * - a spouse the text named by first name alone ("Mr Probyn's wife, Carol": "Mrs Probyn"),
 * - a Spanish or Portuguese name called by its first surname ("Ruiz" for "Marta Ruiz Castaño", `double-surname.ts`),
 * - and two namesakes one sentence brings in ("Senator Tom Roe and his wife, Ann Roe").
 *
 * When none of those settles it, `bareSurname` answers the ordinary case: whom a bare surname means here,
 * the person at hand (`personAtHand`: the one of that name who last spoke or was a subject, unless a namesake just
 * named, the one the text settled the surname on, or a title's gender says otherwise) or else a full name mentioned
 * (`mentionMeant`); with neither, the caller reads the bare name as it stands. `DocumentSpeakers` only asks.
 *
 * The first bare use of a surname in the narration and the full name it stands for are read from the text alone
 * by `established-surname.ts`; a namesake set off by a description ("A second Lund, Maria Lund, ...", a
 * sentence's subject rather than a bare surname) is read by `namesake-subject.ts`, which the readers of subjects
 * import directly. What the document's reading has done so far (who spoke, who was called by the surname alone) comes
 * from the caller through `SurnameContext`.
 */
import { kinPossessive } from './kin-possessive.ts';
import { GOVERNED, setOffSubject, verbAfter } from './name-standing.ts';
import { ATTITUDE } from './stance-predicate.ts';
import type { LocalSpeaker } from './local-speaker.ts';
import { familyNameFirst, genderOfName, titleGender } from './local-speaker.ts';
import type { NameMention } from './name-mentions.ts';
import { compactName, lexFirstName, nameWords, sameFullName, surnameOf } from './names.ts';
import { bareUsesIn, bearsSurname, firstBareReferent } from './established-surname.ts';
import { namedAsAuthor, surnameWithWritersVerb } from './writers-verb.ts';
import { paragraphBeforeQuestions } from './questions-between.ts';
import { endsInSurname, listedGivenName, middleSurnameHolders } from './double-surname.ts';
import { firstNameIntroducedAsKin, introducedAsKin, introducedAsRelationOf, kinSetOffAfter, spouseFirstNames } from './relation-apart.ts';
import { commonWordNotName, firstNameGender, isKnownFirstName, listsLeanSex } from './first-names.ts';
import { TITLES } from './speaker-phrases.ts';
import { honorificPattern } from './gendered-nouns.ts';
import { passingAfterBareUse } from './passing-possessive.ts';
import { passingNamesakeAfterBare } from './passing-namesake.ts';
import { surnameFirstBorneByOther } from './missed-namesake.ts';
import { roleGivenTo, roleSetOffAfterSurname, roleSubjectBefore } from './surname-role-apart.ts';
import type { SentencesRead } from './sentences-read.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';
import { frontedPronounSex } from './fronted-pronoun-surname.ts';
import { namesakeOwnerSex } from './namesake-possessive.ts';
import { kinOpening } from './kin-opening.ts';
import { actsOnOwnKin, kinDoerIn } from './kin-acts.ts';
import { kinOnlyBefore, opensOnPossessiveBefore, ownerJoinedByAnd } from './kin-before-name.ts';
import { givenNameAlone, familyNameAlone, familyNameAloneAt } from './given-name-alone.ts';
import { kinBackgroundAfter } from './kin-background.ts';
import { jointGivenNameBefore } from './joint-given-name.ts';
import { namesakeThreadLeft } from './namesake-thread-left.ts';

// A name, its closing comma and a verb of saying: "Stephen Crewe, said the family ...".
// The point after a generation or a title ("Sr.", "Jr.", "Mr.", "Dr."), which ends no sentence.
const ABBREVIATION_POINT = /\b(?:Sr|Jr|Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep)\./gu;
// Words of time that may follow "told her" with "her" its object: "told her yesterday that".
const TIME_WORDS = '(?:yesterday|today|tonight|later|again|then|once|afterwards|before|recently|privately|publicly|repeatedly|last|this|that|on|in|at)';
const SPEAKS_AFTER_NAME = /^[^,.;:!?"“”]{2,60},\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|adds)\b/u;

// A name's verb of saying or reporting right after it, past a description set off: "Piet Dala said", "Ana Roe, 40, told".
const REPORTS_AFTER_NAME = /^(?:,[^,.;:!?]{1,60},)?\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls|wrote|writes|insisted|insists|argued|argues|warned|warns)\b/u;

/** The path a titled bare surname takes when two of its gender bear it, one brought in as the other's kin (see `titledAmongKin`). */
export const TITLED_AMONG_KIN = 'name: a titled surname one named and their kin bear, the role set off deciding';

// A role set off right before a titled surname, or right after it: "Its chair, Ms Fenn," / "Ms Fenn, the chair,".
/**
 * The word of a full name (`words`, from `nameWords`) that tells its bearer from a namesake of surname `w`: the first
 * word, or the second when the name is given surname first ("Lim Dae-ho": "dae-ho"), so that two people named
 * surname first are not taken for two forms of one name.
 */
function givenWord(words: readonly string[], w: string): string | undefined {
  return words[0] === w && words.length > 1 ? words[1] : words[0];
}

function setOffRoleHead(text: string, surname: string): string | undefined {
  const s = escapeRegExp(surname);
  const before = sharedRegExp(String.raw`\b(?:the|its|his|her|their|our|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${s}(?![\p{L}'’-])`, 'iu').exec(text);
  if (before) return before[1]!;
  const after = sharedRegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${s},\s+(?:the|its|his|her|their|our|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?=[,.;]|\s+(?:said|says|told|added)\b)`, 'iu').exec(text);
  return after?.[1];
}

/** The path a bare surname takes when a role set off after it is one the text gave one of its holders alone (see `namesakeBySetOffRole`). */
export const SET_OFF_ROLE = 'name: a surname two people bear, the role set off after it deciding';
/** The path a titled bare surname takes when two relatives of its gender bear it (see `kinNamesakes`). */
export const KIN_NAMESAKES = 'name: a titled surname two relatives bear';
/** The path of an untitled bare surname left to no one when the relative who bears it is at hand (see `kinJustAtHand`). */
export const KIN_AT_HAND = 'name: none, a surname of one named and of their kin, the kin at hand';
/** The path of a bare surname two namesakes of either sex bear, "his own" or "her own" after its verb deciding (see `ownPossessiveNamesake`). */
export const OWN_POSSESSIVE_NAMESAKE = 'name: a surname a man and a woman bear, the own possessive after the verb deciding';
/** The path a titled bare surname takes when it is a spouse the text named by first name (see `spouseOfSurname`). */
export const SPOUSE_BY_FIRST_NAME = 'name: a titled surname for a spouse named by first name';

// A verb of saying in a sentence's narration: the one named there gives words of theirs, is not only set up.
const SAYING_IN_SENTENCE = /\b(?:said|says|told|tells|added|adds|confirmed|confirms|explained|recalled|recalls|wrote|writes|noted|insisted|argued|announced|stated)\b/u;

// "Miller, no relation, said": the aside that flags two unrelated people of one surname.
const NO_RELATION = /\bno\s+relation\b/u;
// A month or weekday opening a run ("a June Trump rally", "Monday Saleh said") is no first name.
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`, 'iu');
// The particles that open a surname: "de Blasio", "van Gogh", "von Trapp", "di Maio", "du Pont", "da Silva".
export const PARTICLE = /^(?:de|del|della|dela|delos|der|di|du|da|dos|van|von|le|la|ter|ten)$/u;

/** Whether a full name mentioned ends in the surname `w` (its English surname, the last word). */
export function endsIn(m: NameMention, w: string): boolean {
  return surnameOf(m.words) === w;
}

/**
 * The gender of the first name of one of `names` that ends in `surname` (and does not open with it: "Xi
 * Jinping" puts the family name first), by the name lists; null when none tells it.
 */
export function givenNameGender(names: readonly string[], surname: string): 'm' | 'f' | null {
  for (const n of names) {
    const w = nameWords(n);
    if (w.length >= 2 && w[w.length - 1] === surname && w[0] !== surname) {
      const g = firstNameGender(n.split(/\s+/u)[0]!);
      if (g) return g;
    }
  }
  return null;
}

/** The gender a full name mentioned tells by its first name, or by a given name before the surname `w`. */
export function mentionGender(m: NameMention, w: string): 'm' | 'f' | null {
  // A word of kin before the name ("her son, NAME") tells more than a list of first names.
  return m.kin ?? genderOfName(m.name) ?? (endsIn(m, w) ? givenNameGender([m.name], w) : null);
}

/** Whether the sentence `text` sets "no relation" off right after the bare name: "Miller, no relation, said", "Miller, who is not related to ..., said". */
export function saysNoRelation(text: string | undefined, name: string): boolean {
  if (text === undefined) return false;
  const at = text.indexOf(name);
  // (Or the clause that says so: "Lim, who is not related to the president, said".)
  return at >= 0 && /^(?:,|\s*\()\s*(?:no\s+relation\b|(?:who\s+is\s+)?(?:not|no)\s+related\b)/iu.test(text.slice(at + name.length));
}

/** What the document's reading so far tells the readers of surnames (kept by `DocumentSpeakers`; read, never changed, here). */
export interface SurnameContext {
  /** The sentences read so far, the one being read last. */
  readonly read: SentencesRead;
  /** The people read so far. */
  readonly locals: readonly LocalSpeaker[];
  /** Surname → the people with a full name filed under it, in the order they last spoke or were a sentence's subject, each with that name's given name. */
  readonly bySurname: ReadonlyMap<string, readonly { s: LocalSpeaker; first: string }[]>;
  /** The people the text has called by a first name alone ("Freddy"). */
  readonly calledByFirst: ReadonlySet<LocalSpeaker>;
  /** Surname → the one the text last called by the bare surname, and everyone it has called so. */
  readonly calledBySurname: ReadonlyMap<string, LocalSpeaker>;
  readonly everCalledBySurname: ReadonlyMap<string, ReadonlySet<LocalSpeaker>>;
  /** Compact name → the earliest person with it; first or last word of a name → the latest person with it. */
  readonly personByCompact: ReadonlyMap<string, LocalSpeaker>;
  readonly personByEnd: ReadonlyMap<string, LocalSpeaker>;
  /** The paragraph where each person was last named or spoke, and the sentence (as `read` counts them). */
  readonly paragraphOf: ReadonlyMap<LocalSpeaker, number>;
  readonly sentenceOf: ReadonlyMap<LocalSpeaker, number>;
}

/**
 * What a bare surname (with its title, if any) means when the table settles it: `person` null credits no one;
 * a name is the person to read instead, with the sex the title tells when it is to be noted on them.
 * `path` is the attribution path to report, or null to keep the ordinary one.
 */
/**
 * Whom a bare surname means at a point of the document (`SurnameHolders.bareSurname`): a person already read,
 * a full name to read instead, or the full name mentioned it stands for (none: a new person of the bare name).
 */
export type BareSurnameChoice = { person: LocalSpeaker } | { instead: string } | { pick: NameMention | undefined; freshNamesake: boolean; familyAlone: boolean };

export type SurnameReading = { path: string; person: null } | { path: string | null; person: string; titled: boolean; sex: 'm' | 'f' | null };

/** The table of one document's holders of each surname, and the readers that ask it. */
export class SurnameHolders {
  /** Surname → the full names (two words or more) whose English surname it is, in reading order. */
  private readonly ending = new Map<string, NameMention[]>();
  /** Surname → the full names bearing it (`bearsSurname`: the first word of a name written family name first), in reading order. */
  private readonly bearers = new Map<string, NameMention[]>();
  /** Paragraph → the sentences (from, to) where a title and surname were left to no one by `titledNamesakesOfUntoldSex`. */
  private readonly untoldTitles = new Map<number, { from: number; to: number }[]>();
  /** The first paragraph (0-based) saying "no relation", -1 for none: read once, on the first bare surname. */
  private noRelationFrom: number | undefined;
  /** Whether the text has called someone of three names by the middle one ("Ruiz" for "Marta Ruiz Castaño"). */
  private middleSurnames = false;

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly mentions: readonly NameMention[],
  ) {}

  /** The full names mentioned whose English surname (last word) is `w`, in reading order. */
  endingIn(w: string): readonly NameMention[] {
    let list = this.ending.get(w);
    if (!list) this.ending.set(w, (list = this.mentions.filter((m) => m.words.length >= 2 && endsIn(m, w))));
    return list;
  }

  /** The full names mentioned that bear `w` (last word, or first for a name written family name first), in reading order. */
  bearing(w: string): readonly NameMention[] {
    let list = this.bearers.get(w);
    if (!list) this.bearers.set(w, (list = this.mentions.filter((m) => bearsSurname(m, w))));
    return list;
  }

  /** Whether the text brought the holder of `w` named at `m` in as someone's kin or relation ("His father, Kim Jong Il", "Kim's father, ..."). */
  broughtInAsKin(m: NameMention, w: string): boolean {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    // (Or with the word of kin set off after the name: "Kim Jong Il, the present leader's father,".)
    return !!m.kin || introducedAsKin(text, m.at) !== undefined || introducedAsRelationOf(text, m.at, w) || kinSetOffAfter(text, m.at, m.name) !== undefined;
  }

  /**
   * The full names ending in `surname` that the text brought in as someone's kin ("His wife, Marguerite Ross"),
   * when another full name ending in it was not: null when there is no such pair (the common case). Read as of
   * paragraph `upTo`: a later mention does not change what a reader there knows.
   */
  kinApart(surname: string, upTo: number): Set<string> | null {
    const ofName = this.endingIn(surname);
    if (ofName.length < 2) return null;
    const kin = new Set<string>();
    // (Or named by a first name alone as kin before: "His wife, Jane, ..." and later "Jane Sanders".)
    // (Or with the word of kin set off after the name: "Kim Jong Il, the present leader's father,".)
    // (A null owner, "their" or one described, is an answer: `??` would pass it by.)
    const kinOwner = (m: NameMention): 'm' | 'f' | null | undefined => {
      const text = this.paragraphs[m.paragraph - 1] ?? '';
      const before = introducedAsKin(text, m.at);
      if (before !== undefined) return before;
      const after = kinSetOffAfter(text, m.at, m.name);
      return after !== undefined ? after : firstNameIntroducedAsKin(this.paragraphs, m.paragraph, m.name.split(/\s+/u)[0]!);
    };
    for (const m of ofName) {
      const owner = kinOwner(m);
      if (owner === undefined) continue;
      // Only the kin of someone of that surname named before, of the possessive's gender ("Her husband, Pavel
      // Orlov" after "Galina Orlova" is no relative of an earlier "Vasily Orlov", whose bare name he may take).
      const before = ofName.filter((o) => o.name !== m.name && (o.paragraph < m.paragraph || (o.paragraph === m.paragraph && o.at < m.at)));
      // (The owner's sex by the lexicon or, failing it, by the lists of first names: "Explorer Hamish Creed ...
      // His widow, Ingrid Creed".)
      // (A holder of no sex the lists tell counts as the owner when named last before the kin, in the sentence before,
      // with no one else named between: "... now competes as Jessamy Okoye after her marriage. Her husband, Chidi
      // Okoye, ...": the possessive goes back to the one just named, whose given name no list holds.)
      // (Only for a possessive opening the kin's own sentence before the name: "NAME, his aunt," set off after it, and
      // two of the name one sentence brings in, "Senator Ray Tull and his wife, Ada Tull,", are read as they were.)
      const opens = introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at) !== undefined;
      if (before.some((o) => !owner || (genderOfName(o.name) ?? (o.kin ? null : givenNameGender([o.name], surname)) ?? (opens && this.namedJustBeforeKin(o, m, [1]) ? owner : null)) === owner)) kin.add(m.name);
    }
    // (A relative named in full again as someone acting, "Otto Brandt spoke for an hour", is one the text now goes
    // on with, no longer set apart; named in full in a quote's credit or as an owner, '"...," Jon Vik said.', "Jon
    // Vik's comments came after ...", the relative is still told apart, as news style names them in full each time
    // to keep the bare surname for the other. Only mentions up to the paragraph being read count.)
    for (const m of ofName) if (m.paragraph <= upTo && kinOwner(m) === undefined && !namedInCreditOrOwning(this.paragraphs[m.paragraph - 1] ?? '', m)) kin.delete(m.name);
    return kin.size && ofName.some((m) => !kin.has(m.name)) ? kin : null;
  }

  /**
   * Whether the kin `m` (of surname `w`) is joined to `o`, named right before it, by "and" and a possessive of kin
   * ("Anna Kerr and her sister Mia Kerr"), both of the possessive's sex: two of one sex brought in side by side,
   * neither in passing, whom the surname alone does not tell apart.
   */
  private sameSexKinJoined(o: NameMention, m: NameMention, w: string): boolean {
    if (!this.namedJustBeforeKin(o, m, [0])) return false;
    const between = (this.paragraphs[m.paragraph - 1] ?? '').slice(o.at + o.name.length, m.at);
    const owner = ownerJoinedByAnd(between);
    if (!owner || !(m.kin || introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at) !== undefined)) return false;
    return mentionGender(m, w) === owner && mentionGender(o, w) === owner;
  }

  /**
   * Whether `o` is the full name named last before the kin `m`, in the same paragraph, with no other full name between,
   * and as many sentence ends between as `sentences` allows (by default none or one: `m`'s sentence or the one just
   * before it): the one a possessive opening `m` ("Her husband, NAME") goes back to.
   */
  private namedJustBeforeKin(o: NameMention, m: NameMention, sentences: readonly number[] = [0, 1]): boolean {
    if (o.paragraph !== m.paragraph || o.at >= m.at) return false;
    if (this.mentions.some((x) => x !== o && x !== m && x.paragraph === m.paragraph && x.at > o.at && x.at < m.at)) return false;
    const between = (this.paragraphs[m.paragraph - 1] ?? '').slice(o.at + o.name.length, m.at).replace(ABBREVIATION_POINT, '');
    return sentences.includes((between.match(/[.!?](?=\s|$)/gu) ?? []).length);
  }

  /**
   * The sex the possessive opening a kin named right after `m` tells of `m` ("Leslie Varn, the senator, and her
   * brother Paul Varn": 'f'), when `m` is the one named just before that kin (`namedJustBeforeKin`); else null.
   */
  private ownerOfKinAfter(m: NameMention): 'm' | 'f' | null {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    const next = this.mentions.find((x) => x.paragraph === m.paragraph && x.at > m.at);
    if (!next || !this.namedJustBeforeKin(m, next)) return null;
    return introducedAsKin(text, next.at) ?? null;
  }

  /**
   * What a bare surname means when the text gave it to more than one person and a reader below settles it;
   * undefined when none does, and the ordinary reading goes on. (The readers are asked in this order.) `words` is
   * `nameWords(name)`, made once by the caller.
   */
  read(name: string, words: readonly string[], role: string | null, paragraph: number, ctx: SurnameContext): SurnameReading | undefined {
    const double = this.doubleSurname(name, words, paragraph, ctx);
    if (double === null) return { path: 'name: a surname two people bear', person: null };
    const byRole = !role ? this.namesakeBySetOffRole(name, words, paragraph, ctx) : undefined;
    if (byRole) return { path: SET_OFF_ROLE, person: byRole, titled: false, sex: null };
    const bySubject = !role ? this.namesakeByRoleSubjectBefore(words, paragraph, ctx) : undefined;
    if (bySubject) return { path: 'name: a surname two people bear, the role that was the subject of the sentence before deciding', person: bySubject, titled: false, sex: null };
    const plain = this.plainBearerBesideDouble(words, paragraph);
    if (plain) return { path: 'name: the one whose only surname it is, beside one the text calls by two surnames', person: plain, titled: false, sex: null };
    const shared = !role ? this.sharedGivenName(words, paragraph, ctx) : undefined;
    if (shared === null) return { path: 'name: a given name two people bear', person: null };
    if (shared) return { path: 'name: a given name two people bear, one named in full in its paragraph', person: shared, titled: false, sex: null };
    const own = !role ? this.ownPossessiveNamesake(name, words, paragraph, ctx) : undefined;
    if (own) return { path: OWN_POSSESSIVE_NAMESAKE, person: own.name, titled: false, sex: own.sex };
    const fronted = this.frontedPronounNamesake(name, words, paragraph, ctx);
    if (fronted) return { path: 'name: a surname two namesakes of either sex bear, the pronoun of the fronted clause deciding', person: fronted.name, titled: false, sex: fronted.sex };
    if (!role && this.unrelatedNamesakes(name, paragraph, ctx)) return { path: 'name: a surname the text gave two unrelated people', person: null };
    if (!role && this.threadLeft(words, paragraph, ctx)) return { path: 'name: none, a surname kept for the first of two namesakes, the second\'s turn past', person: null };
    if (!role && this.familyAloneThenFullName(words, paragraph, ctx)) return { path: 'name: none, a surname one gave alone and one named in full after bear', person: null };
    if (role && this.kinNamesakes(name, role, paragraph, ctx)) return { path: KIN_NAMESAKES, person: null };
    const couple = !role ? this.jointCouple(name, words, paragraph, ctx) : undefined;
    if (couple === null) return { path: 'name: none, the surname of a couple named jointly, nothing telling which', person: null };
    if (couple) return { path: 'name: the surname of a couple named jointly, the possessive of the participle after it telling the sex', person: couple.name, titled: false, sex: couple.sex };
    const third = !role ? this.coupleThenOtherBearer(words, paragraph, ctx) : undefined;
    if (third === null) return { path: 'name: none, the surname of a couple named jointly and of one named after them, nothing telling which', person: null };
    if (third) return { path: 'name: the surname of a couple named jointly and of one named after them, the possessive of the participle after it telling the sex', person: third.name, titled: false, sex: third.sex };
    if (!role && this.namesakesBroughtInTogether(name, words, paragraph, ctx)) return { path: 'name: a surname two people named in one paragraph bear', person: null };
    if (!role && this.namesakesInSentenceBefore(name, words, paragraph, ctx)) return { path: 'name: none, a surname two people named in full in the sentence before bear', person: null };
    if (!role && this.writersVerbBesideNamesake(words, paragraph, ctx)) return { path: 'name: none, a writer\'s verb of a surname the text called another by, a namesake named in full since', person: null };
    if (!role && this.replyToPronounNamesakes(name, words, paragraph, ctx)) return { path: 'name: none, a surname two people bear, replying "to him/her", the other at hand', person: null };
    if (!role && this.kinJustAtHand(words[0]!, paragraph, ctx)) return { path: KIN_AT_HAND, person: null };
    if (!role && words.length === 1 && this.kinAtHandBeforeBareSurname(words[0]!, paragraph, ctx)) return { path: 'name: none, a surname of one named and of their kin, the kin at hand before the sentence that opened on it', person: null };
    if (!role && this.kinDoerJustBefore(words, paragraph, ctx)) return { path: 'name: none, a surname two people bear, the kin of one the doer just before', person: null };
    const titledSo = role ? this.holderTitledSo(words, role, paragraph, ctx) : undefined;
    if (titledSo) return { path: 'name: a titled surname, the one holder the text titled so at her or his full name', person: titledSo.name, titled: true, sex: titledSo.sex };
    if (role && this.titledKinJustNamed(words, role, paragraph, ctx)) return { path: 'name: none, a titled surname of one named and of their kin, the kin just named', person: null };
    if (!role && this.kinEndingParagraphBefore(words, paragraph, ctx)) return { path: 'name: none, a surname of one named and of their kin, the kin just before and not set up to speak', person: null };
    if (!role && this.titledBesideKin(words, paragraph, ctx)) return { path: 'name: a surname a titled person and their kin named in full bear', person: null };
    if (role && this.titledKinOfFullName(words, role, paragraph, ctx)) return { path: 'name: a title and surname brought in as the kin of one named in full', person: null };
    if (role && this.titledNamesakesOfUntoldSex(words, role, paragraph, ctx)) return { path: 'name: none, a title of one sex and a surname two people of untold sex bear', person: null };
    const spouse = role ? this.spouseOfSurname(name, role, paragraph) : undefined;
    if (spouse === null) return { path: SPOUSE_BY_FIRST_NAME, person: null };
    if (spouse !== undefined) return { path: SPOUSE_BY_FIRST_NAME, person: spouse, titled: false, sex: titleGender(role)! };
    const among = role ? this.titledAmongKin(words, role, paragraph, ctx) : undefined;
    if (among === null) return { path: TITLED_AMONG_KIN, person: null };
    if (among !== undefined) return { path: TITLED_AMONG_KIN, person: among, titled: true, sex: null };
    return double === undefined ? undefined : { path: null, person: double, titled: true, sex: null };
  }

  /**
   * `Deputy Ana María Ruiz Ortega ... Ruiz Ortega said ... Tomás Ortega, a fisherman, ... Ortega said`: a bare surname
   * that is only the second of two surnames of one the text calls by both ("Ruiz Ortega"), and the only surname of
   * one person named in full by a given name and it: that person, as a Spanish writer never calls the first by the
   * second surname alone. Undefined otherwise (with two such plain bearers too).
   */
  private plainBearerBesideDouble(words: readonly string[], paragraph: number): string | undefined {
    if (words.length !== 1) return undefined;
    const w = words[0]!;
    const before = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.at(-1) === w);
    // Called by both surnames alone: a mention of two words, the first no given name, that ends a longer name.
    const doubled = before.filter((m) => m.words.length === 2 && !listedGivenName(m.words[0]!) && before.some((o) => o.words.length >= 3 && o.words.at(-2) === m.words[0]));
    if (doubled.length === 0) return undefined;
    const plain = new Set(before.filter((m) => m.words.length === 2 && listedGivenName(m.words[0]!)).map((m) => m.compact));
    if (plain.size !== 1) return undefined;
    return before.find((m) => m.compact === [...plain][0])!.name;
  }

  /**
   * `Analyst Mara Olsen ... chief financial officer Olsen Tae-ho ... Olsen, the analyst, asked`: a bare surname
   * two people named before bear, with a role set off right after it that the text gave one of them alone: that
   * one. Undefined otherwise (the ordinary reading goes on).
   */
  private namesakeBySetOffRole(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): string | undefined {
    if (words.length !== 1) return undefined;
    const w = words[0]!;
    const here = this.sentence(ctx);
    if (!here) return undefined;
    const head = roleSetOffAfterSurname(here.text, name.trim());
    if (!head) return undefined;
    const firsts = new Map<string, NameMention[]>();
    for (const m of this.bearing(w)) {
      if (m.words.length < 2 || m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= here.from)) continue;
      const key = m.compact;
      firsts.set(key, [...(firsts.get(key) ?? []), m]);
    }
    if (firsts.size < 2) return undefined;
    const holding = [...firsts.values()].filter((ms) => ms.some((m) => roleGivenTo(this.paragraphs[m.paragraph - 1] ?? '', m, head)));
    return holding.length === 1 ? holding[0]![0]!.name : undefined;
  }

  /**
   * `Senator Rui Paiva Lemos ... Clara Lemos, an economist, ... The senator did not dispute it. "...," Lemos said.`:
   * a bare surname two or more people named in full before bear, in a sentence right after one whose subject is
   * "The" and a role (`roleSubjectBefore`) that the text gave to exactly one of them: that one, not whoever bore the
   * surname last. Undefined otherwise (the ordinary reading goes on).
   */
  private namesakeByRoleSubjectBefore(words: readonly string[], paragraph: number, ctx: SurnameContext): string | undefined {
    if (words.length !== 1) return undefined;
    const at = ctx.read.textOf.get(ctx.read.sentence);
    if (!at) return undefined;
    const head = roleSubjectBefore(at.masked, at.from);
    if (!head) return undefined;
    const firsts = new Map<string, NameMention[]>();
    for (const m of this.bearing(words[0]!)) {
      if (m.words.length < 2 || m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= at.from)) continue;
      firsts.set(m.compact, [...(firsts.get(m.compact) ?? []), m]);
    }
    if (firsts.size < 2) return undefined;
    const holding = [...firsts.values()].filter((ms) => ms.some((m) => roleGivenTo(this.paragraphs[m.paragraph - 1] ?? '', m, head)));
    return holding.length === 1 ? holding[0]![0]!.name : undefined;
  }

  /**
   * `Kim Soo-ah, an analyst, and Kim Tae-ho, an official, spoke. "...," said Ms Kim.`: a title that tells a sex ("Ms",
   * "Mr") before a surname two or more people named in full bear, none of whom the text or the lists of first names
   * show to be of that sex, and at least two of whom are of no sex told: the title cannot tell them apart, and the one
   * named last is no better guess than the other (no one rather than a guess). Not once the text has called one of
   * them by the surname alone: the reading of who is at hand goes on with that one.
   */
  private titledNamesakesOfUntoldSex(words: readonly string[], role: string, paragraph: number, ctx: SurnameContext): boolean {
    const want = titleGender(role);
    if (!want || words.length !== 1) return false;
    const w = words[0]!;
    if (ctx.everCalledBySurname.get(w)?.size) return false;
    // (Nor once the text has called one of them by the other sex's title: "Ms. Lee's staff ... Mr. Lee added" is read
    // by `namedByOtherTitle`.)
    if (this.namedByOtherTitle(w, want, paragraph, ctx)) return false;
    const here = this.sentence(ctx);
    if (!here) return false;
    const firsts = new Map<string, NameMention>();
    for (const m of this.bearing(w)) if ((m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from)) && m.words.length >= 2 && !firsts.has(m.compact)) firsts.set(m.compact, m);
    if (firsts.size < 2) return false;
    const sexes = [...firsts.values()].map((m) => mentionGender(m, w));
    if (sexes.includes(want) || sexes.filter((x) => x === null).length < 2) return false;
    // (Nor when the reading has learned the sex of one of them, "..., she said", or has one at hand: the one who last
    // spoke or was a subject, alone in that sentence, is who the title goes on with. Only two brought in by one
    // sentence, "Kim Soo-ah and Kim Tae-ho spoke", and met since by none of their sentences, stay untold.)
    const bearers = ctx.bySurname.get(w) ?? [];
    if (bearers.some((b) => b.s.gender)) return false;
    const last = this.lastBySurname(w, ctx);
    const at = last ? ctx.sentenceOf.get(last) : undefined;
    if (last && at !== undefined) {
      const sentence = ctx.read.textOf.get(at);
      const text = sentence ? sentence.masked.slice(sentence.from, sentence.to) : '';
      if ([...firsts.values()].filter((m) => text.includes(m.name)).length < 2) return false;
    }
    // (Noted, so that `namedByOtherTitle` does not later take this title for the one named last: a title left to no
    // one tells no one's sex.)
    const list = this.untoldTitles.get(paragraph) ?? [];
    list.push({ from: here.from, to: here.from + here.text.length });
    this.untoldTitles.set(paragraph, list);
    return true;
  }

  /**
   * `The council's chair, Morag Fenn, ... Her sister, Eilidh Fenn, ... Its chair, Ms Fenn, said`: a title and
   * surname two women (or two men) named in full before bear, one of them brought in as the other's kin. The
   * title alone cannot tell them apart, and the one named last is often the kin named in passing; a role set off
   * with the titled name tells which, when the text gave it to one of them alone. Null when the role set off
   * fits neither or both (no one rather than a guess); undefined when no role is set off or the surname is no
   * such pair's (the common case).
   */
  private titledAmongKin(words: readonly string[], role: string, paragraph: number, ctx: SurnameContext): string | null | undefined {
    const want = titleGender(role);
    if (!want || words.length !== 1) return undefined;
    const w = words[0]!;
    const here = this.sentence(ctx);
    if (!here) return undefined;
    // (Bearers, not only names ending in the surname: "Kim Jong Il" writes the family name first.)
    const before = this.bearing(w).filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from));
    const firsts = new Map<string, NameMention>();
    for (const m of before) if (!firsts.has(m.name)) firsts.set(m.name, m);
    const named = [...firsts.values()];
    const kin = named.filter((m) => this.broughtInAsKin(m, w));
    if (named.length !== 2 || kin.length !== 1) return undefined;
    // (The kin's possessive tells the other's sex when no first name does: "Grace Min and her husband, Daniel
    // Min" leaves "Mr. Min" to him alone. The possessive may also name someone of another surname, or one whose
    // first name tells no sex: then the title fits both.)
    const kinText = this.paragraphs[kin[0]!.paragraph - 1] ?? '';
    const owner = introducedAsKin(kinText, kin[0]!.at) ?? kinSetOffAfter(kinText, kin[0]!.at, kin[0]!.name) ?? null;
    if (named.some((m) => (mentionGender(m, w) ?? (m === kin[0] ? null : owner) ?? want) !== want)) return undefined;
    // (With no role set off, the ordinary reading of who is at hand goes on: the kin who spoke just before, or
    // the one the text is about when the kin was named in passing.)
    const head = setOffRoleHead(here.text, w);
    if (!head) return this.titledKinUnmarked(kin[0]!, named.find((m) => m !== kin[0])!, want, ctx);
    const holding = named.filter((m) => this.mentionSetOffWith(m, head));
    return holding.length === 1 ? holding[0]!.name : null;
  }

  /**
   * `The council's chair, Morag Fenn, ... Her sister, Eilidh Fenn, runs a bakery. "...," Ms Fenn said.`: with no
   * role set off, the title and surname fit both namesakes, and the kin, named last, is often only named in
   * passing. The kin who spoke in the sentence just before goes on speaking (the ordinary reading, undefined), as
   * does the one the text is about when that sentence names the kin in passing; the kin as that sentence's subject
   * without speaking may be set up to speak or passed by (no one, null); else the one
   * the text called by that title and surname before the kin was named, when the kin has not spoken; else no one.
   */
  private titledKinUnmarked(kin: NameMention, other: NameMention, want: 'm' | 'f', ctx: SurnameContext): string | null | undefined {
    const holds = (l: LocalSpeaker, m: NameMention): boolean => l.names.some((n) => compactName(n) === m.compact);
    const kinLocal = ctx.locals.find((l) => l.kind === 'person' && holds(l, kin));
    const k = ctx.read.sentence - 1;
    const before = ctx.read.textOf.get(k);
    const kinThere = ctx.read.namedIn.get(k)?.named.some((m) => m.compact === kin.compact);
    if (before && kinThere) {
      const text = before.masked.slice(before.from, before.to);
      if (text.includes('_') || SAYING_IN_SENTENCE.test(text)) return undefined;
      // (Named there in passing, "She runs it with her daughter, NAME2,", the kin leaves the ordinary reading to go on.)
      const free = ctx.read.freeIn(k);
      return free.names.some((m) => m.compact === kin.compact && free.subjectLike(m)) ? null : undefined;
    }
    return (!kinLocal || kinLocal.mentionOnly) && this.titledBefore(other, kin, want) ? other.name : null;
  }

  /** Whether the text called the one named at `first` by a title of sex `want` and the surname before it named `later`. */
  private titledBefore(first: NameMention, later: NameMention, want: 'm' | 'f'): boolean {
    const surname = first.name.trim().split(/\s+/u).at(-1)!;
    const titled = sharedRegExp(String.raw`(?:^|[^\p{L}])(?:${honorificPattern(want)})\.?\s+${escapeRegExp(surname)}(?![\p{L}-])`, 'u');
    for (let p = first.paragraph; p <= later.paragraph; p++) {
      const text = this.paragraphs[p - 1] ?? '';
      if (titled.test(text.slice(p === first.paragraph ? first.at : 0, p === later.paragraph ? later.at : text.length))) return true;
    }
    return false;
  }

  /** Whether the text set `head`, a role's last word, off beside the full name at `m` ("the chair, NAME," or "NAME, the chair,"). */
  private mentionSetOffWith(m: NameMention, head: string): boolean {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    const end = text.indexOf(m.name, m.at);
    const after = end >= 0 ? text.slice(end + m.name.length, end + m.name.length + 80) : '';
    const role = sharedRegExp(String.raw`\b${escapeRegExp(head)},\s*$`, 'u');
    const roleAfter = sharedRegExp(String.raw`^,\s+(?:the|a|an|its|his|her|their|our|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+(?:[^,.;:!?"“”]{0,40}\s)?${escapeRegExp(head)}\b`, 'u');
    return role.test(text.slice(Math.max(0, m.at - 60), m.at)) || roleAfter.test(after);
  }

  /**
   * `Tor Vik's comments came after his father launched a fresh motto. "...," Vik wrote.`: the sentence just before
   * has someone's kin, called by the word of kin alone, do something; with two holders of the surname named, an
   * untitled bare surname may be either the one at hand or that kin. No answer rather than a guess.
   */
  private kinDoerJustBefore(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (!before || !kinDoerIn(before.masked.slice(before.from, before.to))) return false;
    const upTo = ctx.read.textOf.get(ctx.read.sentence)?.from ?? Infinity;
    return new Set(this.endingIn(w).filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.at < upTo)).map((m) => m.compact)).size >= 2;
  }

  /**
   * `Mrs. Dala said her daughter, Anna Dala, had left. ... "...," Dala said.`: the text calls one holder of the
   * surname only by a title ("Mrs. Dala") and names in full only people it brings in as someone's kin; an
   * untitled bare surname may be the titled one (news style keeps it for the one the text is about) or the kin
   * named in full. No answer rather than a guess.
   */
  private titledBesideKin(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const upTo = ctx.read.textOf.get(ctx.read.sentence)?.from ?? Infinity;
    const full = this.endingIn(w).filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.at < upTo));
    if (!full.length || !full.every((m) => introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at) !== undefined)) return false;
    const titled = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${escapeRegExp(w)}(?![\p{L}'’-])`, 'iu');
    return this.paragraphs.slice(0, paragraph).some((p) => titled.test(p));
  }

  /**
   * `Anna Dala left in May, her mother, Mrs. Dala, said.`: a title and surname the text brought in as the kin
   * of someone ("her mother, Mrs. Dala") is another person than the holder of the surname named in full before
   * it, whose mother she is. The reading has no full name for her, and none of the full names is hers: no one.
   */
  private titledKinOfFullName(words: readonly string[], role: string, paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1 || !titleGender(role)) return false;
    const w = words[0]!;
    const upTo = ctx.read.textOf.get(ctx.read.sentence)?.to ?? Infinity;
    const escaped = escapeRegExp(w);
    for (let k = 0; k < paragraph; k++) {
      const text = this.paragraphs[k] ?? '';
      for (const m of text.matchAll(sharedRegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss)\.?\s+${escaped}(?![\p{L}'’-])`, 'giu'))) {
        if (k === paragraph - 1 && m.index >= upTo) break;
        if (introducedAsKin(text, m.index) === undefined) continue;
        // (A holder named in full before that mention, whose kin the titled one is.)
        if (this.endingIn(w).some((x) => x.paragraph - 1 < k || (x.paragraph - 1 === k && x.at < m.index))) return true;
      }
    }
    return false;
  }

  /**
   * `Eli Marsh ... Eli Dunn ... "...," said Eli.`: a bare given name that two people of different surnames named
   * before bear (and nobody's surname). It is the one its own paragraph has named in full, up to its sentence,
   * when that paragraph names only one of them so; else null: the one named last is no better guess than the
   * other. Undefined when the word is no such shared given name (the common case).
   */
  private sharedGivenName(words: readonly string[], paragraph: number, ctx: SurnameContext): string | null | undefined {
    if (words.length !== 1) return undefined;
    const w = words[0]!;
    const upTo = ctx.read.textOf.get(ctx.read.sentence)?.to ?? Infinity;
    const before = this.mentions.filter((m) => m.words.length >= 2 && (m.paragraph < paragraph || (m.paragraph === paragraph && m.at < upTo)));
    // (Names written in mixed case: a run of capitals, "ROE STEPPING OFF FERRY", is no full name.)
    // ("Sato Kenji met Kenji Watanabe": a two-word name written family name first has its given name last, so
    // "Kenji" is a given name both bear, not the first one's surname.)
    const family = (m: NameMention): string | undefined => (familyNameFirst(m.name) ? m.words[0] : surnameOf(m.words));
    const given = (m: NameMention): boolean => (familyNameFirst(m.name) ? m.words.length === 2 && m.words[1] === w : m.words[0] === w);
    const holders = before.filter((m) => given(m) && family(m) !== w && /[\p{Ll}]/u.test(m.name));
    if (holders.length < 2 || new Set(holders.map(family)).size < 2) return undefined;
    // (A word that is someone's surname too goes the surname's way.)
    if (before.some((m) => family(m) === w)) return undefined;
    // (`"...," said Eli, Dunn's son.`, `said Eli, a farmer`: a description set off after the bare name tells which
    // one it is in words this table does not read, and may name neither: nobody rather than a guess.)
    const sentence = ctx.read.textOf.get(ctx.read.sentence);
    if (sentence && appositiveAfter(sentence.masked.slice(sentence.from, sentence.to), w)) return null;
    const here = holders.filter((m) => m.paragraph === paragraph);
    return new Set(here.map(family)).size === 1 ? here.at(-1)!.name : null;
  }

  /**
   * A bare surname read as the first of two surnames (`double-surname.ts`): the full name it stands for, null
   * when it is as much another person's last word and the text has not shown which way it names people, or
   * undefined when no three-word name holds it in the middle.
   */
  private doubleSurname(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): string | null | undefined {
    // "García Márquez" after "Gabriel García Márquez": both surnames, without the first name.
    // ("Ferreira Costa" after "Ana Paula Ferreira Costa" too: a given name of two words before the two surnames,
    // each a given name the lists know. Without it the pair is read as a person of its own, whom a later "she"
    // then names by the surnames alone.)
    if (words.length === 2) {
      const givenBefore = (m: NameMention): boolean => (m.words.length === 3 || m.words.length === 4) && m.words.slice(0, -2).every((w) => listedGivenName(w));
      const whole = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.at(-2) === words[0] && m.words.at(-1) === words[1] && givenBefore(m));
      return new Set(whole.map((m) => m.compact)).size === 1 ? whole[0]!.name : undefined;
    }
    // (A bare given name, "Paul" beside "John Paul Jones", goes the ordinary way.)
    if (words.length !== 1 || lexFirstName(words[0]!)) return undefined;
    const w = words[0]!;
    // (`paragraph` counts from 1, the paragraphs' list from 0: up to this paragraph, not the one after it. A
    // namesake brought in only in the paragraph after is no one the bare surname can mean yet: "Ruiz added ...,"
    // before "Economist María Ruiz Blanco ..." is the one named so far.)
    const middle = middleSurnameHolders(this.paragraphs, name.trim(), paragraph - 1);
    if (middle.length !== 1) return undefined;
    // (Nor when another full name so far holds the word inside as well, one no known first name opens: "Datuk Mohd
    // Harun Latif" beside "Siti Harun Bakri". Two bear it, and "Harun" may be either's given name.)
    const held = middle[0]!;
    if (this.mentions.some((m) => m.paragraph <= paragraph && m.words.length >= 3 && !m.name.includes(held) && !held.includes(m.name) && m.words.indexOf(w, 1) > 0 && m.words.indexOf(w, 1) < m.words.length - 1)) return null;
    const ends = endsInSurname(this.mentions, w, paragraph);
    if (!ends && ctx.personByEnd.has(w)) return undefined;
    // ("For Marta Ruiz Castaño, ... Ruiz Castaño affirmed. ¶ In Porvo, Pedro Ruiz, a former captain, remembers ...
    // '...,' Ruiz recounts.": the one whose last word it is, named in full in the sentence just before or in this
    // one before it, where the other is not, is at hand; the ordinary reading takes him.)
    if (ends && !this.middleSurnames) return this.lastWordNamedJustBefore(w, held, ctx) ? undefined : null;
    this.middleSurnames = true;
    return middle[0]!;
  }

  /**
   * Whether the sentence just before, or this one before its first bare use of `w`, names in full someone whose
   * last word `w` is, and does not name `middle`, the one who bears it as the first of two surnames.
   */
  private lastWordNamedJustBefore(w: string, middle: string, ctx: SurnameContext): boolean {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const bare = here ? bareUsesIn(here.masked.slice(here.from, here.to), w)[0] : undefined;
    let found = false;
    // ("Her grandfather, Pedro Ruiz, died in 1980. '...,' Ruiz recounts.": a pronoun that may stand for the one of
    // two surnames, "Her grandfather", keeps her at hand too; the sentence tells of her as much as of him.)
    const sex = ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => n.includes(middle)))?.gender ?? null;
    const pronoun = sex === 'f' ? /\b(?:she|her|hers|herself)\b/iu : sex === 'm' ? /\b(?:he|him|his|himself)\b/iu : /\b(?:she|her|hers|herself|he|him|his|himself)\b/iu;
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (before && pronoun.test(before.masked.slice(before.from, before.to))) return false;
    for (const k of [ctx.read.sentence - 1, ctx.read.sentence]) {
      for (const m of ctx.read.freeIn(k).names) {
        if (k === ctx.read.sentence && (bare === undefined || !here || m.at >= here.from + bare)) continue;
        if (m.name.includes(middle) || middle.includes(m.name)) return false;
        if (m.words.length >= 2 && endsIn(m, w)) found = true;
      }
    }
    return found;
  }

  /**
   * `"...," Kerubo said of his own firm.`: a bare surname two people named before bear, a man and a woman, crediting
   * its sentence with "his own" or "her own" after the verb of saying: "own" ties the possessive to the subject,
   * so its sex tells which namesake speaks. Undefined unless exactly one holder named before is of that sex and
   * another is known to be of the other.
   */
  private ownPossessiveNamesake(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): { name: string; sex: 'm' | 'f' } | undefined {
    if (words.length !== 1 || /\s/u.test(name.trim())) return undefined;
    const here = this.sentence(ctx);
    if (!here || !/ own |\btell|\btold\b/u.test(here.text)) return undefined;
    // ("Varn told his staff that ...": the possessive opening the object of "told" is the subject's as surely as "his own".)
    const own = sharedRegExp(String.raw`(?<![\p{L}])${escapeRegExp(name.trim())}\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted)\b[^.;:!?"“”_]{0,60}?\b(his|her)\s+own\b`, 'u').exec(here.text) ??
      sharedRegExp(String.raw`(?<![\p{L}])${escapeRegExp(name.trim())}\s+(?:told|tells)\s+(his|her)\s+(?!${TIME_WORDS}\b)[\p{Ll}]+(?:\s+(?:on|in|at|that|about|last|this)\b|\s*[,.:])`, 'u').exec(here.text);
    if (!own) return undefined;
    const sex = own[1] === 'his' ? 'm' : 'f';
    return this.holderOfSex(words[0]!, paragraph, ctx, sex);
  }

  /**
   * The one holder of surname `w` named by paragraph `paragraph` of sex `sex`, when another holder named so far is
   * known to be of the other sex (a possessive or pronoun tied to the bare surname tells which of the two it is).
   */
  private holderOfSex(w: string, paragraph: number, ctx: SurnameContext, sex: 'm' | 'f'): { name: string; sex: 'm' | 'f' } | undefined {
    const before = this.bearing(w).filter((m) => m.paragraph <= paragraph);
    const sexOf = (m: NameMention): 'm' | 'f' | null => mentionGender(m, w) ?? ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), m.words)))?.gender ?? this.ownerOfKinAfter(m) ?? null;
    const fits = new Set(before.filter((m) => sexOf(m) === sex).map((m) => m.compact));
    const other = before.some((m) => sexOf(m) === (sex === 'm' ? 'f' : 'm'));
    if (fits.size !== 1 || !other) return undefined;
    return { name: before.find((m) => fits.has(m.compact))!.name, sex };
  }

  /**
   * `Asked whether he worried ..., Marchuk shrugged.`: a bare surname two people named before bear, a man and a
   * woman, opening the main clause after a fronted "Asked ..." clause whose "he" or "she" is that subject's
   * (`fronted-pronoun-surname.ts`). Undefined unless exactly one holder named before is of that sex and another is
   * known to be of the other.
   */
  private frontedPronounNamesake(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): { name: string; sex: 'm' | 'f' } | undefined {
    if (words.length !== 1 || /\s/u.test(name.trim())) return undefined;
    const here = this.sentence(ctx);
    if (!here || !/^\s*(?:When\s+)?(?:Asked|Pressed|Questioned|Challenged|Told)\b/u.test(here.text)) return undefined;
    const sex = frontedPronounSex(here.text, name.trim());
    if (!sex) return undefined;
    return this.holderOfSex(words[0]!, paragraph, ctx, sex);
  }

  /**
   * Whether a bare surname is one the text has said two people bear, unrelated ("Paul Quist, no relation to
   * the president", "Paul Quist is no relation"): once the writer has flagged the clash, a later bare "Quist
   * said" may be either, and the one named last is no better guess than the other. Two full names ending in it
   * must be named before; a bare surname marked "no relation" itself is the one just brought in (see
   * `saysNoRelation`).
   */
  private unrelatedNamesakes(name: string, paragraph: number, ctx: SurnameContext): boolean {
    // Asked for every bare surname; only a text that says "no relation" before this paragraph can answer yes.
    this.noRelationFrom ??= this.paragraphs.findIndex((p) => NO_RELATION.test(p));
    if (this.noRelationFrom < 0 || this.noRelationFrom >= paragraph) return false;
    const words = nameWords(name);
    // (Only an untitled surname: "Professor Tamm", "Mr. Volkov" go by the title and the ones at hand.)
    if (words.length !== 1 || /\s/u.test(name.trim()) || saysNoRelation(this.sentence(ctx)?.text, name)) return false;
    const w = words[0]!;
    // (When no full name ends in it, the holders by family name, which opens a name written family name first:
    // "Lee Min-ho", "Lee Soo-jin". Beside one ending in it, "Daniel Park" by "Park Soo-ah", the readers of the two
    // orders decide, not this one.)
    const lastWord = this.endingIn(w);
    const familyFirst = lastWord.length === 0;
    // (Not when the sentence itself tells the sex, "Han said she doubted ...": the readers of the sex decide, as they
    // did before names written family name first were taken here.)
    if (familyFirst && (ctx.read.reportedPronounGender(w) ?? ctx.read.reflexiveGender(w))) return false;
    const holders = familyFirst ? this.bearing(w) : lastWord;
    // One of them named or quoted in this paragraph or the one before is the one the surname goes on with; not when
    // the paragraph before brought two of them in by full name and this one names neither, and the text has called
    // neither by the surname alone yet ("Ewan Galbraith opened his shop in 1990. Rory Galbraith, no relation, opened
    // his in 2001." then '"...," Galbraith said.'): the one named last is no better guess than the other.
    if (!this.twoJustBefore(w, holders, paragraph, ctx)) {
      const last = this.lastBySurname(w, ctx);
      if (last && (ctx.paragraphOf.get(last) ?? -9) >= paragraph - 1) return false;
      if (holders.some((m) => m.paragraph >= paragraph - 1 && m.paragraph <= paragraph)) return false;
    }
    const full = new Set(holders.filter((m) => m.paragraph <= paragraph).map((m) => m.compact));
    for (const l of ctx.locals) {
      if (l.kind !== 'person') continue;
      for (const n of l.names) {
        const nw = nameWords(n);
        if (nw.length >= 2 && (nw[nw.length - 1] === w || (familyFirst && familyNameFirst(n) && nw[0] === w))) full.add(compactName(n));
      }
    }
    if (full.size < 2) return false;
    const escaped = escapeRegExp(name.trim().split(/\s+/u).pop()!);
    const flag = new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])[^.!?]{0,60}?${NO_RELATION.source}`, 'u');
    // (Or "no relation" joined to a longer description set off after the name: "Lee Ana, a member of the
    // harbour board and no relation to him, disagreed": the description's own words may run past the sixty.)
    const joined = new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])[^.!?,]{0,30},[^.!?,]{0,120}?\b(?:and|but)\s+${NO_RELATION.source}`, 'u');
    return this.paragraphs.slice(0, paragraph).some((p) => flag.test(p) || joined.test(p));
  }

  /**
   * Whether the paragraph before this one names two different people in full by the surname `w`, this paragraph
   * names none of them, and the text has not yet called any of them by the surname alone (see `unrelatedNamesakes`).
   */
  private twoJustBefore(w: string, holders: readonly NameMention[], paragraph: number, ctx: SurnameContext): boolean {
    if (holders.some((m) => m.paragraph === paragraph) || ctx.everCalledBySurname.get(w)?.size) return false;
    return new Set(holders.filter((m) => m.paragraph === paragraph - 1).map((m) => m.compact)).size >= 2;
  }

  /**
   * Whether "Mr Ellery" (a title of one gender and a bare surname) may be either of two relatives of that
   * gender the text brought in by full name as someone's kin ("Her son, Robert Ellery", "Her grandson, Daniel
   * Ellery") and has not yet called by the surname alone, neither named in this paragraph or the one before:
   * the one named last is no better guess than the other, so neither is credited.
   */
  private kinNamesakes(name: string, role: string, paragraph: number, ctx: SurnameContext): boolean {
    const want = titleGender(role);
    const words = nameWords(name);
    if (!want || words.length !== 1) return false;
    const w = words[0]!;
    const holders = this.endingIn(w);
    const kin = holders.filter((m) => m.paragraph <= paragraph && m.kin === want);
    if (new Set(kin.map((m) => m.compact)).size < 2) return false;
    if (holders.some((m) => m.paragraph >= paragraph - 1 && m.paragraph <= paragraph)) return false;
    // (Once the text has called one of them by the surname alone, a later one goes on with that one.)
    const names = new Set(kin.map((m) => m.compact));
    const called = [...(ctx.everCalledBySurname.get(w) ?? [])];
    return !called.some((c) => c.names.some((n) => names.has(compactName(n))));
  }

  /**
   * Whether a bare surname falls on two people of that surname whom one paragraph brought in together ("Ahmed
   * Saleh, the party leader, ... and their deputies, Mona Fares and Yusuf Saleh"), the text having called
   * neither by it yet, nor made either the subject of this sentence or the one before: the one named last is no
   * better guess than the other, and nobody is credited. (One brought in as the other's kin, "his wife, NAME",
   * is left to the rules on kin.)
   */
  private namesakesBroughtInTogether(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1 || /\s/u.test(name.trim())) return false;
    const w = words[0]!;
    if (ctx.calledBySurname.get(w) || ctx.everCalledBySurname.get(w)?.size) return false;
    const here = this.sentence(ctx);
    // (Full names only: "Team Trump", "Senator Trump" name no second person.)
    const before = this.bearing(w).filter((m) => (m.paragraph < paragraph || (m.paragraph === paragraph && (!here || m.at < here.from))) && !commonWordNotName(m.words[0]!) && !TITLES.has(m.words[0]!.toLowerCase().replace(/\.$/u, '')) && !CALENDAR_WORD.test(m.words[0]!));
    // Each full name where the text first gives it.
    const firsts = new Map<string, NameMention>();
    for (const m of before) if (!firsts.has(m.compact)) firsts.set(m.compact, m);
    if (firsts.size !== 2) return false;
    const [a, b] = [...firsts.values()];
    if (a!.paragraph !== b!.paragraph || a!.words.join(' ') === b!.words.join(' ')) return false;
    // (Two forms of one person's name, "Ahmed Saleh" and "Ahmed al-Saleh", are one person.)
    // (Names given surname first, "Lim Dae-ho" and "Lim Ha-eun", share their first word, the surname: their given
    // names tell them apart.)
    if (givenWord(a!.words, w) === givenWord(b!.words, w)) return false;
    // (Every test here only reads: the one that reads the sentences' names around, the dearest, is asked last,
    // for the few surnames two full names of one paragraph bear.)
    // ("Mio Sato, a student, and Sato Kenji, a retired engineer, live on the island." then '"...," Sato said.': two
    // namesakes one sentence joins by "and" as one subject, neither named, heard or a subject alone since, leave the
    // bare surname to neither; the second is no more at hand than the first.)
    if (this.joinedAndNotApart(a!, b!, w, ctx)) return true;
    if (this.namedJustBeforeMention(w, ctx)) return false;
    // (Not one of a sex with the other joined to them by "and", "Anna Kerr and her sister Mia Kerr": side by side.)
    if ((this.broughtInAsKin(a!, w) || this.broughtInAsKin(b!, w)) && !this.sameSexKinJoined(a!, b!, w)) return false;
    // Neither has spoken or been a subject since (the bare surname would go on with that one).
    return !this.lastBySurname(w, ctx);
  }

  /**
   * `Ramon dela Paz met the senator Corazon dela Paz, his cousin, in Cebu. ¶ "...," dela Paz said.`: the sentence
   * right before, closing the paragraph before, names two different people in full by the bare surname (with or
   * without its particle), neither of whom has spoken or been called by the surname alone, and this sentence names
   * neither in full before it. The sentence's subject is no better guess than the other: one may be brought in as
   * the other's kin, yet hold an office of their own and speak for it. No answer rather than a guess.
   */
  private namesakesInSentenceBefore(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    // (A bare surname, or its particle and it: "Paz", "dela Paz".)
    if (!(words.length === 1 || (words.length === 2 && PARTICLE.test(words[0]!)))) return false;
    if (name.trim().split(/\s+/u).length !== words.length) return false;
    const w = words[words.length - 1]!;
    if (ctx.calledBySurname.get(w) || ctx.everCalledBySurname.get(w)?.size) return false;
    const full = (k: number): NameMention[] => ctx.read.freeIn(k).names.filter((m) => m.words.length > words.length && bearsSurname(m, w));
    if (full(ctx.read.sentence).length) return false;
    // (Only across a paragraph break: in one paragraph, "Elena Morsk succeeded her mother, Irina Morsk. '...,' Morsk
    // said.", the writer keeps the thread of the sentence's subject.)
    const before = full(ctx.read.sentence - 1);
    if (before.some((m) => m.paragraph !== paragraph - 1)) return false;
    const firsts = new Map<string, NameMention>();
    for (const m of before) if (!firsts.has(m.compact)) firsts.set(m.compact, m);
    if (firsts.size !== 2) return false;
    const [a, b] = [...firsts.values()];
    // (Two forms of one person's name, "Ahmed Saleh" and "Ahmed al-Saleh", are one person.)
    // (Names given surname first, "Lim Dae-ho" and "Lim Ha-eun", share their first word, the surname: their given
    // names tell them apart.)
    if (givenWord(a!.words, w) === givenWord(b!.words, w)) return false;
    // (Not when this sentence's own "he" or "she" may tell which, '"...," Paz said, before she left.', nor when the
    // sentence before has one of them report, "Piet Dala said his daughter, Anna Dala, had left.": the reporter is
    // set up to speak. A possessive or an object, '"...," Paz said of his wife.', "said of her", tells nothing of
    // which one speaks: the reading after would keep the thread of the sentence before's subject, whoever that is.)
    const here = ctx.read.textOf.get(ctx.read.sentence);
    if (here && /\b(?:he|she|himself|herself)\b|\b(?:his|her)\s+own\b/iu.test(here.masked.slice(here.from, here.to))) return false;
    const prior = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (prior && before.some((m) => REPORTS_AFTER_NAME.test(prior.masked.slice(m.at + m.name.length, prior.to)))) return false;
    // (Nor when one is brought in only as the other's kin, "Senator Ray Tull and his wife, Ada Tull,": the other,
    // the sentence's own person, keeps the surname, as the older reading has it; "the senator NAME, his cousin"
    // holds a role of her own and stays unsure.)
    if (prior && before.some((m) => kinOnlyBefore(prior.masked.slice(Math.max(prior.from, m.at - 40), m.at)))) return false;
    const person = (m: NameMention): LocalSpeaker | undefined => ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), m.words)));
    const [pa, pb] = [person(a!), person(b!)];
    if (pa && pa === pb) return false;
    // (One who has spoken is the one the surname goes on with.)
    return !(pa && !pa.mentionOnly) && !(pb && !pb.mentionOnly);
  }

  /**
   * "In Kessel, Ana and Rolf Brenn keep bees. ¶ '...,' Brenn said.": the only people of the bare surname are a
   * couple named jointly ("GIVEN and GIVEN2 SURNAME"), each named just that once, neither called by the surname
   * alone yet. Either may speak: null (no one; a wrong speaker is worse than none), unless a possessive in a
   * participle after the credit tells the sex (", wiping her apron", ", filling his pipe") and the couple's given
   * names are of the two sexes: then the one of that sex. Undefined when the rule does not apply, or when the
   * sentence has "he"/"she", which the later readings settle.
   */
  private jointCouple(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): { name: string; sex: 'm' | 'f' } | null | undefined {
    if (words.length !== 1 || /\s/u.test(name.trim())) return undefined;
    const w = words[0]!;
    if (ctx.calledBySurname.get(w) || ctx.everCalledBySurname.get(w)?.size) return undefined;
    const here = this.sentence(ctx);
    if (!here || /\b(?:he|she|him|himself|herself)\b/iu.test(here.text)) return undefined;
    const before = this.bearing(w).filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from));
    if (!before.length) return undefined;
    // The couple: a two-word full name with a given name joined by "and" right before it ("Ana and Rolf Brenn"),
    // read here from the text, or filed by `name-mentions.ts` as a mention of its own ("Ana Brenn" at "Ana").
    const couple = before.filter((m) => m.words.length === 2 && m.words[1] === w && jointPartnerAt(this.paragraphs[m.paragraph - 1] ?? '', m, before) !== null);
    if (couple.length !== 1) return undefined;
    const c = couple[0]!;
    const text = this.paragraphs[c.paragraph - 1] ?? '';
    const partnerAt = jointPartnerAt(text, c, before)!;
    const partner = text.slice(partnerAt).split(/\s/u)[0]!;
    // (A singular description set off after the full name makes it one person, the given name before another:
    // "the feud between Ivo and Ana Brenn, his neighbour,".)
    if (/^,\s+(?:his|her|a|an)\s/iu.test(text.slice(c.at + c.name.length))) return undefined;
    // Every mention of the surname is the couple's own, in that one place: no one else bears it, and neither was
    // named again (a second naming may set one of them up to speak).
    if (!before.every((m) => m === c || (m.paragraph === c.paragraph && m.at === partnerAt && m.words[0] === partner.toLowerCase()))) return undefined;
    // The possessives of the sentence, all in a participle clause closing it (", wiping her apron"), all of one sex;
    // any other "his"/"her" ("told her") tells nothing of the speaker.
    const all = here.text.match(/\b(?:his|her|hers)\b/giu) ?? [];
    if (!all.length) return null;
    const participle = /,\s+[\p{Ll}]+ing\b([^"“”]*)$/u.exec(here.text)?.[1] ?? '';
    const inParticiple = participle.match(/\b(?:his|her|hers)\b/giu) ?? [];
    const sexes = new Set(all.map((p) => (p.toLowerCase() === 'his' ? 'm' : 'f')));
    if (inParticiple.length !== all.length || sexes.size !== 1) return null;
    const sex = [...sexes][0] as 'm' | 'f';
    const given = c.name.split(/\s+/u)[0]!;
    const [gp, gc] = [firstNameGender(partner), firstNameGender(given)];
    if (!gp || !gc || gp === gc) return null;
    const surname = c.name.split(/\s+/u).slice(1).join(' ');
    return { name: gp === sex ? `${partner} ${surname}` : c.name, sex };
  }

  /**
   * "Anna and Rolf Berger keep bees. Their son, Tim Berger, sells the honey. '...,' Berger said.": an untitled bare
   * surname a couple named jointly bears ("GIVEN and GIVEN2 SURNAME") and someone else named in full after them bears
   * too, with no one called by the bare surname alone yet, none of them having spoken, and no pronoun in the credit's
   * sentence but possessives in a participle closing it: the one named last is no surer than either of the couple
   * (news style does not settle a bare surname three people bear). Null (no one rather than a guess), unless those
   * possessives are all of one sex (", wiping her hands") and exactly one of the three is of that sex by a word of
   * kin or the lists of first names: then that one. Undefined when the rule does not apply.
   */
  private coupleThenOtherBearer(words: readonly string[], paragraph: number, ctx: SurnameContext): { name: string; sex: 'm' | 'f' } | null | undefined {
    if (words.length !== 1) return undefined;
    const w = words[0]!;
    if (ctx.calledBySurname.get(w) || ctx.everCalledBySurname.get(w)?.size) return undefined;
    const here = this.sentence(ctx);
    if (!here || /\b(?:he|she|him|himself|herself)\b/iu.test(here.text)) return undefined;
    const before = this.bearing(w).filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from));
    const couple = before.filter((m) => m.words.length === 2 && m.words[1] === w && jointPartnerAt(this.paragraphs[m.paragraph - 1] ?? '', m, before) !== null);
    if (couple.length !== 1) return undefined;
    const c = couple[0]!;
    const text = this.paragraphs[c.paragraph - 1] ?? '';
    const partnerAt = jointPartnerAt(text, c, before)!;
    const partner = text.slice(partnerAt).split(/\s/u)[0]!.toLowerCase();
    // (A singular description set off after the full name makes it one person: "Ivo and Ana Brenn, his neighbour,".)
    if (/^,\s+(?:his|her|a|an)\s/iu.test(text.slice(c.at + c.name.length))) return undefined;
    const mine = (m: NameMention): boolean => m === c || (m.paragraph === c.paragraph && m.at === partnerAt && m.words[0] === partner);
    // Others of the surname, all named in full after the couple.
    const others = before.filter((m) => !mine(m));
    if (!others.length || others.some((m) => m.words.length < 2 || m.paragraph < c.paragraph || (m.paragraph === c.paragraph && m.at < c.at))) return undefined;
    // (The couple named again, or the one named after them having spoken, may settle it: the later readings weigh it.)
    if (before.some((m) => mine(m) ? false : m.words.length === 2 && (m.words[0] === partner || m.words[0] === c.words[0]))) return undefined;
    const person = (m: NameMention): LocalSpeaker | undefined => ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), m.words)));
    if (before.some((m) => { const p = person(m); return !!p && !p.mentionOnly; })) return undefined;
    // (Nor once the bare surname stood alone in the narration since the couple was named: the text has used it.)
    for (let p = c.paragraph; p <= paragraph; p++) {
      const t = this.paragraphs[p - 1] ?? '';
      const from = p === c.paragraph ? c.at + c.name.length : 0;
      const to = p === paragraph ? here.from : t.length;
      if (bareUsesIn(t, w).some((u) => u >= from && u < to)) return undefined;
    }
    // The possessives of the sentence, all in a participle clause closing it, all of one sex, may tell which.
    const all = here.text.match(/\b(?:his|her|hers)\b/giu) ?? [];
    if (!all.length) return null;
    const participle = /,\s+[\p{Ll}]+ing\b([^"“”]*)$/u.exec(here.text)?.[1] ?? '';
    const sexes = new Set(all.map((p) => (p.toLowerCase() === 'his' ? 'm' : 'f')));
    if ((participle.match(/\b(?:his|her|hers)\b/giu) ?? []).length !== all.length || sexes.size !== 1) return null;
    const sex = [...sexes][0] as 'm' | 'f';
    const surname = c.name.split(/\s+/u).slice(1).join(' ');
    const bearers = new Map<string, 'm' | 'f' | null>([[`${text.slice(partnerAt).split(/\s/u)[0]!} ${surname}`, firstNameGender(text.slice(partnerAt).split(/\s/u)[0]!)], [c.name, mentionGender(c, w)]]);
    for (const m of others) bearers.set(m.name, mentionGender(m, w));
    // (Every bearer's sex told, and one alone of the possessive's.)
    if ([...bearers.values()].some((g) => g === null)) return null;
    const of = [...bearers].filter(([, g]) => g === sex);
    return of.length === 1 ? { name: of[0]![0], sex } : null;
  }

  /**
   * Whether `m` is one of a couple named jointly ("Anna" or "Rolf Berger" of "Anna and Rolf Berger"), both of whom are
   * among `among`.
   */
  private ofJointCouple(m: NameMention, among: readonly NameMention[]): boolean {
    for (const c of among) {
      if (c.words.length !== 2 || c.paragraph !== m.paragraph) continue;
      const at = jointPartnerAt(this.paragraphs[c.paragraph - 1] ?? '', c, among);
      if (at === null) continue;
      const partner = among.some((o) => o.paragraph === c.paragraph && o.at === at);
      if (partner && (m === c || m.at === at)) return true;
    }
    return false;
  }

  /**
   * Whether full names `a` then `b`, both bearing `w`, are joined by "and" in one sentence (an apposition set off
   * after `a` perhaps: "NAME, a student, and NAME2"), neither brought in as kin, and the two people they name were
   * last named or heard in one and the same sentence.
   */
  private joinedAndNotApart(a: NameMention, b: NameMention, w: string, ctx: SurnameContext): boolean {
    if (a.paragraph !== b.paragraph || a.at > b.at) return false;
    const between = (this.paragraphs[a.paragraph - 1] ?? '').slice(a.at + a.name.length, b.at);
    if (!/^(?:,[^.!?;:"“”,]{1,80},)?\s+and\s+$/u.test(between)) return false;
    if (this.broughtInAsKin(a, w) || this.broughtInAsKin(b, w)) return false;
    const person = (m: NameMention): LocalSpeaker | undefined => ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), m.words)));
    const [pa, pb] = [person(a), person(b)];
    if (!pa || !pb || pa === pb) return false;
    const at = ctx.sentenceOf.get(pa);
    return at !== undefined && at === ctx.sentenceOf.get(pb);
  }

  /**
   * "Mrs Probyn" after "Mr Probyn's wife, Carol, said ...", where no one of that surname named in full is of the
   * title's gender: the title and surname are the spouse the text named by first name alone, not the Mr Probyn
   * (or his son Daniel Probyn) it named in full, and not a new "Probyn" either. The name to read instead; null
   * (credit no one) when the text gave two such spouses, or when "Mrs" may also be a woman of that surname of
   * another first name it named in full (his sister or daughter); undefined when the rule has nothing to say.
   */
  private spouseOfSurname(name: string, role: string, paragraph: number): string | null | undefined {
    const want = titleGender(role);
    const words = nameWords(name);
    if (!want || words.length !== 1 || !/^[\p{Lu}][\p{L}'’-]*$/u.test(name.trim())) return undefined;
    const w = words[0]!;
    const firsts = [...spouseFirstNames(this.paragraphs, paragraph, name.trim(), want)].filter((f) => isKnownFirstName(f) && f !== name.trim());
    if (!firsts.length) return undefined;
    if (firsts.length > 1) return null;
    // A woman of that surname named in full (or one whose name tells no gender) is the spouse when her first name
    // is the spouse's ("Lorna Dunmore" after "his wife, Lorna"); else the title may be either of them: no one.
    const full = this.endingIn(w).filter((m) => m.paragraph <= paragraph && (mentionGender(m, w) ?? want) === want);
    if (!full.length) return firsts[0]!;
    const same = full.find((m) => m.name.split(/\s+/u)[0] === firsts[0]);
    if (same) return same.name;
    // ("Mrs", the married woman's title, may be the wife as well as her; "Ms" or "Miss" is read as before: the
    // daughter named in full is "Ms Kellaway" beside her mother "Mr Kellaway's widow, Margaret".)
    return /^mrs\.?$/iu.test(role.trim().split(/\s+/u).at(-1) ?? '') ? null : undefined;
  }

  /**
   * Whether the last full-name mention of `s` bearing surname `w`, before the sentence opening at `from` of
   * paragraph `paragraph`, follows in its sentence a mention of another full name bearing `w` ("Mara Roe and
   * Tova Roe, sisters, ..."): the two namesakes one sentence brings in are weighed together, not the last alone.
   */
  namesakeBesideInSentence(s: LocalSpeaker, w: string, paragraph: number, from: number | undefined): boolean {
    const holders = this.bearing(w);
    const mine = holders.filter((m) => (m.paragraph < paragraph || (m.paragraph === paragraph && (from === undefined || m.at < from))) && s.names.some((n) => sameFullName(nameWords(n), m.words))).at(-1);
    if (!mine) return false;
    const text = this.paragraphs[mine.paragraph - 1] ?? '';
    return holders.some((m) => m.paragraph === mine.paragraph && m.at < mine.at && m.compact !== mine.compact && !/[.!?]/u.test(text.slice(m.at, mine.at)));
  }

  /**
   * Whom a bare surname (`words`, its one word; with the title `titleRole`, whose gender `want` is, if any) means
   * at this point of the document: the person at hand (`person`), a full name to read instead (`instead`), or the
   * full name mentioned it stands for (`pick`, none when the names mentioned settle on no one; `freshNamesake`
   * when it is a namesake just named in full whom the reading has not met as anyone yet).
   */
  bareSurname(name: string, words: readonly string[], paragraph: number, titleRole: string | null, want: 'm' | 'f' | null, ctx: SurnameContext): BareSurnameChoice {
    // "His wife, Marguerite Ross" beside a "Desmond Ross" the text is about: an untitled bare "Ross" is him.
    // (Not when the sentence's own pronoun or reflexive tells the gender: "Ross said he would ..." may be the
    // one brought in as kin.)
    const kinApart = !titleRole && !want ? this.kinApart(words[0]!, paragraph) : null;
    const held = this.personAtHand(name, words, paragraph, want, kinApart, ctx, titleRole !== null);
    if (!('freshNamesake' in held)) return held;
    // (An unnamed relative just set up, `kinOpening`: the surname alone, read as no one named in full.)
    if (held.relative) return { pick: undefined, freshNamesake: true, familyAlone: true };
    const pick = this.mentionMeant(words[0]!, paragraph, want, kinApart, ctx);
    // (A namesake brought in as kin and speaking just before is the one meant, not whoever the bare surname was before.)
    const kinSpeaking = !!pick && this.broughtInAsKin(pick, words[0]!) && this.speakingJustBefore(pick, words[0]!, ctx);
    // (Whether a paragraph before says the surname was all the family name given: with no pick, the bare surname is
    // that person alone, never one named in full with it before, `document-speakers.ts` reads.)
    const familyAlone = this.paragraphs.some((p, k) => k < paragraph && familyNameAlone([p], words[0]!));
    return { pick, freshNamesake: held.freshNamesake || kinSpeaking, familyAlone };
  }

  /**
   * The person at hand a bare surname means: the one of that name who last spoke or was last the subject of a
   * sentence ("for his wife Hillary Clinton" in passing does not make the next "Clinton said" hers), as the checks
   * below weigh it; or a full name to read instead; else whether the bare surname is a namesake just named in full
   * whom the reading has not met as anyone yet (`freshNamesake`), and the names mentioned are read instead.
   */
  private personAtHand(name: string, words: readonly string[], paragraph: number, want: 'm' | 'f' | null, kinApart: Set<string> | null, ctx: SurnameContext, titled = false): { person: LocalSpeaker } | { instead: string } | { freshNamesake: boolean; relative?: boolean } {
    let freshNamesake = false;
    // A title's gender picks, among the people of that surname, one whose gender is known to match over one
    // whose gender is not known ("Mr. Trump" after "Donald J. Trump" and "Ivanka Trump" is not Ivanka).
    let last = this.lastBySurname(words[0]!, ctx);
    // "She asked to be identified only by her family name, Kim": from there on a bare "Kim" is no one the text had
    // at hand before, unless it names that one in full again (`given-name-alone.ts`).
    if (last && this.familyAloneSince(last, words[0]!, paragraph)) {
      last = undefined;
      freshNamesake = true;
    }
    // "Kim's father, Kim Jong Il, visited ...": one the text brought in as a relation of a bare "Kim" is not the
    // Kim a later bare "Kim" means; the names mentioned are read instead.
    if (last && this.mentions.some((m) => last!.names.includes(m.name) && introducedAsRelationOf(this.paragraphs[m.paragraph - 1] ?? '', m.at, words[0]!))) last = undefined;
    // (Unless the sentence just before set that relative up to speak and this one gives the quote: "His daughter,
    // Yuki Abe, was more blunt. '...,' Abe said.")
    if (last && kinApart && kinApart.has(last.names.find((n) => nameWords(n).length >= 2) ?? '') && !this.kinSetUpJustBefore(last, words[0]!, ctx)) last = undefined;
    // ("Senator Tom Roe and his wife, Ann Roe, toured ...": the last of two namesakes one sentence brings in is
    // read among the names mentioned, below, where the pair is weighed.)
    if (last && this.namesakeBesideInSentence(last, words[0]!, paragraph, ctx.read.textOf.get(ctx.read.sentence)?.from)) last = undefined;
    // "Freddy, as he was known, ..." beside "Mr. Trump said": news style calls the relative who shares the
    // surname by first name, so a bare surname goes back to the one it was used for, not to the one the text
    // calls by first name and has never called by the surname alone.
    // (Not one the sentence before has just made its subject: "On Sunday, NAME rebuffed a heckler. '...,' SURNAME told her.")
    if (last && ctx.calledByFirst.has(last) && ![...ctx.calledBySurname.values()].includes(last) && !this.namedJustBefore(last.names.map((n) => nameWords(n)), words[0]!, ctx)) {
      const others = (ctx.bySurname.get(words[0]!) ?? []).map((e) => e.s).filter((o) => o !== last && !ctx.calledByFirst.has(o) && fitsWanted(want, words, o));
      const other = ctx.calledBySurname.get(words[0]!) ?? others.at(-1);
      if (other && other !== last && fitsWanted(want, words, other)) last = other;
    }
    // "On Sunday, at a rally, Hillary Clinton rebuffed a heckler. '...,' Clinton told her.": a namesake the
    // sentence before (or this one) has just named in full as its subject is the bare surname's, read as that
    // sentence's subject or not (not one brought in there as someone's kin: "His father, Kim Jong Il, had ...").
    if (last) {
      const justNamed = this.namedJustBeforeMention(words[0]!, ctx);
      const held = last;
      const person = justNamed && !held.names.some((n) => sameFullName(nameWords(n), justNamed.words)) ? ctx.locals.find((l) => l !== held && l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), justNamed.words))) : undefined;
      // (One the text has not read as anyone yet is looked for among the names mentioned, below.)
      if (person && fitsWanted(want, words, person)) last = person;
      else if (justNamed && !person && !held.names.some((n) => sameFullName(nameWords(n), justNamed.words)) && !(want && (mentionGender(justNamed, words[0]!) ?? want) !== want)) {
        last = undefined;
        freshNamesake = true;
      }
    }
    // "We put readers' questions to Dr. Ann Roe. **Will fares rise?** '...,' Dr. Roe said.": the one named in full
    // before the questions put (`questions-between.ts`) answers them, not a namesake who spoke before that.
    const answering = last ? this.namedBeforeQuestions(words[0]!, paragraph) : undefined;
    if (last && answering && !last.names.some((n) => sameFullName(nameWords(n), answering.words))) {
      const person = ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), answering.words)));
      if (person && fitsWanted(want, words, person)) return { person };
      if (!person) return { freshNamesake: true };
    }
    // "Clinton declared of Hillary Clinton": a bare surname is not the namesake its own sentence then names in full.
    const laterHere = this.namedAfterBareHere(words[0]!, paragraph, ctx);
    if (last && laterHere.some((m) => last!.names.some((n) => sameFullName(nameWords(n), m.words)))) {
      const laterOne = last;
      last = (ctx.bySurname.get(words[0]!) ?? []).map((e) => e.s).filter((o) => o !== laterOne && fitsWanted(want, words, o)).at(-1);
    }
    // News style settles a bare surname on one person: a namesake the text brought in later and has not called
    // so itself keeps its full name, title or first name, and a later bare surname is still the first one's
    // ("Kim, for his part, said ..." ... "His father, Kim Jong Il, had ..." ... "Kim told reporters").
    if (last) {
      const settled = this.settledBySurname(words[0]!, paragraph, ctx);
      // (The one just the subject still yields when that sentence has them act on a relation of their own and the
      // bare surname carries a title: "Ana Roe showed her grandmother the letter. Mrs. Roe read it twice." is the
      // grandmother, the one the text has called "Mrs. Roe".)
      if (settled && settled !== last && fitsWanted(want, words, settled) && this.namedFirst(settled, last, words[0]!, ctx) && !ctx.everCalledBySurname.get(words[0]!)?.has(last) && (!this.justTheSubject(last, words[0]!, paragraph, ctx) || (titled && this.actsOnKinJustBefore(last, words[0]!, want, ctx))) && !this.unrelatedAtHand(last, paragraph, ctx)) last = settled;
    }
    const otherTitled = want ? this.namedByOtherTitle(words[0]!, want, paragraph, ctx) : null;
    if (last && otherTitled && last.names.some((n) => otherTitled.has(compactName(n)))) last = undefined;
    // "Miller, no relation, said ...": the writer marks the bare surname as the person of that name just brought
    // in, the full name named last, not the Miller the text had at hand.
    if (last && saysNoRelation(this.sentence(ctx)?.text, name)) {
      // (Its bearer may write the family name first: "Lim Wei Jie".)
      const named = this.bearing(words[0]!).filter((m) => m.paragraph <= paragraph).at(-1);
      if (named && !last.names.includes(named.name)) return { instead: named.name };
    }
    // "Her namesake in Carrow laughed at the reply. '...,' Roe said.": the sentence just before opens on the
    // namesake of the woman (or man) at hand, so the bare surname is the one other person the text named in full
    // under it (`namesake-possessive.ts`). (Only when the one at hand is of the possessive's sex, and one other
    // full name bears the surname: else the possessive may be someone else's, and the reading goes on as before.)
    if (last) {
      const before = ctx.read.textOf.get(ctx.read.sentence - 1);
      const owner = before ? namesakeOwnerSex(before.masked.slice(before.from, before.to)) : null;
      if (owner) {
        const held = last;
        const others = new Map(this.bearing(words[0]!).filter((m) => m.paragraph <= paragraph && m.words.length >= 2 && !held.names.some((n) => sameFullName(nameWords(n), m.words))).map((m) => [m.compact, m]));
        const other = others.size === 1 ? [...others.values()][0]! : undefined;
        const otherSex = other ? mentionGender(other, words[0]!) : null;
        // (The possessive is the one at hand when of their sex, or, their sex unknown, when the other is known to
        // be of the other sex and so cannot be "her" or "him".)
        const heldIsOwner = held.gender ? held.gender === owner : !!otherSex && otherSex !== owner;
        if (other && heldIsOwner && (!want || (otherSex ?? want) === want)) return { instead: other.name };
      }
    }
    // "Tor Vik ... His grandson, at the pier, reached for the same words. '...,' Vik said.": the sentence just before
    // opens on an unnamed relative of the one at hand, who bears the family name as a rule, so the bare surname is
    // not the one at hand (`kin-opening.ts`). The relative may be another the text named in full under the surname,
    // or someone it never named: no one rather than a guess.
    // (Untitled only: a title's sex, "Mr. Roe", is read to pick among the bearers, the relative perhaps among them.)
    if (last && !titled && !want) {
      const before = ctx.read.textOf.get(ctx.read.sentence - 1);
      const kin = before && !before.masked.slice(before.from, before.to).includes('_') ? kinOpening(before.masked.slice(before.from, before.to)) : null;
      if (kin && (!last.gender || last.gender === kin.owner)) {
        const held = last;
        const others = new Map(this.bearing(words[0]!).filter((m) => m.paragraph <= paragraph && m.words.length >= 2 && !held.names.some((n) => sameFullName(nameWords(n), m.words))).map((m) => [m.compact, m]));
        // (The one at hand is the possessive's owner only when named in full after every other bearer: else the
        // text may have come back to another, whose relative the sentence names.)
        const lastAt = (pick: (m: NameMention) => boolean): number => Math.max(-1, ...this.bearing(words[0]!).filter((m) => m.paragraph <= paragraph && pick(m)).map((m) => m.paragraph * 1e6 + m.at));
        const heldAt = lastAt((m) => held.names.some((n) => sameFullName(nameWords(n), m.words)));
        if ([...others.values()].every((o) => heldAt > lastAt((m) => m.compact === o.compact))) return { freshNamesake: true, relative: true };
      }
    }
    // "Lieke Brouwer was criticised by Mark Brouwer. '...,' Mr Brouwer said.": a title of one sex, where the one at
    // hand is of no sex known and the text named one other of the surname whose first name tells that sex, means
    // that other: a writer tells namesakes apart by their titles only when the titles differ.
    if (want && last && !last.gender && !this.latestOfGender(words[0]!, want, ctx)) {
      const held = last;
      const told = this.endingIn(words[0]!).filter((m) => m.paragraph <= paragraph && mentionGender(m, words[0]!) === want && !held.names.some((n) => sameFullName(nameWords(n), m.words)));
      if (told.length > 0 && new Set(told.map((m) => m.compact)).size === 1) return { instead: told[0]!.name };
    }
    // ("Grace Kim ... Kim, for his part, told Putin ...": a sex the sentence tells, where the one at hand has none
    // told but a given name the lists lean to the other sex, is not hers; the names mentioned are read instead.)
    if (want && last && !last.gender && leansOtherWay(want, words, last)) last = this.latestOfGender(words[0]!, want, ctx);
    const r = want && last && last.gender !== want ? (this.latestOfGender(words[0]!, want, ctx) ?? fitsWanted(want, words, last)) : fitsWanted(want, words, last);
    if (r) return { person: r };
    return { freshNamesake };
  }

  /**
   * Whether an untitled bare surname `w` that news style keeps for the one the text named first ("Hamish Vossen
   * ... His daughter, Marit Vossen, ...": `kinApart`) comes while the relative is at hand: they spoke or were the
   * subject of the sentence just before, in this paragraph ("His daughter, Marit Vossen, had a view. '...,' she
   * told us. She sighed. '...,' Vossen said."), and were not just set up to give this quote. The text is then on
   * the relative and the style on the other: no one is credited.
   */
  private kinJustAtHand(w: string, paragraph: number, ctx: SurnameContext): boolean {
    const kin = this.kinApart(w, paragraph);
    if (!kin) return false;
    const last = this.lastBySurname(w, ctx);
    if (!last || !kin.has(last.names.find((n) => nameWords(n).length >= 2) ?? '')) return false;
    if (ctx.sentenceOf.get(last) !== ctx.read.sentence - 1 || ctx.paragraphOf.get(last) !== paragraph) return false;
    // (Not when the sentence's own pronoun tells which: "Tamm said he would open on Sunday.")
    const here = ctx.read.textOf.get(ctx.read.sentence);
    // (And only for a bare surname in the sentence being read.)
    if (!here || !bareUsesIn(here.masked.slice(here.from, here.to), w).length || /\b(?:he|she|himself|herself)\b/iu.test(here.masked.slice(here.from, here.to))) return false;
    // (Nor a possessive before a word of kin of the other sex: "Tamm said his granddaughter had ...", `kin-possessive.ts`.)
    const possessive = kinPossessive(here.masked.slice(here.from, here.to), w);
    if (possessive && possessive.owner !== possessive.kin) return false;
    // (Nor an object pronoun of the kin's other sex, when no one else read so far is of it: "Her son, Jon Olsen,
    // said ... Olsen described her as": "her" is not the subject, so the subject is the son.)
    const object = ctx.read.objectPronounGender(w);
    if (object && last.gender && object !== last.gender && !ctx.locals.some((l) => l.kind === 'person' && l.gender === object && !l.names.some((n) => surnameOf(nameWords(n)) === w))) return false;
    return !this.kinSetUpJustBefore(last, w, ctx);
  }

  /**
   * `Explorer Tor Vik died in 1990. His widow, Eva Vik, gave his notebooks to a museum. ¶ "...," Vik wrote.`: an
   * untitled bare surname news style keeps for the one the text is about (`kinApart`), while the kin brought in
   * by full name, who has not spoken, was the subject of the paragraph's last sentence just before. Without a
   * stance that sets her up to speak ("was more blunt", "disagreed"; then the words are hers) or words of hers
   * that hand the text back ("said he had been ready"), either may be meant: no one. (In one paragraph,
   * `kinJustAtHand` reads it.)
   */
  private kinEndingParagraphBefore(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const kin = this.kinApart(w, paragraph);
    if (!kin) return false;
    const last = this.lastBySurname(w, ctx);
    const full = last?.names.find((n) => nameWords(n).length >= 2);
    if (!last || !full || !kin.has(full) || !last.mentionOnly) return false;
    if (ctx.sentenceOf.get(last) !== ctx.read.sentence - 1 || ctx.paragraphOf.get(last) !== paragraph - 1) return false;
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (!before) return false;
    const text = before.masked.slice(before.from, before.to);
    const at = text.indexOf(full);
    if (at < 0 || text.includes('_')) return false;
    if (SAYING_IN_SENTENCE.test(text)) return false;
    // (Past a clause or an age set off after the name: "His daughter, NAME, who keeps the books, was more blunt.")
    const after = text.slice(at + full.length).replace(/^,\s+[^,]*,/u, '').replace(/^,/u, '').trim();
    return !ATTITUDE.test(after);
  }

  /**
   * `Carla Dala has lived here for years. Her daughter, Sofia Dala, moved back in May. "...," Ms. Dala said.`: a
   * title and surname that fit both a holder the text is about and her kin brought in by full name, while the kin
   * was the subject of the sentence just before (same paragraph) and said nothing there. News style keeps the
   * titled surname for the one the text is about; the text is on the kin: no one rather than a guess. (The kin
   * speaking in the sentence before, "'...,' Sofia Dala said.", keeps it: the writer goes on with her.)
   */
  /**
   * `Dr. (Mrs.) Ada Vell ... Her husband, Prof. Tor Vell, ... "...," Mrs. Vell said.`: a title that tells a sex before a
   * surname two or more people named in full bear, exactly one of whom the text titled with a title of that sex right
   * before her (or his) full name, and no other of whom a title, a word of kin or the lists of first names show to be
   * of that sex: that one, whoever bore the surname last. Undefined otherwise (the ordinary reading goes on).
   */
  private holderTitledSo(words: readonly string[], role: string, paragraph: number, ctx: SurnameContext): { name: string; sex: 'm' | 'f' } | undefined {
    const want = titleGender(role);
    if (!want || words.length !== 1) return undefined;
    const w = words[0]!;
    const here = this.sentence(ctx);
    if (!here) return undefined;
    const firsts = new Map<string, NameMention[]>();
    for (const m of this.bearing(w)) {
      if (m.words.length < 2 || m.paragraph > paragraph || (m.paragraph === paragraph && m.at >= here.from)) continue;
      firsts.set(m.compact, [...(firsts.get(m.compact) ?? []), m]);
    }
    if (firsts.size < 2) return undefined;
    // ("Mrs. Ada Vell", "Dr. (Mrs.) Ada Vell": the title right before the full name, bracketed after another or not.)
    const titleOf = (sex: 'm' | 'f'): RegExp => sharedRegExp(String.raw`(?:^|[\s(])(?:${honorificPattern(sex)})\.?\)?\s+$`, 'u');
    const titledAs = (ms: readonly NameMention[], sex: 'm' | 'f'): boolean => ms.some((m) => titleOf(sex).test((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 24), m.at)));
    const titled = [...firsts.values()].filter((ms) => titledAs(ms, want));
    if (titled.length !== 1) return undefined;
    // No other holder of that sex by any sign: the title alone would not tell them apart.
    const others = [...firsts.values()].filter((ms) => ms !== titled[0]);
    if (others.some((ms) => ms.some((m) => mentionGender(m, w) === want) || titledAs(ms, want))) return undefined;
    // (Nor one the title before the full name gives the other sex: the text contradicts itself.)
    if (titledAs(titled[0]!, want === 'm' ? 'f' : 'm') || titled[0]!.some((m) => { const g = mentionGender(m, w); return g !== null && g !== want; })) return undefined;
    return { name: titled[0]![0]!.name, sex: want };
  }

  private titledKinJustNamed(words: readonly string[], role: string, paragraph: number, ctx: SurnameContext): boolean {
    const want = titleGender(role);
    if (!want || words.length !== 1) return false;
    const w = words[0]!;
    const kin = this.kinApart(w, paragraph);
    if (!kin) return false;
    const last = this.lastBySurname(w, ctx);
    const full = last?.names.find((n) => nameWords(n).length >= 2);
    if (!last || !full || !kin.has(full) || (last.gender && last.gender !== want)) return false;
    if (ctx.sentenceOf.get(last) !== ctx.read.sentence - 1 || ctx.paragraphOf.get(last) !== paragraph) return false;
    // (Another holder, not brought in as kin, of the title's sex or of none told: the one the text is about.)
    // (The sex the possessive opening the kin tells of the one named just before it counts: "Dr NAME ...; his daughter, Ms NAME2".)
    if (!this.endingIn(w).some((m) => !kin.has(m.name) && (mentionGender(m, w) ?? this.ownerOfKinAfter(m) ?? want) === want)) return false;
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (!before) return false;
    const text = before.masked.slice(before.from, before.to);
    return !text.includes('_') && !SAYING_IN_SENTENCE.test(text);
  }

  /**
   * Whether `s`, brought in as someone's kin, is the subject of the sentence just before this one, and this
   * sentence gives a quote: "His daughter, Yuki Abe, who keeps the books, was more blunt. '...,' Abe said." The
   * writer goes on with the one just set up to speak. Not when that sentence also points back to the one whose
   * kin they are ("His wife, Ingrid Creed, waved him off. '...,' Creed said." keeps the bare surname for him).
   */
  private kinSetUpJustBefore(s: LocalSpeaker, w: string, ctx: SurnameContext): boolean {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    if (!here || !here.masked.slice(here.from, here.to).includes('_')) return false;
    // (The bare surname credits the quote, as its sentence's subject or after "said": not "Dahl quoted Creed as saying".)
    const text = here.masked.slice(here.from, here.to);
    const use = bareUsesIn(text, w)[0];
    if (use === undefined || !/(?:^|_[\s,:;—–"”’'-]*|\b(?:said|says|added|adds|told|asked|wrote|writes)\s+)$/u.test(text.slice(0, use).trimStart())) return false;
    const k = ctx.read.sentence - 1;
    const before = ctx.read.textOf.get(k);
    if (!before || before.masked.slice(before.from, before.to).includes('_')) return false;
    // (A sentence giving words of theirs is no set-up: "His wife, Ilse Roe, said he had been ready for months."
    // leaves a bare "Roe" in the next quote's credit to him.)
    if (SAYING_IN_SENTENCE.test(before.masked.slice(before.from, before.to))) return false;
    const free = ctx.read.freeIn(k);
    const m = free.names.find((x) => bearsSurname(x, w) && s.names.some((n) => sameFullName(nameWords(n), x.words)));
    // (Its subject, or the name a sentence opens with after the word of kin: "His daughter, NAME, who keeps the
    // books, was more blunt.")
    if (!m || !(free.subjectLike(m) || opensOnPossessiveBefore(before.masked.slice(before.from, m.at)))) return false;
    const owner = introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at);
    if (owner === undefined) return false;
    const after = before.masked.slice(m.at + m.name.length, before.to);
    // (A sentence that only tells what the relative is or was, "Her father, NAME, was a diplomat for years.", or
    // tells of the relative's life, "..., was born in PLACE.", is background on the one the text is about, not a
    // turn to the relative: no set-up.)
    if (kinBackgroundAfter(after)) return false;
    const back = owner === 'm' ? /\b(?:he|him|his|himself)\b/iu : owner === 'f' ? /\b(?:she|her|hers|herself)\b/iu : /\b(?:they|them|their)\b/iu;
    return !back.test(after);
  }

  /**
   * Whether the bare one-word surname `words` is one the text kept for the first of two namesakes, the second's turn
   * past (`namesakeThreadLeft`), when the ordinary reading would give it to the second, the one last called by it:
   * no one then. (Two namesakes whose given names tell different sexes are left to the pronouns and roles that tell
   * them apart; one brought in as the other's kin is read by the readers of kin.)
   */
  private threadLeft(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const here = this.sentence(ctx);
    const pair = here ? namesakeThreadLeft(this.paragraphs, this.bearing(w), w, paragraph, here.from) : null;
    if (!pair) return false;
    const last = ctx.calledBySurname.get(w);
    if (!last || !last.names.some((n) => compactName(n) === pair.second.compact)) return false;
    const a = mentionGender(pair.first, w);
    const b = mentionGender(pair.second, w);
    if (a && b && a !== b) return false;
    return !this.broughtInAsKin(pair.first, w) && !this.broughtInAsKin(pair.second, w);
  }

  /**
   * `A driver who gave his name only as Mr Falk said .... The council leader, Ana Falk, no relation, said .... ¶
   * "...," Falk said.`: an untitled bare surname one person gave as all of their family name and someone named in
   * full only after that bears too. Either may be meant (news style may keep the bare surname for the one named in
   * full; the anonymous one has no other name): no one, unless the text has settled it by calling the one named in
   * full by the bare surname already, or the credit's sentence holds a pronoun that may tell which (the ordinary
   * reading weighs it). A holder named in full before the one who gave the surname alone is read as before
   * (`familyAloneSince`: the bare surname is the anonymous one's).
   */
  private familyAloneThenFullName(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const here = this.sentence(ctx);
    if (!here) return false;
    const k = this.paragraphs.findIndex((p, i) => i < paragraph && familyNameAlone([p], w));
    if (k < 0) return false;
    const at = familyNameAloneAt(this.paragraphs[k]!, w);
    if (at < 0) return false;
    const full = this.bearing(w).filter((m) => m.words.length >= 2 && (m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from)));
    // (Every holder named in full comes after the surname given alone.)
    if (!full.length || full.some((m) => m.paragraph < k + 1 || (m.paragraph === k + 1 && m.at < at))) return false;
    // (The text called someone by the bare surname once the one named in full was brought in: "Falk has held the
    // post since 2019." settles it on her, as the ordinary reading has it.)
    const first = full[0]!;
    for (let p = first.paragraph; p <= paragraph; p++) {
      const text = this.paragraphs[p - 1] ?? '';
      const from = p === first.paragraph ? first.at + first.name.length : 0;
      const to = p === paragraph ? here.from : text.length;
      if (bareUsesIn(text, w).some((u) => u >= from && u < to)) return false;
    }
    return !/\b(?:he|she|his|her|him|hers|himself|herself)\b/iu.test(here.text);
  }

  /**
   * Whether a paragraph up to `paragraph` (counted from 1) says the one-word name `w` was all the family name
   * given, and the person at hand `held` is named in full in none from there on.
   */
  private familyAloneSince(held: LocalSpeaker, w: string, paragraph: number): boolean {
    const at = this.paragraphs.findIndex((p, k) => k < paragraph && familyNameAlone([p], w));
    if (at < 0) return false;
    return !this.mentions.some((m) => m.paragraph > at + 1 && m.words.length >= 2 && held.names.some((n) => sameFullName(nameWords(n), m.words)));
  }

  /** The full name mentioned a bare surname `w` stands for when no person at hand is meant; undefined for none. */
  private mentionMeant(w: string, paragraph: number, want: 'm' | 'f' | null, kinApart: Set<string> | null, ctx: SurnameContext): NameMention | undefined {
    // A given name the text says was all the name given ("who gave only his first name, NAME") is no full name's
    // first word: one named in full later with it is someone else (`given-name-alone.ts`).
    if (givenNameAlone(this.paragraphs, w)) return undefined;
    // A bare word is a first name only when it is known as one ("Hillary"): "Trump" is not the first word of
    // "the Trump Train". Among full names ending in it, those opening with a known first name come first:
    // "Team Trump sees ..." and "Maybe Trump is ..." are no people beside the Donald Trump the text names.
    // A particle and a surname ("De Blasio") is a bare surname too, not the full name it stands for.
    // A name written family name first ("Ri Jong-su") is borne by its first word, though no list holds it as a
    // given name: a short family name no list knows is no less the bare "Ri" that means it.
    const otherTitled = want ? this.namedByOtherTitle(w, want, paragraph, ctx) : null;
    const afterBare = new Set(this.namedAfterBareHere(w, paragraph, ctx).map((m) => m.compact));
    const all = this.mentions.filter((m) => m.words.length >= 2 && !afterBare.has(m.compact) && !(m.words.length === 2 && PARTICLE.test(m.words[0]!)) && ((m.words[0] === w && (isKnownFirstName(w) || familyNameFirst(m.name))) || endsIn(m, w)) && !(want && (mentionGender(m, w) ?? mentionLean(m, w) ?? want) !== want) && !(want && this.toldOtherGender(m.compact, want, ctx, m.words)) && !otherTitled?.has(m.compact) && (!introducedAsRelationOf(this.paragraphs[m.paragraph - 1] ?? '', m.at, w) || this.speakingJustBefore(m, w, ctx)) && !passingAfterBareUse(this.paragraphs, this.mentions, m, w) && !passingNamesakeAfterBare(this.paragraphs, this.mentions, this.bearing(w), m, w, paragraph) && !(kinApart && kinApart.has(m.name)));
    // ('"...," Grace said.' after "the nurse Grace Ingram and the doctor Sam Grace": news style calls people by the
    // surname, so a bare word one full name ends on is not another's first name; the surname's bearer is meant.)
    // (The bearer's name opening on a given name: "Ask Joe", a quote's verb and a name, is no one whose surname is Joe.)
    const bySurname = all.some((m) => endsIn(m, w) && isKnownFirstName(m.words[0]!)) ? all.filter((m) => endsIn(m, w) || familyNameFirst(m.name)) : all;
    const named = bySurname.filter((m) => !endsIn(m, w) || !commonWordNotName(m.words[0]!));
    // (With none else, still not one whose common word opens a sentence or a quotation: "She writes, \"Maybe
    // Kask is right.\"" capitalises "Maybe" for where it stands, and names no Maybe Kask.)
    const candidates = named.length ? named : bySurname.filter((m) => !commonWordNotName(m.words[0]!) || TITLES.has(m.words[0]!.toLowerCase()) || !opensSentenceOrQuote(this.paragraphs[m.paragraph - 1] ?? '', m.at));
    // A title's gender prefers a name whose first name tells that gender.
    const told = want ? candidates.filter((m) => mentionGender(m, w) === want) : [];
    // (Before: in an earlier paragraph, or earlier in this one than the end of the sentence read; a long
    // paragraph's later "former President Bill Clinton" is not named before its "Clinton told reporters".)
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const namedBefore = (m: NameMention): boolean => m.paragraph < paragraph || (m.paragraph === paragraph && (!here || m.at < here.to));
    // (The title's preference for a name that tells its sex holds among those named before: '"...," Mrs. Kim said'
    // after "Kim Hye-sun, 81, a grandmother", whose given name no list sexes, is not the "Lina Kim" named only
    // further on; the earlier bearer the title fits is read as if no later one were told.)
    // (Not when the one named before was named jointly with another given name, "the parents, Orzun and Nurhane
    // Roe": the title may be the other's, whom the couple's mention holds too; the ordinary reading stays.)
    const toldBefore = told.filter(namedBefore);
    const jointly = (m: NameMention): boolean => /[\p{Lu}][\p{Ll}]+\s+and\s+$/u.test((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 30), m.at));
    const earlier = candidates.filter(namedBefore);
    const before = toldBefore.length || !told.length ? (told.length ? toldBefore : earlier) : earlier.some(jointly) ? [] : earlier;
    // Named only further on: the one person of that name, but no one when the text names two ("Clinton hints
    // at husband's job" above a report naming Bill and Hillary Clinton says which only later).
    const pool = told.length ? told : candidates;
    // (One brought in later as someone's kin, "her son, NAME", is not whom an earlier title and surname meant.)
    const ahead = pool.filter((m) => !m.kin);
    let pick = before.length ? before[before.length - 1] : new Set(ahead.map((m) => m.compact)).size === 1 && ahead.length === pool.length ? ahead[0] : undefined;
    // (Not when the text first gave the surname to someone named in a way no reading took up, "the pilot Amaka
    // (Ama) Okafor": the namesake named further on is someone else, `missed-namesake.ts`.)
    if (pick && !before.length && surnameFirstBorneByOther(this.paragraphs.join('\n\n'), w, [pick.name])) pick = undefined;
    // (Nor when the text said, before, that the surname was all the name someone gave, "a shopper who gave her name
    // only as Mrs Arden": the full name brought in only further on is someone else's, `given-name-alone.ts`.)
    if (pick && !before.length && this.paragraphs.some((p, k) => k < paragraph && familyNameAlone([p], w))) pick = undefined;
    // Two of the name brought in by one sentence ("Jane Roe and Ann Roe, sisters who ...", "Senator Tom Roe and
    // his wife, Ann Roe, ..."): the last named is not surer than the first. One brought in as the other's kin
    // keeps her full name in news style, so the bare surname is the other; with no kin between, nobody.
    if (pick && before.length >= 2) {
      const last = pick;
      // (The point of an abbreviation ends no sentence: "Dale Pruitt Sr. and Dale Pruitt Jr. both ran" is one.)
      const between = (m: NameMention): string => (this.paragraphs[last.paragraph - 1] ?? '').slice(m.at, last.at).replace(ABBREVIATION_POINT, '');
      const mate = before.filter((m) => m.compact !== last.compact && m.paragraph === last.paragraph && m.at < last.at && !/[.!?]/u.test(between(m))).at(-1);
      if (mate) {
        const kinOf = (m: NameMention): boolean => !!m.kin || introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at) !== undefined;
        // (Not a kin of the other's own sex joined to them by "and", "Anna Kerr and her sister Mia Kerr both teach": the
        // two stand side by side, and whom a bare surname means the style does not tell; `sameSexKinJoined`.)
        pick = this.sameSexKinJoined(mate, last, w) ? undefined : kinOf(last) && !kinOf(mate) ? mate : kinOf(mate) && !kinOf(last) ? last : this.subjectOfPair(mate, last);
      }
    }
    // ("Anna and Rolf Berger keep bees. Their son, Tim Berger, ... '...,' Tim Berger said. '...,' Berger said.": one of
    // a couple named jointly, both before, is no surer than the other: nobody.)
    if (pick && this.ofJointCouple(pick, before)) pick = undefined;
    // (The bare surname the text settled on one person, as above, over a namesake named in full since.)
    if (pick) {
      const settled = this.settledBySurname(w, paragraph, ctx);
      const settledNames = settled ? settled.names.map((n) => nameWords(n)) : [];
      const kept = before.filter((m) => settledNames.some((n) => sameFullName(n, m.words))).at(-1);
      const pickWords = pick.words;
      const picked = ctx.personByCompact.get(pick.compact) ?? ctx.locals.find((l) => l.kind === 'person' && l.names.some((n) => sameFullName(nameWords(n), pickWords)));
      if (kept && kept.compact !== pick.compact && this.mentionIndex(settledNames, w, ctx) < this.mentionIndex([pick.words], w, ctx) && !settledNames.some((n) => sameFullName(n, pick!.words)) && !this.namedJustBefore([pickWords], w, ctx) && !(picked && (ctx.everCalledBySurname.get(w)?.has(picked) || this.justTheSubject(picked, w, paragraph, ctx)))) pick = kept;
    }
    // ("The parents, Kofi and Ama Mensah, ... her son, Kwame Mensah. '...,' Mr. Mensah said.": the title fits the
    // son named last, but as well a holder named before him who was not brought in as kin; nobody at hand says
    // which, and the son named in passing is no surer than his father: no one.)
    if (pick && want && this.kinAfterTitledHolder(pick, w, want, ctx)) pick = undefined;
    return pick;
  }

  /**
   * Whether the full name `pick`, meant by a title of sex `want` and the surname `w`, was brought in as someone's
   * kin ("her son, Kwame Mensah") after the text named another holder of the surname whom the title fits too and
   * who was not brought in as kin: a full name before it, or a given name joined to one ("Kofi and Ama Mensah",
   * `joint-given-name.ts`). Not when the kin was just set up speaking ("Her son, NAME, said ...").
   */
  private kinAfterTitledHolder(pick: NameMention, w: string, want: 'm' | 'f', ctx: SurnameContext): boolean {
    if (!this.broughtInAsKin(pick, w) || this.speakingJustBefore(pick, w, ctx)) return false;
    const earlier = (m: NameMention): boolean => m.paragraph < pick.paragraph || (m.paragraph === pick.paragraph && m.at < pick.at);
    const fits = (g: 'm' | 'f' | null): boolean => (g ?? want) === want;
    // ("Roos X and her former husband, Gerrit X": the kin's possessive tells the sex of the holder it owns, the one named
    // just before in its sentence, whom no list may know.)
    const pickText = this.paragraphs[pick.paragraph - 1] ?? '';
    const ownerSex = introducedAsKin(pickText, pick.at) ?? kinSetOffAfter(pickText, pick.at, pick.name) ?? null;
    const owns = (m: NameMention): boolean => m.paragraph === pick.paragraph && !/[.!?]/u.test(pickText.slice(m.at, pick.at));
    for (const m of this.bearing(w)) {
      if (!earlier(m) || m.compact === pick.compact || m.words.length < 2) continue;
      const text = this.paragraphs[m.paragraph - 1] ?? '';
      const sex = mentionGender(m, w) ?? (owns(m) ? ownerSex : null);
      if (!this.broughtInAsKin(m, w) && fits(sex) && !this.toldOtherGender(m.compact, want, ctx, m.words)) return true;
      // (The partner joined to a full name by "and" bears the surname too, though the lists know no sex of theirs.)
      const joint = m.words.length === 2 && endsIn(m, w) ? jointGivenNameBefore(text, m.at) : null;
      if (joint && fits(firstNameGender(joint))) return true;
    }
    return false;
  }

  /**
   * Whether `s` was brought in flagged as no relation of a namesake ("the Rev. NAME, no relation, leads ...") and
   * was seen (spoke or was named) in this paragraph or the one before: the writer who flagged the clash then calls
   * the newcomer by the bare surname too, so the surname the text settled on someone else does not take it back.
   */
  private unrelatedAtHand(s: LocalSpeaker, paragraph: number, ctx: SurnameContext): boolean {
    if ((ctx.paragraphOf.get(s) ?? -9) < paragraph - 1) return false;
    // (Not when the sentence just before sets someone up by a description of their own: "The MP was unconvinced.
    // '...,' Zhumabayev said." is the MP, though the forwarder, no relation, spoke in the paragraph before.)
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (before && /^\s*The\s+(?![\p{Lu}][\p{Ll}])[\p{L}-]+/u.test(before.masked.slice(before.from, before.to))) return false;
    return s.names.some((n) => {
      if (nameWords(n).length < 2) return false;
      const flag = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(n)}(?![\p{L}])(?:,\s*|\s+(?:is|was)\s+)${NO_RELATION.source}`, 'u');
      return this.paragraphs.slice(0, paragraph).some((p) => flag.test(p));
    });
  }

  /**
   * Of two namesakes one sentence brings in, neither as kin, the one standing as its subject, a verb after the name,
   * when the other stands after a preposition: "NAME watched footage of North Korean leader Kim Jong Un shaking
   * hands" leaves a later bare "Kim" to the one who watched, not to the one in the footage. Undefined when the
   * sentence does not tell them apart so ("Jane Roe and Ann Roe, sisters, ...").
   */
  private subjectOfPair(a: NameMention, b: NameMention): NameMention | undefined {
    const text = this.paragraphs[a.paragraph - 1] ?? '';
    const start = Math.max(0, ...[...text.slice(0, a.at).matchAll(/[.!?]["”’]?\s/gu)].map((x) => x.index! + x[0].length));
    const stop = /[.!?](?:["”’]?\s|["”’]?$)/u.exec(text.slice(b.at + b.name.length));
    const end = stop ? b.at + b.name.length + stop.index : text.length;
    const governed = (m: NameMention): boolean => GOVERNED.test(text.slice(Math.max(start, m.at - 40), m.at));
    const subject = (m: NameMention): boolean => !governed(m) && verbAfter(text, m, end);
    if (subject(a) && governed(b)) return a;
    if (subject(b) && governed(a)) return b;
    return undefined;
  }

  /**
   * The person of that surname who last spoke or was a sentence's subject, under a name that is no common word's
   * ("Team Trump"), unless the text told that one's sex as a person's ("Her grandfather, Koto Roe, ... he said").
   */
  lastBySurname(surname: string, ctx: SurnameContext): LocalSpeaker | undefined {
    const list = ctx.bySurname.get(surname) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (!commonWordNotName(list[k]!.first) || list[k]!.s.genderSure) return list[k]!.s;
    return undefined;
  }

  /** The full names bearing surname `w` this sentence names after its first bare use of `w` ("Clinton declared of Hillary Clinton"). */
  private namedAfterBareHere(w: string, paragraph: number, ctx: SurnameContext): NameMention[] {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    if (!here) return [];
    const uses = bareUsesIn(here.masked.slice(here.from, here.to), w);
    if (!uses.length) return [];
    const at = here.from + uses[0]!;
    return this.bearing(w).filter((m) => m.paragraph === paragraph && m.at > at && m.at < here.to);
  }

  /**
   * The person the text has settled a bare surname on: the one it last called by it, else the full name its
   * first bare use in the narration, before this sentence, stood for (`firstBareReferent`), when that person is
   * known here.
   */
  private settledBySurname(w: string, paragraph: number, ctx: SurnameContext): LocalSpeaker | undefined {
    const called = ctx.calledBySurname.get(w);
    if (called) return called;
    const first = firstBareReferent(this.paragraphs, this.mentions, w);
    const here = ctx.read.textOf.get(ctx.read.sentence);
    if (!first || first.paragraph > paragraph || (first.paragraph === paragraph && here && first.at >= here.from)) return undefined;
    return ctx.personByCompact.get(compactName(first.name));
  }

  /**
   * `Kim Soo-min, an analyst, .... Kim has written .... ¶ Kim Jong-un also promised .... ¶ Kim notes that "..."`:
   * an untitled bare surname the subject of a writer's or analyst's verb ("notes", "argues", "writes";
   * `writers-verb.ts`), where the text's first bare use of the surname stood for one full name and, after it, the
   * text named in full another of the surname (not as someone's kin) and has not used the bare surname since. News
   * style keeps the bare surname for the first; the thread of the text would give it to the one just named
   * (`personAtHand`); the verb is the essay's, of one who studies the matter. The text does not settle it: no one.
   * (Read from the text alone: which of them the reading took a bare surname for earlier in this sentence does not
   * decide it.)
   */
  private writersVerbBesideNamesake(words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const w = words[0]!;
    const here = ctx.read.textOf.get(ctx.read.sentence);
    if (!here || !surnameWithWritersVerb(here.masked.slice(here.from, here.to), w)) return false;
    const first = firstBareReferent(this.paragraphs, this.mentions, w);
    const before = (p: number, at: number): boolean => p < paragraph || (p === paragraph && at < here.from);
    if (!first || !before(first.paragraph, first.at)) return false;
    const firstWords = nameWords(first.name);
    // (The other namesake, named in full after that first bare use and before this sentence.)
    const after = (m: NameMention): boolean => m.paragraph > first.paragraph || (m.paragraph === first.paragraph && m.at > first.at);
    const other = this.bearing(w).filter((m) => after(m) && before(m.paragraph, m.at) && !sameFullName(m.words, firstWords)).at(-1);
    if (!other || this.broughtInAsKin(other, w)) return false;
    // (Not one named as the author of a work, "NAME's book ... . SURNAME argues that ...": the verb fits them too,
    // and the text goes on with them.)
    if (this.bearing(w).some((m) => sameFullName(m.words, other.words) && before(m.paragraph, m.at) && namedAsAuthor(this.paragraphs[m.paragraph - 1] ?? '', m.at, m.name))) return false;
    // (No bare use of the surname in the narration since the other was named: the text has not settled it yet.)
    for (let p = other.paragraph; p <= paragraph; p++) {
      const uses = bareUsesIn(this.paragraphs[p - 1] ?? '', w);
      if (uses.some((at) => (p > other.paragraph || at > other.at) && before(p, at))) return false;
    }
    return true;
  }

  /**
   * Whether `s` is the one the text is on when a bare surname comes: the subject or speaker of this sentence or
   * the one before, or of a sentence earlier in this paragraph; not when the sentence that last named them
   * brought them in as someone's kin ("His father, Kim Jong Il, had ...").
   */
  private justTheSubject(s: LocalSpeaker, w: string, paragraph: number, ctx: SurnameContext): boolean {
    // (Named in full in the narration of this sentence or the one before, other than as someone's kin: "On
    // Sunday, at a rally, NAME rebuffed a heckler." read or not as that sentence's subject.)
    if (this.namedJustBefore(s.names.map((n) => nameWords(n)), w, ctx)) return true;
    const seen = ctx.sentenceOf.get(s) ?? -1;
    if (seen < ctx.read.sentence - 1 && ctx.paragraphOf.get(s) !== paragraph) return this.subjectOfParagraphBefore(s, w, paragraph, seen, ctx);
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const named = this.bearing(w).filter((m) => (m.paragraph < paragraph || (m.paragraph === paragraph && (!here || m.at < here.from))) && s.names.some((n) => sameFullName(nameWords(n), m.words))).at(-1);
    if (!named || named.paragraph !== ctx.paragraphOf.get(s)) return true;
    return !this.broughtInAsKin(named, w);
  }

  /**
   * Whether `s`, last seen in the sentence `seen` of the paragraph before, was named there in full as that
   * sentence's subject (not as someone's kin), and no one else of the surname `w` has been named in full since:
   * "The minister, Ada Pell, said ... ." then "'...,' Pell said." is the minister, though the text called an
   * assistant of that surname "Pell" before her. The text is on her, and the bare surname goes on with her.
   */
  private subjectOfParagraphBefore(s: LocalSpeaker, w: string, paragraph: number, seen: number, ctx: SurnameContext): boolean {
    if (seen < 0 || ctx.paragraphOf.get(s) !== paragraph - 1) return false;
    const own = (m: NameMention): boolean => s.names.some((n) => sameFullName(nameWords(n), m.words));
    const current = ctx.read.textOf.get(ctx.read.sentence);
    const opening = current && !/[\p{L}\p{N}]/u.test(current.masked.slice(0, current.from));
    const subjectIn = (k: number): NameMention | undefined => {
      const free = ctx.read.freeIn(k);
      const text = ctx.read.textOf.get(k);
      // (Or set off by a role without an article before its verb: "NAME, deputy chief of mission at ..., said",
      // when the bare surname's sentence opens its paragraph, no sentence of this one before it turning to someone
      // else ("The MP was unconvinced."), and the words set off are a role, not "no relation to ...".)
      const setOff = (m: NameMention): boolean => !!text && !!opening && setOffSubject(text.masked, m, text.from, text.to) && !saysNoRelation(text.masked.slice(text.from, text.to), m.name);
      return free.names.filter((m) => m.paragraph === paragraph - 1 && bearsSurname(m, w) && own(m) && (free.subjectLike(m) || setOff(m))).at(-1);
    };
    // ("Their coach, NAME, sat down. Asked about it, he said: '...'": a sentence naming no one of the surname,
    // whose words went to them by a pronoun, goes on from the sentence before that named them as its subject.)
    const named = subjectIn(seen) ?? (this.namesNoBearer(seen, w, ctx) ? subjectIn(seen - 1) : undefined);
    if (!named || this.broughtInAsKin(named, w)) return false;
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const since = (m: NameMention): boolean => (m.paragraph > named.paragraph || (m.paragraph === named.paragraph && m.at > named.at)) && (m.paragraph < paragraph || (m.paragraph === paragraph && (!here || m.at < here.from)));
    return !this.bearing(w).some((m) => since(m) && !own(m));
  }

  /** Whether the narration of sentence `k` names no one bearing the surname `w`, in full or bare. */
  private namesNoBearer(k: number, w: string, ctx: SurnameContext): boolean {
    const text = ctx.read.textOf.get(k);
    if (!text) return false;
    const narration = text.masked.slice(text.from, text.to);
    return !ctx.read.freeIn(k).names.some((m) => bearsSurname(m, w)) && !bareUsesIn(narration, w).length;
  }

  /**
   * Whether the narration of this sentence or the one before names one of `names` (words) in full as its subject
   * (a verb after it, not after "of" or "with"), other than as someone's kin.
   */
  private namedJustBefore(names: readonly (readonly string[])[], w: string, ctx: SurnameContext): boolean {
    const m = this.namedJustBeforeMention(w, ctx, names);
    return m !== undefined;
  }

  /** The last full name bearing `w` (one of `names`, if given) that `namedJustBefore` would find. */
  private namedJustBeforeMention(w: string, ctx: SurnameContext, names?: readonly (readonly string[])[]): NameMention | undefined {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const bare = here ? bareUsesIn(here.masked.slice(here.from, here.to), w)[0] : undefined;
    let found: NameMention | undefined;
    for (const k of [ctx.read.sentence - 1, ctx.read.sentence]) {
      const free = ctx.read.freeIn(k);
      for (const m of free.names) {
        // (In this sentence, only before its bare surname.)
        if (k === ctx.read.sentence && (bare === undefined || !here || m.at >= here.from + bare)) continue;
        if (free.subjectLike(m) && bearsSurname(m, w) && (!names || names.some((n) => sameFullName(n, m.words))) && (!this.broughtInAsKin(m, w) || this.speaksRightAfter(m))) found = m;
      }
    }
    return found ?? this.namedBeforeOwnPronoun(w, ctx, names);
  }

  /**
   * The one mention in full of the surname `w` in the paragraph before the question lines that end right before
   * `paragraph`, when that paragraph quotes no one and names no one else in full.
   */
  private namedBeforeQuestions(w: string, paragraph: number): NameMention | undefined {
    const k = paragraphBeforeQuestions(this.paragraphs, paragraph);
    if (k === null || /["“”«»]/u.test(this.paragraphs[k - 1] ?? '')) return undefined;
    const named = this.mentions.filter((m) => m.paragraph === k && m.words.length >= 2);
    return named.length === 1 && bearsSurname(named[0]!, w) ? named[0] : undefined;
  }

  /**
   * `Trader Piet Lind, 33, said clients had called. Nobody was buying, he said, "...". ¶ "...," Lind said.`: the
   * namesake named in full as the subject two sentences back, when the sentence between (in that one's
   * paragraph) names no one and goes on with a "he" or "she" of that namesake's gender: the text is still on them.
   */
  private namedBeforeOwnPronoun(w: string, ctx: SurnameContext, names?: readonly (readonly string[])[]): NameMention | undefined {
    const k = ctx.read.sentence - 2;
    const between = ctx.read.textOf.get(k + 1);
    const two = ctx.read.textOf.get(k);
    if (!between || !two || between.masked !== two.masked) return undefined;
    const pronoun = /\b(?:(he)|she)\b/iu.exec(between.masked.slice(between.from, between.to));
    if (!pronoun) return undefined;
    const gender = pronoun[1] ? 'm' : 'f';
    const free = ctx.read.freeIn(k);
    // ("Back to Marcus Dunstan, who has been watching. He notes that Putin ...": a sentence naming one person
    // alone, with no verb of theirs, hands the "He" opening the next sentence to that person all the same, and
    // names after that "He" do not take it.)
    const all = ctx.read.namedIn.get(k)?.named ?? [];
    const opens = /^\s*(?:He|She)\s/u.test(between.masked.slice(between.from, between.to)) && all.length === 1;
    if (!opens && ctx.read.namedIn.has(k + 1)) return undefined;
    return (opens ? all : free.names).filter((m) => (opens || free.subjectLike(m)) && bearsSurname(m, w) && (!names || names.some((n) => sameFullName(n, m.words))) && !this.broughtInAsKin(m, w) && (mentionGender(m, w) ?? gender) === gender).at(-1);
  }

  /** Whether `s`, of the bare surname `w`, is the one just named in full as a subject whose clause has them act on a relation of their own of the sex `want`. */
  private actsOnKinJustBefore(s: LocalSpeaker, w: string, want: 'm' | 'f' | null, ctx: SurnameContext): boolean {
    const m = this.namedJustBeforeMention(w, ctx);
    return !!m && s.names.some((n) => sameFullName(nameWords(n), m.words)) && actsOnOwnKin(this.paragraphs[m.paragraph - 1] ?? '', m, want);
  }

  /**
   * Whether a full name set off as someone's kin is the subject of a verb of saying right after it: "Crewe's
   * brother, Stephen Crewe, said the family ..." brings him in speaking, and a bare "Mr Crewe said" in the next
   * sentence goes on with him (where "His father, Kim Jong Il, had ..." leaves the bare surname to the one the
   * text is about). `speakingJustBefore`: so brought in, in this sentence or the one before.
   */
  private speakingJustBefore(m: NameMention, w: string, ctx: SurnameContext): boolean {
    return this.speaksRightAfter(m) && this.namedJustBeforeMention(w, ctx, [m.words]) !== undefined;
  }

  private speaksRightAfter(m: NameMention): boolean {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    return SPEAKS_AFTER_NAME.test(text.slice(m.at, m.at + 120));
  }

  /** Where the text first names in full one of `names` (words) bearing surname `w`: its place among the holders of `w`, or Infinity. */
  private mentionIndex(names: readonly (readonly string[])[], w: string, ctx: SurnameContext): number {
    const k = this.bearing(w).findIndex((m) => names.some((n) => sameFullName(n, m.words)));
    return k < 0 ? Infinity : k;
  }

  /** Whether the text names `a` in full before it names `b` in full (the namesake brought in later is `b`). */
  private namedFirst(a: LocalSpeaker, b: LocalSpeaker, w: string, ctx: SurnameContext): boolean {
    return this.mentionIndex(a.names.map((n) => nameWords(n)), w, ctx) < this.mentionIndex(b.names.map((n) => nameWords(n)), w, ctx);
  }

  /**
   * The full names of `surname` (last word, or first for names written family name first) the text has called by
   * the other gender's title: with two people of one surname
   * ("Park Jae-won" and "Park Min-ji") whose genders it never told, "Ms. Park's team" stands for the one of them
   * named last before it, and a later "Mr. Park" is then the other. Null unless two such full names share the
   * surname.
   */
  private namedByOtherTitle(surname: string, want: 'm' | 'f', paragraph: number, ctx: SurnameContext): Set<string> | null {
    // (Only names whose given names tell no gender: "Mr. Clinton" beside Bill and Hillary Clinton is read by them.)
    const named = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.length >= 2 && (endsIn(m, surname) || m.words[0] === surname) && mentionGender(m, surname) === null && !ctx.personByCompact.get(m.compact)?.genderSure);
    if (new Set(named.map((m) => m.compact)).size < 2) return null;
    const other = new RegExp(String.raw`(?:^|[^\p{L}])(?:${honorificPattern(want === 'm' ? 'f' : 'm')})\.?\s+${escapeRegExp(surname)}(?![\p{L}-])`, 'giu');
    const out = new Set<string>();
    for (let p = 1; p <= paragraph; p++) {
      const text = this.paragraphs[p - 1] ?? '';
      for (const hit of text.matchAll(other)) {
        const at = hit.index;
        // (Not a title the reading left to no one, `titledNamesakesOfUntoldSex`.)
        if (this.untoldTitles.get(p)?.some((u) => at >= u.from && at < u.to)) continue;
        const meant = named.filter((m) => m.paragraph < p || (m.paragraph === p && m.at < at)).at(-1);
        if (meant) out.add(meant.compact);
      }
    }
    return out.size ? out : null;
  }

  /**
   * Whether the person of the full name `compact` was shown by a title to be of the other gender: "Mr. Kim" is
   * not the Kim Soo-min the text has called "Ms. Kim", whatever her name's words tell.
   */
  private toldOtherGender(compact: string, want: 'm' | 'f', ctx: SurnameContext, words: readonly string[] = []): boolean {
    const l = ctx.personByCompact.get(compact);
    if (l?.genderSure && l.gender !== want) return true;
    // (So a mention that is the tail of a longer name of someone told of the other sex: "Ms Powell Rhys" of "Gwen
    // Powell Rhys", two surnames, is a woman, and no "Mr Rhys" after her is that mention's.)
    return words.length >= 2 && ctx.locals.some((x) => x.kind === 'person' && x.genderSure && x.gender !== null && x.gender !== want && x.names.some((n) => {
      const nw = nameWords(n);
      return nw.length > words.length && nw.slice(-words.length).every((w, k) => w === words[k]);
    }));
  }

  /** The person with a full name ending in `surname` and of gender `g` seen last, if any. */
  private latestOfGender(surname: string, g: 'm' | 'f', ctx: SurnameContext): LocalSpeaker | undefined {
    let best: LocalSpeaker | undefined;
    for (const l of ctx.locals) {
      if (l.kind !== 'person' || l.gender !== g) continue;
      if (!l.names.some((n) => nameWords(n).length >= 2 && nameWords(n).at(-1) === surname)) continue;
      if (!best || (ctx.sentenceOf.get(l) ?? -1) > (ctx.sentenceOf.get(best) ?? -1)) best = l;
    }
    return best;
  }

  /**
   * `Oskar Vell founded the mill. ¶ His grandson, Erik Vell, runs it now. Vell told reporters .... "...," he said.`:
   * an untitled bare surname `w` opening the sentence right before the one being read, which news style keeps for
   * the one the text named first (`kinApart`), while the relative brought in by full name, of the pronoun's sex or of
   * none told, was at hand as the subject of the sentence before that (in this paragraph or closing the one before):
   * the text is on the relative and the style on the other, so a pronoun going on with that reporter is no one's (as
   * `kinJustAtHand` reads a bare surname in the sentence being read).
   */
  kinAtHandBeforeReporter(w: string, want: 'm' | 'f' | null, paragraph: number, ctx: SurnameContext): boolean {
    const kin = this.kinApart(w, paragraph);
    if (!kin) return false;
    const last = this.lastBySurname(w, ctx);
    if (!last || !kin.has(last.names.find((n) => nameWords(n).length >= 2) ?? '')) return false;
    if (want && last.gender && last.gender !== want) return false;
    // (The relative may close the paragraph before, the reporter opening this one, as `kinEndingParagraphBefore` reads.)
    return ctx.sentenceOf.get(last) === ctx.read.sentence - 2 && (ctx.paragraphOf.get(last) ?? 0) >= paragraph - 1;
  }

  /**
   * `... His grandson, Erik Vell, runs it now. Vell told reporters .... "...," Vell said.`: the same for the bare
   * surname of the quote's own credit, going on from the sentence right before that opened on it
   * (`kinAtHandBeforeReporter`); not when the credit's sentence has a pronoun that may tell which.
   */
  private kinAtHandBeforeBareSurname(w: string, paragraph: number, ctx: SurnameContext): boolean {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    const before = ctx.read.textOf.get(ctx.read.sentence - 1);
    if (!here || !before) return false;
    const text = here.masked.slice(here.from, here.to);
    if (!bareUsesIn(text, w).length || /\b(?:he|she|himself|herself)\b/iu.test(text)) return false;
    const prior = before.masked.slice(before.from, before.to);
    const opens = bareUsesIn(prior, w)[0];
    if (opens === undefined || prior.slice(0, opens).trim() !== '') return false;
    return this.kinAtHandBeforeReporter(w, null, paragraph, ctx);
  }

  /**
   * `Ambassador Lee Jun-ho ... Lee Min-ji ... said .... "...," Lee replied to her.`: a bare surname two people named
   * in full before bear, whose verb replies "to him/her": the one at hand is as likely the one replied to as the one
   * replying, and the text does not say which bearer speaks, so no one rather than the one last at hand.
   */
  private replyToPronounNamesakes(name: string, words: readonly string[], paragraph: number, ctx: SurnameContext): boolean {
    if (words.length !== 1) return false;
    const here = this.sentence(ctx);
    if (!here) return false;
    const at = here.text.indexOf(name.trim());
    if (at < 0 || !REPLY_TO_PRONOUN.test(here.text.slice(at + name.trim().length))) return false;
    const full = new Set<string>();
    for (const m of this.bearing(words[0]!)) if (m.words.length >= 2 && (m.paragraph < paragraph || (m.paragraph === paragraph && m.at < here.from))) full.add(m.compact);
    return full.size >= 2;
  }

  /** Where the sentence being read opens in its paragraph, and its narration (quotes masked); undefined before any. */
  private sentence(ctx: SurnameContext): { from: number; text: string } | undefined {
    const here = ctx.read.textOf.get(ctx.read.sentence);
    return here ? { from: here.from, text: here.masked.slice(here.from, here.to) } : undefined;
  }
}

/**
 * `l` when it may be the person wanted: no gender wanted, or `l`'s gender (or that of its first name before the
 * bare surname `words`) is not the other. (Module functions, not closures made per call: a person is resolved
 * for nearly every sentence, and each named closure costs a property definition when made.)
 */
export function fitsWanted(want: 'm' | 'f' | null, words: readonly string[], l: LocalSpeaker | undefined): LocalSpeaker | undefined {
  if (!l || !want) return l;
  const g = l.gender ?? (words.length === 1 ? givenNameGender(l.names, words[0]!) : null);
  return g && g !== want ? undefined : l;
}

/** The sex the name lists lean to for the given name before the surname `w` of a full name mentioned ("Grace Kim"), if any. */
function mentionLean(m: NameMention, w: string): 'm' | 'f' | null {
  return endsIn(m, w) && m.words[0] !== w ? listsLeanSex(m.name.split(/\s+/u)[0]!) : null;
}

/**
 * Whether `l`, of no sex told, bears the bare surname `words` after a given name that the name lists lean to the
 * sex other than `want` ("Grace", which stdlib lists for men too, leans to women): a lean, weighed only against a
 * sex the text tells.
 */
function leansOtherWay(want: 'm' | 'f', words: readonly string[], l: LocalSpeaker): boolean {
  if (words.length !== 1) return false;
  for (const n of l.names) {
    const w = nameWords(n);
    if (w.length < 2 || w[w.length - 1] !== words[0] || w[0] === words[0]) continue;
    const lean = listsLeanSex(n.split(/\s+/u)[0]!);
    if (lean) return lean !== want;
  }
  return false;
}

/** Whether the bare word `w` (lower case, as name words are kept) stands in `text` with a description set off after it ("Eli, a farmer", "Eli, Dunn's son"). */
function appositiveAfter(text: string, w: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return false;
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    if (at > 0 && /[\p{L}]/u.test(text[at - 1]!)) continue;
    if (/^,\s+(?:a|an|the|his|her|their|one|[\p{Lu}][\p{L}-]*['’]s)\s/u.test(text.slice(at + w.length))) return true;
  }
  return false;
}

/** Whether `at` in `text` opens the paragraph, a sentence or a quotation (where a common word is capitalised for its place). */
function opensSentenceOrQuote(text: string, at: number): boolean {
  return /(?:^|[.!?]['’"”]?\s+|["“‘]\s*)$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
}

/**
 * Whether the full name at `m` stands in a quote's credit ('"...," Jon Vik said', '"...," said Jon Vik') or owns
 * what follows ("Jon Vik's comments"): a mention that names the person without making them the one the text goes on with.
 */
function namedInCreditOrOwning(paragraph: string, m: NameMention): boolean {
  const end = paragraph.indexOf(m.name, m.at);
  if (end < 0) return false;
  if (/^['’]s\b/u.test(paragraph.slice(end + m.name.length))) return true;
  return /[,?!]\s*["”'’]{1,2}\s*(?:(?:said|says|added|adds|told|tells|wrote|writes)\s+)?$/u.test(paragraph.slice(Math.max(0, end - 16), end));
}

/**
 * Where the given name joined by "and" right before the two-word full name `m` stands in `text` ("Ana" of "Ana and
 * Rolf Brenn"): read by `jointGivenNameBefore`, or a mention of the same surname filed at a word right there; else null.
 */
function jointPartnerAt(text: string, m: NameMention, mentions: readonly NameMention[]): number | null {
  const read = jointGivenNameBefore(text, m.at);
  if (read) return text.lastIndexOf(read, m.at);
  const filed = mentions.find((o) => o !== m && o.paragraph === m.paragraph && o.at < m.at && o.words.length === 2 && o.words[1] === m.words[1] && /^[\p{Lu}][\p{Ll}]+\s+and\s+$/u.test(text.slice(o.at, m.at)) && text.slice(o.at).toLowerCase().startsWith(o.words[0]!));
  return filed ? filed.at : null;
}

// A verb of reply to a pronoun right after the name: "replied to her", "retorted to him".
const REPLY_TO_PRONOUN = /^\s+(?:replied|responded|retorted|answered)\s+(?:to\s+)?(?:her|him)\b/iu;
