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
 * The first bare use of a surname in the narration (`established-surname.ts`) and a namesake set off by a
 * description ("A second Lund, Maria Lund, ...", `namesake-subject.ts`) are read by their own files, re-exported
 * here so that the readers of surnames have one door. What the document's reading has done so far (who spoke,
 * who was called by the surname alone) comes from the caller through `SurnameContext`.
 */
import type { LocalSpeaker } from './local-speaker.ts';
import { genderOfName, titleGender } from './local-speaker.ts';
import type { NameMention } from './name-mentions.ts';
import { compactName, lexTags, nameWords, sameFullName, surnameOf } from './names.ts';
import { bearsSurname } from './established-surname.ts';
import { endsInSurname, listedGivenName, middleSurnameHolders } from './double-surname.ts';
import { firstNameIntroducedAsKin, introducedAsKin, introducedAsRelationOf, spouseFirstNames } from './relation-apart.ts';
import { commonWordNotName, firstNameGender, isKnownFirstName } from './first-names.ts';
import { TITLES } from './speaker-phrases.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';

export { bareUsesIn, bearsSurname, firstBareReferent, namedInFullAfterBare } from './established-surname.ts';
export { namesakeName } from './namesake-subject.ts';

/** The path a titled bare surname takes when two relatives of its gender bear it (see `kinNamesakes`). */
export const KIN_NAMESAKES = 'name: a titled surname two relatives bear';
/** The path a titled bare surname takes when it is a spouse the text named by first name (see `spouseOfSurname`). */
export const SPOUSE_BY_FIRST_NAME = 'name: a titled surname for a spouse named by first name';

// "Miller, no relation, said": the aside that flags two unrelated people of one surname.
const NO_RELATION = /\bno\s+relation\b/u;
// A month or weekday opening a run ("a June Trump rally", "Monday Saleh said") is no first name.
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`, 'iu');

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

/** Whether the sentence `text` sets "no relation" off right after the bare name: "Miller, no relation, said". */
export function saysNoRelation(text: string | undefined, name: string): boolean {
  if (text === undefined) return false;
  const at = text.indexOf(name);
  return at >= 0 && /^(?:,|\s*\()\s*no\s+relation\b/iu.test(text.slice(at + name.length));
}

/** What the document's reading so far tells the readers of surnames (kept by `DocumentSpeakers`). */
export interface SurnameContext {
  /** Where the sentence being read opens in its paragraph, and its narration (quotes masked); undefined before any. */
  sentence(): { from: number; text: string } | undefined;
  /** The person of that surname who last spoke or was a sentence's subject. */
  lastBySurname(w: string): LocalSpeaker | undefined;
  /** The paragraph where the person was last named or spoke. */
  paragraphOf(s: LocalSpeaker): number | undefined;
  /** The people read so far. */
  readonly locals: readonly LocalSpeaker[];
  /** The one the text last called by the bare surname, and everyone it has called so. */
  calledBySurname(w: string): LocalSpeaker | undefined;
  everCalledBySurname(w: string): ReadonlySet<LocalSpeaker> | undefined;
  /** The last full name bearing `w` named as the subject of this sentence (before the bare surname) or the one before, other than as kin. */
  namedJustBeforeMention(w: string): NameMention | undefined;
  /** Whether some person read so far has `w` as the first or last word of a name. */
  hasPersonEnding(w: string): boolean;
}

/**
 * What a bare surname (with its title, if any) means when the table settles it: `person` null credits no one;
 * a name is the person to read instead, with the sex the title tells when it is to be noted on them.
 * `path` is the attribution path to report, or null to keep the ordinary one.
 */
export type SurnameReading = { path: string; person: null } | { path: string | null; person: string; titled: boolean; sex: 'm' | 'f' | null };

/** The table of one document's holders of each surname, and the readers that ask it. */
export class SurnameHolders {
  /** Surname → the full names (two words or more) whose English surname it is, in reading order. */
  private readonly ending = new Map<string, NameMention[]>();
  /** Surname → the full names bearing it (`bearsSurname`: the first word of a name written family name first), in reading order. */
  private readonly bearers = new Map<string, NameMention[]>();
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
    return !!m.kin || introducedAsKin(text, m.at) !== undefined || introducedAsRelationOf(text, m.at, w);
  }

  /**
   * The full names ending in `surname` that the text brought in as someone's kin ("His wife, Marguerite Ross"),
   * when another full name ending in it was not: null when there is no such pair (the common case).
   */
  kinApart(surname: string): Set<string> | null {
    const ofName = this.endingIn(surname);
    if (ofName.length < 2) return null;
    const kin = new Set<string>();
    // (Or named by a first name alone as kin before: "His wife, Jane, ..." and later "Jane Sanders".)
    const kinOwner = (m: NameMention): 'm' | 'f' | null | undefined => introducedAsKin(this.paragraphs[m.paragraph - 1] ?? '', m.at) ?? firstNameIntroducedAsKin(this.paragraphs, m.paragraph, m.name.split(/\s+/u)[0]!);
    for (const m of ofName) {
      const owner = kinOwner(m);
      if (owner === undefined) continue;
      // Only the kin of someone of that surname named before, of the possessive's gender ("Her husband, Pavel
      // Orlov" after "Galina Orlova" is no relative of an earlier "Vasily Orlov", whose bare name he may take).
      const before = ofName.filter((o) => o.name !== m.name && (o.paragraph < m.paragraph || (o.paragraph === m.paragraph && o.at < m.at)));
      if (before.some((o) => !owner || genderOfName(o.name) === owner)) kin.add(m.name);
    }
    for (const m of ofName) if (kinOwner(m) === undefined) kin.delete(m.name);
    return kin.size && ofName.some((m) => !kin.has(m.name)) ? kin : null;
  }

  /**
   * What a bare surname means when the text gave it to more than one person and a reader below settles it;
   * undefined when none does, and the ordinary reading goes on. (The readers are asked in this order.)
   */
  read(name: string, role: string | null, paragraph: number, ctx: SurnameContext): SurnameReading | undefined {
    const double = this.doubleSurname(name, paragraph, ctx);
    if (double === null) return { path: 'name: a surname two people bear', person: null };
    if (!role && this.unrelatedNamesakes(name, paragraph, ctx)) return { path: 'name: a surname the text gave two unrelated people', person: null };
    if (role && this.kinNamesakes(name, role, paragraph, ctx)) return { path: KIN_NAMESAKES, person: null };
    if (!role && this.namesakesBroughtInTogether(name, paragraph, ctx)) return { path: 'name: a surname two people named in one paragraph bear', person: null };
    const spouse = role ? this.spouseOfSurname(name, role, paragraph) : undefined;
    if (spouse === null) return { path: SPOUSE_BY_FIRST_NAME, person: null };
    if (spouse !== undefined) return { path: SPOUSE_BY_FIRST_NAME, person: spouse, titled: false, sex: titleGender(role)! };
    return double === undefined ? undefined : { path: null, person: double, titled: true, sex: null };
  }

  /**
   * A bare surname read as the first of two surnames (`double-surname.ts`): the full name it stands for, null
   * when it is as much another person's last word and the text has not shown which way it names people, or
   * undefined when no three-word name holds it in the middle.
   */
  private doubleSurname(name: string, paragraph: number, ctx: SurnameContext): string | null | undefined {
    const words = nameWords(name);
    // "García Márquez" after "Gabriel García Márquez": both surnames, without the first name.
    if (words.length === 2) {
      const whole = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.length === 3 && m.words[1] === words[0] && m.words[2] === words[1] && listedGivenName(m.words[0]!));
      return new Set(whole.map((m) => m.compact)).size === 1 ? whole[0]!.name : undefined;
    }
    // (A bare given name, "Paul" beside "John Paul Jones", goes the ordinary way.)
    if (words.length !== 1 || lexTags(words[0]!).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return undefined;
    const w = words[0]!;
    const middle = middleSurnameHolders(this.paragraphs, name.trim(), paragraph);
    if (middle.length !== 1) return undefined;
    const ends = endsInSurname(this.mentions, w, paragraph);
    if (!ends && ctx.hasPersonEnding(w)) return undefined;
    if (ends && !this.middleSurnames) return null;
    this.middleSurnames = true;
    return middle[0]!;
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
    if (words.length !== 1 || /\s/u.test(name.trim()) || saysNoRelation(ctx.sentence()?.text, name)) return false;
    const w = words[0]!;
    // One of them named or quoted in this paragraph or the one before is the one the surname goes on with.
    const last = ctx.lastBySurname(w);
    if (last && (ctx.paragraphOf(last) ?? -9) >= paragraph - 1) return false;
    const holders = this.endingIn(w);
    if (holders.some((m) => m.paragraph >= paragraph - 1 && m.paragraph <= paragraph)) return false;
    const full = new Set(holders.filter((m) => m.paragraph <= paragraph).map((m) => m.compact));
    for (const l of ctx.locals) {
      if (l.kind !== 'person') continue;
      for (const n of l.names) {
        const nw = nameWords(n);
        if (nw.length >= 2 && nw[nw.length - 1] === w) full.add(compactName(n));
      }
    }
    if (full.size < 2) return false;
    const escaped = name.trim().split(/\s+/u).pop()!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const flag = new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])[^.!?]{0,60}?${NO_RELATION.source}`, 'u');
    return this.paragraphs.slice(0, paragraph).some((p) => flag.test(p));
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
    const called = [...(ctx.everCalledBySurname(w) ?? [])];
    return !called.some((c) => c.names.some((n) => names.has(compactName(n))));
  }

  /**
   * Whether a bare surname falls on two people of that surname whom one paragraph brought in together ("Ahmed
   * Saleh, the party leader, ... and their deputies, Mona Fares and Yusuf Saleh"), the text having called
   * neither by it yet, nor made either the subject of this sentence or the one before: the one named last is no
   * better guess than the other, and nobody is credited. (One brought in as the other's kin, "his wife, NAME",
   * is left to the rules on kin.)
   */
  private namesakesBroughtInTogether(name: string, paragraph: number, ctx: SurnameContext): boolean {
    const words = nameWords(name);
    if (words.length !== 1 || /\s/u.test(name.trim())) return false;
    const w = words[0]!;
    if (ctx.calledBySurname(w) || ctx.everCalledBySurname(w)?.size) return false;
    if (ctx.namedJustBeforeMention(w)) return false;
    const here = ctx.sentence();
    // (Full names only: "Team Trump", "Senator Trump" name no second person.)
    const before = this.bearing(w).filter((m) => (m.paragraph < paragraph || (m.paragraph === paragraph && (!here || m.at < here.from))) && !commonWordNotName(m.words[0]!) && !TITLES.has(m.words[0]!.toLowerCase().replace(/\.$/u, '')) && !CALENDAR_WORD.test(m.words[0]!));
    // Each full name where the text first gives it.
    const firsts = new Map<string, NameMention>();
    for (const m of before) if (!firsts.has(m.compact)) firsts.set(m.compact, m);
    if (firsts.size !== 2) return false;
    const [a, b] = [...firsts.values()];
    if (a!.paragraph !== b!.paragraph || a!.words.join(' ') === b!.words.join(' ')) return false;
    // (Two forms of one person's name, "Ahmed Saleh" and "Ahmed al-Saleh", are one person.)
    if (a!.words[0] === b!.words[0]) return false;
    if (this.broughtInAsKin(a!, w) || this.broughtInAsKin(b!, w)) return false;
    // Neither has spoken or been a subject since (the bare surname would go on with that one).
    return !ctx.lastBySurname(w);
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
}
