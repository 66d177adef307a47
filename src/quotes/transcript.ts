/**
 * Speech in a transcript: paragraphs that open with the speaker's name and a colon and give the words without
 * quotation marks ("PUTIN: That's why we came here.", "Vladimir Putin: I am very glad to see you."), and the
 * paragraphs of the same turn after them.
 *
 * Prose has lines of the same shape ("Note: the talks went on.", "Summary: ...", a heading "Analysis: what Kim
 * wants"), so a label is read as a speaker only when it reads as a person's name and the words after it end as
 * a sentence does:
 * - a label in capitals ("PUTIN:", "KIM JONG UN:"), the transcript convention, whose words are names: known to
 *   the lexicon as a person's name, written with a capital by WordNet, unknown to WordNet as a common word, or
 *   named in the document's own prose ("Trump" is a common word, but not in a report that names Donald Trump);
 * - or a name of two or more capitalised words ("Vladimir Putin:", "Kim Jong Un (retranslated):") whose words
 *   are names in the same sense, with no quotation in its words, when the document holds at least two such
 *   turns and one speaks in the first or second person (a "Jane Doe: her plan" line is as likely a heading).
 * A label in capitals alone in its document must speak in the first or second person ("PUTIN: That's why we
 * came here."; not "HUFFPOLLSTER: Voters May Have ...") and not open the text (a dateline); a place
 * ("MOSCOW:") is never a speaker. Words in capitals or title case after a label are a
 * headline ("UN: PEACEKEEPERS PAYING ...", "AP: A Seismic Shift Among Voters"), never a turn.
 * A questioner's label ("Question:", "Q:", "REPORTER:") is a turn nobody named speaks: it is speech, never
 * credited, and it ends the turn before. A paragraph with no label right after a turn continues it when it
 * speaks in the first or second person ("We have a lot to talk about ...") and holds no quotation marks;
 * any other paragraph (narration: "After the talks, the leaders took questions.") ends the turn.
 * The words shown are the paragraph's own, from the first character after the label to its end.
 * A broadcast script's sound bite, "[PUTIN, through interpreter]: "..."", is a turn as a label in capitals is,
 * its words those inside the quotation marks when the marks hold them all.
 * A Westminster record's label ("Jane Doe (Ashfield) (Lab):", "The Minister for Trade (Jane Doe):") shows the
 * document a record of speeches by its shape: there, the members' later bare-name turns ("Jane Doe:") may hold
 * quotations of their own.
 * An interview's questions stand under a questioner's label or the publication's own name ("TIDEWATCH:" in
 * Tidewatch): those turns ask, and their "you" is the one person answering (`interviewedSpeaker`).
 */
import { partySeatLabel } from './party-seat-label.ts';
import { boldLabel, fullLabelBefore, type BoldLabel } from './bold-label.ts';
import { findQuoteSpans } from './attribution.ts';
import { lexTags, PERSON_TAGS } from './names.ts';
import { isKnownFirstName } from './first-names.ts';
import { parseSpeakerPhrase, TITLES } from './speaker-phrases.ts';
import { properNoun, senseWords, wordnetAvailable } from '../text/wordnet.ts';
import { introducedInterviewee } from './interviewee.ts';
import { selfIntroducedLabels } from './self-introduced-host.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

/** One paragraph of a transcript's turn: who speaks (the label as a name, or null for a questioner) and where the words are. */
export interface TranscriptTurn {
  /** The speaker's name in the document's own casing ("Putin" for "PUTIN"), or null for a questioner. */
  speaker: string | null;
  /** Where the spoken words start and end in the paragraph. */
  start: number;
  end: number;
  /** The paragraph continues the turn of the paragraph before (it has no label of its own). */
  continued: boolean;
  /** The office the label gives its speaker, if any ("Minister for Health"). */
  role?: string;
  /** The interviewer's turn: a questioner's label ("Q:", "Interviewer:") or the publication's name ("TIDEWATCH:"). */
  asks?: boolean;
}

// (A Scottish or Irish "Mc" keeps its small letter in capitals: "DR. PATRICK McGANN:".)
const CAPS_LABEL = /^((?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’.-]*){0,3})(?:[ \t]*\([^()]{1,40}\))?:[ \t]+/u;
// "[PUTIN, through interpreter]: ", "[Jane Roe, Port Authority]: ": a name in brackets, what follows a comma left out.
const BRACKET_LABEL = /^\[([\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,3})(?:,[^\[\]]{1,60})?\]:?[ \t]+/u;
// Words wholly inside one pair of double quotation marks, ending as a sentence does.
const WHOLLY_QUOTED = /^["“]([^"“”]+[.!?…])["”]$/u;
// A rush transcript's label: the name in capitals, then after a comma the speaker's role in capitals ("CAROL
// ROE, ANB ANCHOR:", "JANE DOE (RET.), MILITARY ANALYST:", "IVAN PETROV, MAYOR (through translator):"); the role may
// name where after a second comma ("JANE DOE, FORMER COMMANDER, U.S. FORCES KOREA:").
const CAPS_ROLE_LABEL = /^([\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){1,3})(?:[ \t]*\([^()]{1,20}\))?,[ \t]+[\p{Lu}\p{N}][\p{Lu}\p{N}'’.&\/ -]{1,80}?(?:,[ \t]+[\p{Lu}\p{N}][\p{Lu}\p{N}'’.&\/ -]{1,60}?)?(?:[ \t]*\([^()]{1,40}\))?:[ \t]+/u;
// A legislature's hearing record: a title in ordinary case, the surname in capitals, a full stop ("Senator
// WHITCOMBE. ", "Mr. OKONKWO-HART. ", "Mr. ROE of Ohio. "), or the chair by office ("The CHAIRMAN. "). (The record
// keeps a "Mc" or "Mac" in small letters, "Mr. McGANN. ": still a surname in capitals, and a turn of its own, so
// the words are not run on as the last labelled speaker's.)
const RECORD_LABEL = /^(?:The[ \t]+(CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER|PRESIDENT|PRESIDING OFFICER|VICE CHAIRMAN|ACTING CHAIRMAN)|((?:Senator|Representative|Delegate|Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Chairman|Chairwoman|Ambassador|General|Admiral|Secretary|Governor)[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’-]+(?:[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’-]+)?)(?:[ \t]+of[ \t]+[\p{Lu}][\p{Ll}]+(?:[ \t]+[\p{Lu}][\p{Ll}]+)?)?)\.[ \t]+(?=[\p{Lu}\p{N}"“[(])/u;
// A parliament's Hansard: a title in ordinary case and the surname in capitals, perhaps the seat and office and
// the time in parentheses, then a colon ("Mr ROE (Ashfield) (14:02): ", "Ms DOE (Kew—Minister for Health):
// ", "Mr ROE: "), or the chair by office ("The SPEAKER: ").
const HANSARD_LABEL = /^(?:The[ \t]+(SPEAKER|DEPUTY[ \t]+SPEAKER|PRESIDENT|DEPUTY[ \t]+PRESIDENT|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON)|((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’-]+(?:[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’-]+)?))((?:[ \t]*\([^()]{1,80}\)){0,2}):[ \t]+(?=[\p{Lu}\p{N}"“[(])/u;
// A Westminster record's member: a name in ordinary case, perhaps after a title, then the seat, the party and
// any business in two or three parentheses ("Mr Jon Roe (Kewford North) (Con) (Urgent Question): ", "Jane Doe
// (Ashfield) (Lab): ").
const MEMBER_LABEL = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3})((?:[ \t]*\([^()]{1,60}\)){2,3}):[ \t]+/u;
// A minister by office, the name in parentheses: "The Minister for Trade (Jane Doe): ", "The Secretary of State
// for Defence (Mr Jon Roe): ".
const OFFICE_LABEL = /^The[ \t]+([\p{Lu}][\p{L}'’-]*(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]*|of|for|the|and)){0,10})[ \t]*\(((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){1,3})\):[ \t]+/u;
// An office after the seat and a dash inside the label's parentheses: "(Kew—Minister for Health)".
// The seat, the first parenthesis when it holds no time and no office: "Mr ROE (Ashfield) (14:02):".
const HANSARD_SEAT = /^[ \t]*\(([\p{Lu}][\p{L}'’ -]{1,40})\)/u;
const HANSARD_OFFICE = /\([^()]*?[—–-][ \t]*([\p{Lu}][^()]{2,60})\)/u;
// A member's words may break off: "Mr Speaker, on a point of order—".
const BROKEN_OFF = /[—–][\s"'”’)]*$/u;
// Anything a label in capitals might be: no paragraph opening so continues the turn before it.
const CAPS_OPENING = /^[\p{Lu}][^\p{Ll}:\n]{1,100}(?:\([^()]{1,40}\)[^\p{Ll}:\n]{0,60})?:\s/u;
const NAME_LABEL = /^([\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,3})(?:[ \t]*\([^()]{1,40}\))?:[ \t]+/u;
// Turns nobody named speaks: the questioner's, and the answer's of an interview that names its subject only
// in the prose ("Q: ... A: ...").
// So are a rush transcript's voices it cannot name ("UNIDENTIFIED MALE:"), two of whom are seldom one person.
const QUESTIONER = /^(?:q|a|question|questions|answer|reporter|reporters|journalist|journalists|audience|audience member|moderator|interviewer|host|unidentified (?:male|female|man|woman|speaker|voice|person))$/iu;
// A numbered host or presenter in capitals: "HOST 1: ", "PRESENTER 2: ".
const NUMBERED_HOST_LABEL = /^(?:HOST|PRESENTER|CO-HOST|COHOST)[ \t]+\d{1,2}:[ \t]+/u;
// Of those, the labels of the one putting the questions, whose "you" is the one answering.
const ASKER = /^(?:q|question|questions|interviewer|moderator|host)$/iu;
// Of those, the parts a person plays under her own name, who may introduce herself in her first turn.
const SELF_NAMING_PART = /^(?:interviewer|moderator|host)$/iu;
// The words end as a sentence does, perhaps inside a closing quotation mark or bracket.
const SENTENCE_END = /[.!?…][\s"'”’»)\]]*$/u;
const OPENS_QUOTE = /^["“”«‘'„]/u;
const FIRST_OR_SECOND_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|we|we're|we’re|we've|we’ve|we'll|we’ll|us|our|ours|you|your|yours)(?![\p{L}'’])/iu;
const QUOTE_MARK = /["“”«»„]|''|``/u;

/** Whether the text holds a quotation of any style, or a mark that may open one. */
function hasQuotes(text: string): boolean {
  if (QUOTE_MARK.test(text)) return true;
  try {
    return findQuoteSpans(text).length > 0;
  } catch {
    return true;
  }
}

/** Whether words are written as a headline, most longer words capitalised ("A Seismic Shift Among Voters"). */
function titleCase(text: string): boolean {
  const long = text.split(/\s+/u).filter((w) => /^[\p{L}]{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^[\p{Lu}]/u.test(w)).length >= 0.7 * long.length;
}

/** "PUTIN" → "Putin", "KIM JONG UN" → "Kim Jong Un"; a name already in mixed case stays as written. */
function nameCase(label: string): string {
  // (A "Mc" or "Mac" in capitals' small letters, "McGANN", "MacLEOD", is still a name in capitals: "McGann". So is
  // "MCGANN".)
  if (label !== label.toUpperCase() && label.replace(/(?<![\p{L}])Ma?c(?=[\p{Lu}]{2})/gu, (m) => m.toUpperCase()) !== label.toUpperCase()) return label;
  return label
    .toLowerCase()
    .replace(/(^|[\s'’.-])([\p{Ll}])/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/(?<![\p{L}])Mc([\p{Ll}])/gu, (_m, c: string) => `Mc${c.toUpperCase()}`)
    // (A "Mac" the label wrote in small letters before capitals is the name's own, "MacLEOD" → "MacLeod"; one in
    // capitals tells nothing, "MACHADO" → "Machado".)
    .replace(/(?<![\p{L}])Mac([\p{Ll}])/gu, (m, c: string, at: number) => (label.startsWith('Mac', at) ? `Mac${c.toUpperCase()}` : m));
}

/** Whether one word of a label can be a name: a person's name to the lexicon, a proper noun or no common word to WordNet. */
export function nameWord(word: string): boolean {
  if (lexTags(word).some((t) => PERSON_TAGS.test(t))) return true;
  // Without WordNet every word would pass as unknown: then only the lexicon and the document say.
  if (!wordnetAvailable()) return false;
  if (properNoun(word)) return true;
  const lower = word.toLowerCase();
  return senseWords(lower, 'noun', 1).length === 0 && senseWords(lower, 'verb', 1).length === 0 && senseWords(lower, 'adj', 1).length === 0 && senseWords(lower, 'adv', 1).length === 0;
}

interface Label {
  speaker: string | null;
  caps: boolean;
  /** Where the words start. */
  start: number;
  /** Where they end, when not at the paragraph's end (a sound bite's closing quotation mark). */
  end?: number;
  /** A hearing record's label names by title and surname only: the surname, to tell whether two people share it. */
  surname?: string;
  /** The office the label gives ("Minister for Health"). */
  role?: string;
  /** A bare answer label ("A:", "Answer:"): the interviewee's, whom only the introduction names. */
  answer?: boolean;
  /** A Westminster record's label, whose shape alone shows the document a record of speeches. */
  record?: boolean;
  /** The interviewer's label. */
  asks?: boolean;
  /** A bare answer wholly in quotation marks, a turn only when the introduction names whose answers they are. */
  quoted?: boolean;
}

/**
 * The one full name ending in `surname` the paragraphs name (the words before it that can be given names, and
 * the surname), or null when they name none or several.
 */
function fullNameBefore(paragraphs: readonly string[], surname: string): string | null {
  const re = sharedRegExp(String.raw`(?<![\p{L}'’.-])((?:[\p{Lu}][\p{Ll}]+(?:-[\p{L}][\p{Ll}]+)?[ \t]+){1,3})${escapeRegExp(surname)}(?![\p{L}'’-])`, 'gu');
  const found = new Set<string>();
  for (const t of paragraphs) {
    for (const m of t.matchAll(re)) {
      // (The given names are the words right before the surname that can be names: "Yesterday Roe" names no one.)
      const words = m[1]!.trim().split(/[ \t]+/u);
      const given: string[] = [];
      // ("When Roe spoke" neither: the name opens on a first name the lexicon knows.)
      for (let k = words.length - 1; k >= 0 && !TITLES.has(words[k]!.toLowerCase().replace(/\.$/u, '')) && (isKnownFirstName(words[k]!) || nameWord(words[k]!)); k--) given.unshift(words[k]!);
      const unlisted = given.slice();
      while (given.length > 0 && !isKnownFirstName(given[0]!)) given.shift();
      if (given.length > 0) found.add(`${given.join(' ')} ${surname}`);
      // ("the historian Pell Roe": a given name the lexicon lacks, after a lowercase word of the sentence, is a
      // name still; the label is that person's, and no namesake named later in the turn takes it.)
      else if (unlisted.length > 0 && /[\p{Ll}][ \t]+$/u.test(t.slice(0, m.index))) found.add(`${unlisted.join(' ')} ${surname}`);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether the document names two people of one surname with different first names ("Senator Andrew Roe",
 * "Dr. Helen Roe"): then a title and that surname alone may mean either, and a turn so labelled is given to no one.
 */
function sharedSurname(paragraphs: readonly string[], surname: string): boolean {
  const escaped = escapeRegExp(surname);
  const re = sharedRegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{Ll}]+)(?:[ \\t]+[\\p{Lu}]\\.)?[ \\t]+${escaped}(?![\\p{L}])`, 'gu');
  const first = new Set<string>();
  for (const t of paragraphs) for (const m of t.matchAll(re)) if (!TITLES.has(m[1]!.toLowerCase()) && !/^(?:The|Mr|Mrs|Ms|Dr|Miss)$/u.test(m[1]!)) first.add(m[1]!);
  return first.size > 1;
}

/**
 * A broadcast script's sound bite: the speaker in brackets before a colon, perhaps with how or as whom he
 * speaks after a comma ("[PUTIN, through interpreter]:", "[JOHN KIRBY, National Security Council]:"), then his
 * words, in quotation marks or not. The words are the speaker's, inside the marks when they hold all of them.
 */
function soundBite(text: string, named: (name: string) => boolean): Label | null {
  const m = BRACKET_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trimEnd();
  const label = m[1]!.trim();
  const name = nameCase(label);
  const words = name.split(/\s+/u);
  const nameOnly = words.filter((w) => !TITLES.has(w.toLowerCase()));
  if (nameOnly.length === 0 || (!named(name) && !nameOnly.every(nameWord))) return null;
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  const quoted = WHOLLY_QUOTED.exec(rest);
  if (quoted) return { speaker: name, caps: true, start: m[0].length + 1, end: m[0].length + 1 + quoted[1]!.length };
  if (!SENTENCE_END.test(rest) || hasQuotes(rest)) return null;
  return { speaker: name, caps: true, start: m[0].length };
}

/**
 * A hearing record's label ("Senator WHITCOMBE. ", "The CHAIRMAN. "): the speaker as a title and surname ("Senator
 * Whitcombe") or the chair's office ("the Chairman"), when the words after it end as a sentence does.
 */
function recordLabel(text: string): Label | null {
  const m = RECORD_LABEL.exec(text);
  if (!m) return null;
  // (Titles and names may crowd the words after it, "Our first witness is the Honorable ...": the label's own
  // shape tells the record, not how the words are capitalised.)
  if (!SENTENCE_END.test(text.slice(m[0].length))) return null;
  // The chair is an office the record names elsewhere ("..., chairman of the subcommittee, presiding"), often
  // with other chairmen beside it: the turn is speech, credited to no one.
  if (m[1]) return { speaker: null, caps: true, start: m[0].length };
  const words = m[2]!.split(/[ \t]+/u);
  return { speaker: words.map((w, i) => (i === 0 ? w : nameCase(w))).join(' '), caps: true, start: m[0].length, surname: nameCase(words[words.length - 1]!) };
}

/**
 * A Hansard label ("Mr ROE (Ashfield) (14:02): ", "The SPEAKER: "): the member as title and surname ("Mr Roe"),
 * with the office the parentheses give after the seat; the chair as its office ("the Speaker"), whom the record
 * seldom names. The words after it end as a sentence does, or break off at a dash.
 */
function hansardLabel(text: string): Label | null {
  const m = HANSARD_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!SENTENCE_END.test(rest) && !BROKEN_OFF.test(rest)) return null;
  if (m[1]) return { speaker: `the ${nameCase(m[1].replace(/[ \t]+/gu, ' '))}`, caps: true, start: m[0].length };
  const words = m[2]!.split(/[ \t]+/u);
  // A member with no office is known in the chamber by the seat ("the member for Ashfield"): that is the role.
  const seat = HANSARD_SEAT.exec(m[3] ?? '')?.[1]?.trim();
  const role = HANSARD_OFFICE.exec(m[3] ?? '')?.[1]?.trim() ?? (seat ? `member for ${seat}` : undefined);
  return { speaker: words.map((w, i) => (i === 0 ? w : nameCase(w))).join(' '), caps: true, start: m[0].length, surname: nameCase(words[words.length - 1]!), ...(role ? { role } : {}) };
}

/**
 * A Westminster record's label ("Jane Doe (Ashfield) (Lab): ", "The Minister for Trade (Jane Doe): "): the member
 * by name, with the office the label gives or the seat ("member for Ashfield"), when the words end as a sentence
 * does or break off at a dash. Quotations may stand in the words: the label's shape tells the record.
 */
function westminsterLabel(text: string): Label | null {
  // ("Hon. Jane Doe (Minister of Harbours, Lib.): ": Ottawa's shape, the seat or office and the party in one
  // parenthesis; `party-seat-label.ts`.)
  const ottawa = partySeatLabel(text);
  if (ottawa) {
    const rest = text.slice(ottawa.start);
    const parsed = parseSpeakerPhrase(ottawa.name);
    if ((SENTENCE_END.test(rest) || BROKEN_OFF.test(rest)) && parsed?.type === 'name' && parsed.kind === 'person') return { speaker: ottawa.name, caps: false, start: ottawa.start, role: ottawa.role, record: true };
  }
  const office = OFFICE_LABEL.exec(text);
  const member = office ? null : MEMBER_LABEL.exec(text);
  const m = office ?? member;
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!SENTENCE_END.test(rest) && !BROKEN_OFF.test(rest)) return null;
  const name = office ? m[2]! : m[1]!;
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  if (office) {
    // The office holds a title ("Minister", "Secretary", "Leader"): "The Port of Kew (Jane Doe):" is no office.
    if (!m[1]!.split(/[ \t]+/u).some((w) => TITLES.has(w.toLowerCase()))) return null;
    return { speaker: name, caps: false, start: m[0].length, role: m[1]!.replace(/[ \t]+/gu, ' '), record: true };
  }
  const seat = HANSARD_SEAT.exec(m[2]!)?.[1]?.trim();
  return { speaker: name, caps: false, start: m[0].length, ...(seat ? { role: `member for ${seat}` } : {}), record: true };
}

/** The speaker label opening a paragraph, or null: see the module comment for what counts. */
function labelOf(text: string, named: (name: string) => boolean, record = false): Label | null {
  const bite = soundBite(text, named) ?? insertClip(text, named);
  if (bite) return bite;
  // (Every label read below but the hearing record's closes on a colon: most paragraphs hold none.)
  const colon = text.includes(':');
  const hearing = recordLabel(text) ?? (colon ? (hansardLabel(text) ?? westminsterLabel(text)) : null);
  if (hearing) return hearing;
  if (!colon) return null;
  // "HOST 1:", "HOST 2:": a programme's numbered hosts are questioners' turns that name no one (two of them, so
  // neither is the one "you" of an interview).
  const numbered = NUMBERED_HOST_LABEL.exec(text);
  if (numbered) {
    const words = text.slice(numbered[0].length);
    return OPENS_QUOTE.test(words) || !SENTENCE_END.test(words) ? null : { speaker: null, caps: true, start: numbered[0].length };
  }
  const caps = CAPS_LABEL.exec(text) ?? CAPS_ROLE_LABEL.exec(text);
  const m = caps ?? NAME_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // "KIM JONG UN: (Through interpreter) "...."": a stage note in parentheses after a label in capitals, then words
  // wholly in quotation marks, is the speaker's clip; its words are those inside the marks.
  const note = caps && !QUESTIONER.test(m[1]!) ? STAGE_NOTE.exec(rest) : null;
  const clip = note ? WHOLLY_QUOTED.exec(rest.slice(note[0].length).trimEnd()) : null;
  if (clip) {
    const start = m[0].length + note![0].length + 1;
    const speaker = capsSpeaker(m[1]!, named);
    return speaker ? { speaker, caps: true, start, end: start + clip[1]!.length } : null;
  }
  // 'A: "It tells you they are selling."': a Q&A's bare answer set wholly in quotation marks is the answer itself,
  // its words those inside the marks.
  const answer = /^(?:A|Answer)$/u.test(m[1]!) ? WHOLLY_QUOTED.exec(rest.trimEnd()) : null;
  if (answer) {
    const start = m[0].length + 1;
    return { speaker: null, caps: caps !== null, start, end: start + answer[1]!.length, answer: true, quoted: true };
  }
  if (OPENS_QUOTE.test(rest) || !SENTENCE_END.test(rest)) return null;
  // A headline in capitals after a label is no speech ("UN: PEACEKEEPERS PAYING ..."); nor, after a name in
  // ordinary case, words with quotes of their own (a heading run into prose: "Jane Doe: Credit scores On her
  // website, Doe calls for ''reform''").
  if (/^[\p{Lu}]{2,}(?![\p{Ll}])/u.test(rest) || titleCase(rest)) return null;
  // (In a document its labels show to be a record of speeches, a member quotes others in his own turn.)
  if (!caps && !record && hasQuotes(rest)) return null;
  const label = m[1]!;
  if (QUESTIONER.test(label)) {
    const answerer = /^(?:a|answer)$/iu.test(label) ? namedAnswerer(m[0], named) : null;
    if (answerer) return { speaker: answerer.name, caps: caps !== null, start: m[0].length, ...(answerer.role ? { role: answerer.role } : {}) };
  }
  if (QUESTIONER.test(label)) return { speaker: null, caps: caps !== null, start: m[0].length, ...(/^(?:a|answer)$/iu.test(label) ? { answer: true } : ASKER.test(label) ? { asks: true } : {}) };
  // "MODERATOR GRETA HOLM:", "Host Jon Reyes:": the questioner's part, then a person's full name, is that person's turn.
  const part = /^(moderator|host|interviewer)[ \t]+(\S+(?:[ \t]+\S+){1,3})$/iu.exec(label);
  if (part) {
    const named = nameCase(part[2]!);
    const parsed = parseSpeakerPhrase(named);
    if (parsed?.type === 'name' && parsed.kind === 'person' && parsed.name === named) return { speaker: named, caps: caps !== null, start: m[0].length, role: part[1]!.toLowerCase() };
  }
  const name = nameCase(label);
  const words = name.split(/[\s]+/u);
  if (!caps && words.length < 2) return null;
  // A title before the name is no name ("PRESIDENT PUTIN:", "Foreign Minister Sergei Lavrov:").
  const nameOnly = words.filter((w) => !TITLES.has(w.toLowerCase()));
  if (nameOnly.length === 0 || (!named(name) && !nameOnly.every(nameWord))) return null;
  // A place is no speaker of a turn: "MOSCOW: ..." is a dateline.
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  return { speaker: name, caps: caps !== null, start: m[0].length };
}

// A broadcast transcript's played insert: its kind, then the voice in capitals, perhaps a note in parentheses, then
// a colon ("CLIP, VLADIMIR PUTIN (TRANSLATED): ", "AUDIO - JANE ROE: ", "SOUNDBITE: JON DOE: ").
// (Or the kind in brackets, a podcast transcript's way: "[CLIP] VLADIMIR PUTIN (via interpreter): ".)
const INSERT_LABEL = /^(?:(?:CLIP|AUDIO|SOUNDBITE|SOUND BITE|GRAB|EXCERPT|ARCHIVE|TAPE|RECORDING)[ \t]*[,:\-–—]|\[(?:CLIP|AUDIO|SOUNDBITE|SOUND BITE|GRAB|EXCERPT|ARCHIVE|TAPE|RECORDING)\])[ \t]*((?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+(?:Ma?c(?=[\p{Lu}]))?[\p{Lu}][\p{Lu}'’.-]*){0,3})(?:[ \t]*\([^()]{1,40}\))?:[ \t]+/u;

/**
 * `CLIP, VLADIMIR PUTIN (TRANSLATED): "..."`: an insert a programme plays, labelled by its kind and the voice in
 * capitals, its words wholly in quotation marks: that person's words, those inside the marks. Null when the
 * paragraph opens with no such label, the words are not wholly quoted, or the voice names no person.
 */
function insertClip(text: string, named: (name: string) => boolean): Label | null {
  // (After the blanks of a recording's position read away, "[00:01:52] [CLIP] NAME: ...": the label opens the words.)
  const lead = text.length - text.trimStart().length;
  const m = INSERT_LABEL.exec(lead ? text.slice(lead) : text);
  if (!m) return null;
  const clip = WHOLLY_QUOTED.exec(text.slice(lead + m[0].length).trimEnd());
  if (!clip) return null;
  const speaker = capsSpeaker(m[1]!, named);
  const start = lead + m[0].length + 1;
  return speaker ? { speaker, caps: true, start, end: start + clip[1]!.length } : null;
}

// A stage note in parentheses opening a turn's words: "(Through interpreter) ", "(laughing) ".
const STAGE_NOTE = /^\([^()]{1,40}\)[ \t]+/u;

/** The person a label in capitals names ("KIM JONG UN", "PRESIDENT PUTIN"), or null: a place or a title alone names no one. */
function capsSpeaker(label: string, named: (name: string) => boolean): string | null {
  const name = nameCase(label);
  const nameOnly = name.split(/[\s]+/u).filter((w) => !TITLES.has(w.toLowerCase()));
  if (nameOnly.length === 0 || (!named(name) && !nameOnly.every(nameWord))) return null;
  const parsed = parseSpeakerPhrase(name);
  return parsed?.type === 'name' && parsed.kind === 'person' ? name : null;
}

/**
 * A briefing transcript's answer label that names who answers in parentheses, perhaps after the office: "A
 * (Spokesperson Roe):", "Answer (Deputy Minister Jane Doe):". The answer is that person's turn when the name
 * (the words after the last title) is one the document's prose names, and a person's. Null otherwise: a bare
 * "A:" or a parenthesis holding no one the prose names ("A (translated):") stays the interviewee's answer.
 */
function namedAnswerer(label: string, named: (name: string) => boolean): { name: string; role?: string } | null {
  const inside = /\(([^()]{1,40})\)/u.exec(label)?.[1]?.trim();
  if (!inside) return null;
  const words = inside.split(/[ \t]+/u);
  let last = -1;
  words.forEach((w, i) => { if (TITLES.has(w.toLowerCase().replace(/\.$/u, ''))) last = i; });
  const nameWords = words.slice(last + 1);
  if (nameWords.length === 0 || nameWords.length > 3 || !nameWords.every((w) => /^[\p{Lu}][\p{L}'’-]*$/u.test(w) && !TITLES.has(w.toLowerCase()))) return null;
  const name = nameWords.join(' ');
  if (!named(name)) return null;
  const parsed = parseSpeakerPhrase(name);
  if (parsed?.type !== 'name' || parsed.kind !== 'person') return null;
  const role = words.slice(0, last + 1).join(' ');
  return role ? { name, role } : { name };
}

const WHOLLY_BOLD = /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/u;

/** Whether a paragraph (as written, with its Markdown) is wholly in bold: an interview's question in magazine style. */
export function whollyBold(raw: string): boolean {
  return WHOLLY_BOLD.test(raw);
}
const INITIALS_LABEL = /^([\p{Lu}]{2,4}):[ \t]+/u;
// A full name of two to four capitalised words, a hyphen joining parts of one ("Jane Osei-Roe").
const FULL_NAME = /(?<![\p{L}'’-])[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?:[ \t]+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?){1,3}(?![\p{L}'’-])/gu;

/**
 * An interview's answer labelled by initials ("JOR: ..."): the one person the document names in full whose
 * initials they are ("Jane Osei-Roe"; each part of a hyphened name gives a letter), when the words end as a
 * sentence does and hold no quotation of their own opening them. Two people of those initials: speech credited to
 * neither; none: no label of this kind.
 */
function initialsLabel(text: string, paragraphs: readonly string[]): Label | null {
  const m = INITIALS_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (OPENS_QUOTE.test(rest) || !SENTENCE_END.test(rest)) return null;
  const people = new Set<string>();
  for (const t of paragraphs) {
    for (const [name] of t.matchAll(FULL_NAME)) {
      const letters = name.split(/[ \t-]+/u).map((w) => w[0]!).join('');
      if (letters !== m[1]) continue;
      const parsed = parseSpeakerPhrase(name);
      if (parsed?.type === 'name' && parsed.kind === 'person') people.add(name);
    }
  }
  if (people.size === 0) return null;
  return { speaker: people.size === 1 ? [...people][0]! : null, caps: true, start: m[0].length };
}

// A questioner's label in bold: "**Q:** ", "**Moderator**: ".
const BOLD_ASKER = /^\*\*(?:Q|Question|Moderator|Interviewer|Host)(?::\*\*|\*\*:)[ \t]+(?=\S)/iu;

/**
 * The transcript turns of a document's paragraphs (null where a paragraph is no turn). `named` says whether
 * the document's prose names someone so ("Trump" for a report that names Donald Trump); `raw` holds the
 * paragraphs with their Markdown emphasis, which the reading copy has blanked.
 */
export function transcriptTurns(paragraphs: readonly string[], named: (name: string) => boolean, raw: readonly string[] = paragraphs, outlet = ''): (TranscriptTurn | null)[] {
  // Bold labels of hearing or interview excerpts ("**Rep. Jane Roe (R-Ohio), chair:**", then "**Rep. Roe:**"): a
  // short one is the full name of the one earlier bold label it fits (`bold-label.ts`), else its surname alone,
  // which one person named in full before must bear and no one else in the text may.
  const bolds: BoldLabel[] = [];
  const boldOf = raw.map((r, i): Label | null => {
    if (!r.startsWith('**')) return null;
    // ("**Q:**", "**Moderator:**": a questioner's bold label asks, naming no one.)
    const asker = BOLD_ASKER.exec(r);
    if (asker) return { speaker: null, caps: false, start: asker[0].length, asks: true } satisfies Label;
    const b = boldLabel(r);
    // (Words wholly in quotation marks after a bold name, '**NAME:** "..."', are read in the prose as credited to it.)
    if (!b || /^\s*["“][\s\S]*["”]\s*$/u.test(r.slice(b.start))) return null;
    const full = fullLabelBefore(b, bolds);
    bolds.push(b);
    // (A one-word label no full label fits is a surname only when the text named one person of it in full before:
    // "**Update:**", "**Background:**" name no one.)
    if (!full && !/\s/u.test(b.name) && !fullNameBefore(paragraphs.slice(0, i), b.name)) return null;
    return { speaker: full ?? b.name, caps: false, start: b.start, ...(!full && !/\s/u.test(b.name) ? { surname: b.name } : {}) } satisfies Label;
  });
  const read = (record: boolean): (Label | null)[] => paragraphs.map((t, i) => {
    const l = initialsLabel(t, paragraphs) ?? labelOf(t, named, record) ?? boldOf[i] ?? null;
    return l?.surname !== undefined && sharedSurname(paragraphs, l.surname) ? { ...l, speaker: null } : l;
  });
  let labels = read(false);
  // A Westminster record: its members' later turns under the bare name ("Jane Doe: ") quote others too.
  const record = labels.some((l) => l?.record);
  if (record) labels = read(true);
  // A magazine's interview puts its questions under its own name ("TIDEWATCH:" in Tidewatch): the publication
  // asks, and no person of that name speaks.
  const published = new Set(outlet.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  labels = labels.map((l) => (l?.speaker && published.size && l.speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => published.has(w)) ? { ...l, speaker: null, asks: true } : l));
  // "HOST: Good evening. I'm Jane Doe, and ...": a host's or moderator's label whose first turn introduces its
  // speaker by name is that person's in every turn (`selfIntroducedLabels`); the turns still ask.
  const hostLabel = (l: Label | null, i: number): { label: string; start: number } | null => {
    if (!l?.asks || l.speaker !== null) return null;
    const label = paragraphs[i]!.slice(0, l.start).replace(/[*\s:]+/gu, ' ').trim();
    return SELF_NAMING_PART.test(label) ? { label, start: l.start } : null;
  };
  const hosts = selfIntroducedLabels(paragraphs, labels.map(hostLabel));
  if (hosts.size > 0) labels = labels.map((l, i) => { const h = hostLabel(l, i); return h && hosts.has(h.label) ? { ...l!, speaker: hosts.get(h.label)! } : l; });
  // A Q&A's bare answers are the interviewee's when its introduction presents exactly one.
  const firstLabel = labels.findIndex((l) => l !== null);
  if (firstLabel > 0 && labels.some((l) => l?.answer)) {
    const interviewee = introducedInterviewee(paragraphs.slice(0, firstLabel));
    if (interviewee) labels.forEach((l, i) => { if (l?.answer) labels[i] = { ...l, speaker: interviewee }; });
  }
  // (Quoted answers no introduction owns stay quotations of the prose, read there.)
  labels = labels.map((l) => (l?.quoted && !l.speaker ? null : l));
  // A one-word label is the surname of the one person of that surname the text named before the turn
  // ("The panel: Ana Roe, ..." then "ROE: ... My colleague Ivo Roe, no relation, wrote ..."): a namesake the
  // turn itself names is not who speaks it.
  labels = labels.map((l, i) => {
    if (!l?.speaker || /\s/u.test(l.speaker)) return l;
    const full = fullNameBefore(paragraphs.slice(0, i), l.speaker);
    return full ? { ...l, speaker: full } : l;
  });
  // "GUEST (Arkady Lomonosov, former diplomat):" then "GUEST:": a part in capitals that the document names once in
  // parentheses by a person's full name is that person in every turn of that label (`partNamed`).
  labels = partNamed(paragraphs, labels);
  // Names in ordinary case show a transcript by two turns at least, one of them speaking as "I", "we" or "you"
  // (headings of the form "Jane Doe: Her plan" speak of people, not as them).
  const speaks = (i: number): boolean => FIRST_OR_SECOND_PERSON.test(paragraphs[i]!.slice(labels[i]!.start));
  const titled = labels.flatMap((l, i) => (l !== null && !l.caps ? [i] : []));
  const transcript = titled.length >= 2 && titled.some(speaks);
  // A label in capitals alone in its document must speak as "I", "we" or "you" (a section's name does not:
  // "HUFFPOLLSTER: Voters May Have ...").
  const capsTurns = labels.filter((l) => l !== null && l.caps).length;
  const out: (TranscriptTurn | null)[] = [];
  let speaking: string | null = null;
  paragraphs.forEach((text, i) => {
    const l = labels[i];
    // A label in capitals stands alone; a name in ordinary case needs a second turn to show a transcript.
    // One label in capitals opening the text is more likely a dateline ("VOSTOCHNY: Putin told Kim that we ...").
    if (l && (l.caps ? capsTurns >= 2 || (speaks(i) && i > 0) : transcript || record)) {
      speaking = l.speaker;
      out.push({ speaker: l.speaker, start: l.start, end: l.end ?? text.trimEnd().length, continued: false, ...(l.role ? { role: l.role } : {}), ...(l.asks ? { asks: true } : {}) });
      return;
    }
    // (A paragraph wholly in bold is an interviewer's question, "**Thank you.**", never the answer going on.)
    if (speaking !== null && !hasQuotes(text) && !WHOLLY_BOLD.test(raw[i] ?? text) && FIRST_OR_SECOND_PERSON.test(text) && !/^[^\s:]{1,30}(?:\s[^\s:]+){0,2}:\s/u.test(text) && !CAPS_OPENING.test(text)) {
      out.push({ speaker: speaking, start: 0, end: text.trimEnd().length, continued: true });
      return;
    }
    speaking = null;
    out.push(null);
  });
  return out.every((t) => t === null) ? boldQuestionAnswers(paragraphs, raw) ?? out : out;
}

// A label in capitals with a person's full name of two to four words in parentheses, perhaps a description after
// a comma: "GUEST (Arkady Lomonosov, former diplomat): ".
const PART_NAMED = /^([\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){0,3})[ \t]*\(([\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,3})(?:,[^()]*)?\):/u;
// The label in capitals itself, with or without its parentheses.
const CAPS_PART = /^([\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){0,3})[ \t]*(?:\([^()]{1,40}\))?:/u;

/**
 * The turns of a label in capitals that names a part ("GUEST"), read as a speaker, given to the one person the
 * document names in that label's parentheses ("GUEST (Arkady Lomonosov, former diplomat):"), when it names
 * exactly one so; other labels as they are. (A questioner's label is no speaker, and stays none.)
 */
function partNamed(paragraphs: readonly string[], labels: readonly (Label | null)[]): (Label | null)[] {
  const names = new Map<string, Set<string>>();
  labels.forEach((l, i) => {
    const m = l?.speaker && l.caps ? PART_NAMED.exec(paragraphs[i]!) : null;
    if (!m) return;
    const parsed = parseSpeakerPhrase(m[2]!);
    if (parsed?.type !== 'name' || parsed.kind !== 'person' || parsed.name !== m[2]!) return;
    let set = names.get(m[1]!);
    if (!set) names.set(m[1]!, (set = new Set()));
    set.add(m[2]!);
  });
  if (names.size === 0) return [...labels];
  return labels.map((l, i) => {
    if (!l?.speaker || !l.caps) return l;
    const part = CAPS_PART.exec(paragraphs[i]!)?.[1];
    const named = part ? names.get(part) : undefined;
    return named?.size === 1 ? { ...l, speaker: [...named][0]! } : l;
  });
}

// A paragraph wholly in italics: an editor's note closing a Q&A ("*This interview has been edited ...*").
const WHOLLY_ITALIC = /^\s*(?:\*|_)(?![*_])[^*_]+(?<![*_])(?:\*|_)[.\s]*$/u;
// A bold lead-in holding a question ("**Why now? This is a long way from us.**"), not a bold subhead.
const BOLD_QUESTION = /\?/u;
// A question opening on whom it is put to: "Dr. Roe, what did you see?", "Jane, why now?".
const VOCATIVE = /^\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?([\p{Lu}][\p{L}'’-]+),\s+[\p{Ll}]/u;
// A label opening a paragraph: a word or three before a colon.
const ANSWER_LABEL = /^[^\s:]{1,30}(?:\s[^\s:]+){0,2}:\s/u;
// Quoted words, left out when asking whether an answer speaks as "I", "we" or "you".
const QUOTED_WORDS = /["“][^"“”]*["”]/gu;

/**
 * A Q&A with no labels, as radio programmes' web pages and magazines print one: each question a paragraph wholly
 * in bold, the answer the plain paragraphs after it, its speaker the one person the introduction presents or the
 * first question addresses by name ("**Dr. Roe, what did you see?**" after prose naming Jane Roe). Or answers
 * under that person's surname alone ("Roe: ..."), each labelled paragraph a turn and the rest prose. The questions
 * are the interviewer's turns, credited to no one. The answers after the last question run on while they speak as
 * "I", "we" or "you" and until a paragraph in italics or bold (an editor's note, a heading): the prose may go on
 * after the interview. Null when the document has no such Q&A (fewer than two bold questions, or no one answering).
 */
function boldQuestionAnswers(paragraphs: readonly string[], raw: readonly string[]): (TranscriptTurn | null)[] | null {
  const questions = raw.flatMap((t, i) => (WHOLLY_BOLD.test(t) && BOLD_QUESTION.test(t) ? [i] : []));
  if (questions.length < 2) return null;
  const first = questions[0]!;
  const intro = paragraphs.slice(0, first);
  const answering = introducedInterviewee(intro) ?? addressedInIntroduction(paragraphs[first]!, intro) ?? labelledInIntroduction(paragraphs, questions, intro);
  if (!answering) return null;
  const out: (TranscriptTurn | null)[] = paragraphs.map(() => null);
  const span = (text: string): { start: number; end: number } => ({ start: text.length - text.trimStart().length, end: text.trimEnd().length });
  // ("Roe: Shells, first of all." under each question: the one answering labelled by the surname alone, which the
  // readers of labels take for no name, a word in ordinary case alone. Then only the labelled paragraphs answer; a
  // paragraph without the label after one is the prose going on, "His daughter ... interrupted. "...," she said.")
  const surname = answering.split(/\s+/u).at(-1)!;
  const ownLabel = new RegExp(String.raw`^(\s*${escapeRegExp(surname)}:\s+)(?=[\p{Lu}\p{N}])`, 'u');
  // (A prompt in bold without a question mark, "**Critics say ...**", asks too when the labelled answer follows it.)
  const prompts = raw.flatMap((t, i) => (i > first && WHOLLY_BOLD.test(t) && !BOLD_QUESTION.test(t) && ownLabel.test(paragraphs[i + 1] ?? '') && !/^\s*(?:\*\*|__)/u.test(raw[i + 1] ?? '') ? [i] : []));
  const asked = [...questions, ...prompts].sort((a, b) => a - b);
  for (const [n, q] of asked.entries()) {
    out[q] = { speaker: null, ...span(paragraphs[q]!), continued: false, asks: true };
    const next = asked[n + 1] ?? paragraphs.length;
    let labelled = false;
    for (let i = q + 1; i < next; i++) {
      const text = paragraphs[i]!;
      const written = raw[i] ?? text;
      if (!text.trim() || WHOLLY_ITALIC.test(written) || WHOLLY_BOLD.test(written)) break;
      // (A label set in bold, "**Roe:** ...", is a transcript's, left to the readers of labels as before.)
      const own = /^\s*(?:\*\*|__)/u.test(written) ? null : ownLabel.exec(text);
      if (own && SENTENCE_END.test(text) && !hasQuotes(text.slice(own[1]!.length))) {
        out[i] = { speaker: answering, start: own[1]!.length, end: text.trimEnd().length, continued: false };
        labelled = true;
        continue;
      }
      if (labelled) break;
      // (Answers under a label, "**Roe:** Shells.", are a transcript's turns, not bare answers: left as they are read.)
      if (ANSWER_LABEL.test(text.trimStart())) return null;
      if (next === paragraphs.length && !FIRST_OR_SECOND_PERSON.test(text.replace(QUOTED_WORDS, ' '))) break;
      out[i] = { speaker: answering, ...span(text), continued: i > q + 1 };
    }
    // A question with no answer after it is no interview's.
    if (out[q + 1] === null || out[q + 1] === undefined) return null;
  }
  return out;
}

// A surname alone and its colon opening an answer: "Roe: Shells, first of all."
const SURNAME_LABEL = /^\s*([\p{Lu}][\p{Ll}'’-]+):\s+[\p{Lu}\p{N}]/u;

/**
 * The one full name of the introduction ending in the word that labels the first paragraph after every bold
 * question ("Roe: ..." under each, after an introduction naming Jane Roe); null when the answers carry no such
 * label, or different ones, or the introduction names no one or several of that surname.
 */
function labelledInIntroduction(paragraphs: readonly string[], questions: readonly number[], intro: readonly string[]): string | null {
  const labels = new Set(questions.map((q) => SURNAME_LABEL.exec(paragraphs[q + 1] ?? '')?.[1] ?? ''));
  if (labels.size !== 1 || labels.has('')) return null;
  const [word] = labels;
  const found = new Set<string>();
  for (const t of intro) {
    for (const [name] of t.matchAll(FULL_NAME)) {
      if (name.split(/[ \t]+/u).at(-1) !== word) continue;
      const parsed = parseSpeakerPhrase(name);
      if (parsed?.type === 'name' && parsed.kind === 'person') found.add(name);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The one full name of the introduction whose surname (or given name) the question's opening address gives. */
function addressedInIntroduction(question: string, intro: readonly string[]): string | null {
  const m = VOCATIVE.exec(question);
  if (!m) return null;
  const found = new Set<string>();
  for (const t of intro) {
    for (const [name] of t.matchAll(FULL_NAME)) {
      const words = name.split(/[ \t]+/u);
      if (words.at(-1) !== m[1] && words[0] !== m[1]) continue;
      const parsed = parseSpeakerPhrase(name);
      if (parsed?.type === 'name' && parsed.kind === 'person') found.add(name);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The one person an interview's questions are put to: the speaker of every named turn that is not the
 * interviewer's, when the document has turns of an interviewer and all the others are one person's (named by one
 * last word: "BRANDT" and "Ulrike Brandt"); the fullest name the turns give. Null for a panel, a record of
 * speeches, or no interviewer. `askedInBold`: the questions stand in bold paragraphs between the turns.
 */
export function interviewedSpeaker(turns: readonly (TranscriptTurn | null)[], askedInBold = false): string | null {
  if (!askedInBold && !turns.some((t) => t?.asks)) return null;
  const names = turns.flatMap((t) => (t && !t.asks && !t.continued && t.speaker ? [t.speaker] : []));
  const last = new Set(names.map((n) => n.split(/\s+/u).at(-1)!.toLowerCase()));
  if (last.size !== 1) return null;
  return names.reduce((a, b) => (b.length > a.length ? b : a));
}
