/**
 * Whether someone other than the speaker a pronoun points back to may be the one it means: a person named in
 * the sentences it passes over, or before it in its own sentence. Kept apart from `document-speakers.ts`,
 * which asks these questions while it follows the speakers through a document.
 */
import { isCompoundAdjective } from './compound-adjective.ts';
import { ownedVerdictOpening } from './owned-verdict.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { isKindOf } from '../text/wordnet.ts';
import { familyNameFirst, genderOfName, type LocalSpeaker, titleGender } from './local-speaker.ts';
import { type NameMention } from './name-mentions.ts';
import { honorificSex, nounSex, type Sex } from './gendered-nouns.ts';
import { commonWordNotName } from './first-names.ts';
import { ABOUT, GOVERNED } from './name-standing.ts';
import { classifyProperName, compactName, lexFirstName, lexTags, nameWords, sameFullName } from './names.ts';
import { isRoleNoun, singular, TITLES, wordNetPerson } from './speaker-phrases.ts';
import { type SentencesRead } from './sentences-read.ts';
import { qualifiesPersonNoun } from './place-qualifier.ts';
import { notAPersonWord } from './not-a-person-word.ts';

/** What the document's reading so far knows of its people, as these checks need it. */
export interface PeopleKnown {
  read: SentencesRead;
  mentions: readonly NameMention[];
  /** The latest person with this word as the first or last word of a name. */
  byEnd(word: string): LocalSpeaker | undefined;
  /** The earliest person with this compact name. */
  byCompact(compact: string): LocalSpeaker | undefined;
  /** The sentence where this speaker was last seen. */
  seenAt(s: LocalSpeaker): number | undefined;
}

/**
 * The text of each sentence a pronoun passes over since `s` was last seen (from the one after it, or from that one
 * itself with `fromSeen`) up to the sentence being read; nothing when `s` was never seen.
 */
export function* sentencesSince(people: PeopleKnown, s: LocalSpeaker, fromSeen = false): Generator<string> {
  const seen = people.seenAt(s);
  if (seen === undefined) return;
  for (let k = fromSeen ? seen : seen + 1; k < people.read.sentence; k++) {
    const at = people.read.textOf.get(k);
    if (at) yield at.masked.slice(at.from, at.to);
  }
}

// "the elder Bush", "the younger Brandt", "the other Kim": the name's bearer told apart from another one.
const SETS_APART = /\b(?:older|elder|eldest|oldest|younger|youngest|other)\s+$/iu;
// ", who ..." right after a name: the name is the subject of the clause that follows.
const WHO_AFTER = /^\s*,\s+who\s/u;
// A sentence opening on a comparison, up to the name: "Unlike ", "Like ", "Besides ", "Apart from Dr. ".
const COMPARED_OPENING = /^\s*(?:Unlike|Like|Besides|Apart\s+from|Except\s+for)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}$/u;

/** Whether a word of `own` names stands right before `at`: the name word there is part of a full name of them. */
function ownWordBefore(text: string, at: number, own: ReadonlySet<string>): boolean {
  const before = /([\p{Lu}][\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at).replace(/^\s+$/u, ''));
  return !!before && own.has(nameWords(before[1]!)[0] ?? '');
}

/** Whether the text has named in full someone other than `s` who bears the name word `key`. */
function sharesNameWithOther(people: PeopleKnown, key: string, s: LocalSpeaker, want?: 'm' | 'f'): boolean {
  const mine = new Set(s.names.map((n) => compactName(n)));
  // (Not a bearer the text told is of the other gender: "the elder Roe" for a "he" is not the daughter told "she".)
  const otherSex = (c: string): boolean => {
    const known = want ? people.byCompact(c) : undefined;
    return known !== undefined && known.genderSure === true && known.gender !== null && known.gender !== want;
  };
  return people.mentions.some((m) => m.words.length >= 2 && m.words.includes(key) && !mine.has(m.compact) && !otherSex(m.compact));
}

// A question's auxiliary before its subject: "What did ", "Why has ", "Does ", "how will ".
const QUESTION_SUBJECT = /(?:^|[\s“"‘'])(?:(?:what|why|how|when|where|who|whom|which)\s+)?(?:did|does|do|has|have|had|will|would|can|could|should|is|was)\s+$/iu;

/** Whether someone named in full bears `key` as the surname (the first word of a name written family name first), of no other gender than `want` by the first name. */
function fullyNamedSurname(people: PeopleKnown, key: string, want: 'm' | 'f'): boolean {
  return people.mentions.some((x) => {
    if (x.words.length < 2) return false;
    if (x.words[x.words.length - 1] !== key && !(x.words[0] === key && familyNameFirst(x.name))) return false;
    const g = genderOfName(x.name);
    return !g || g === want;
  });
}

/**
 * Whether someone other than `known` named in full bears `key` as a surname (the first word of a name written
 * family name first), not known or named as of another gender than `want`.
 */
function otherHolderFits(people: PeopleKnown, key: string, known: LocalSpeaker, want: 'm' | 'f'): boolean {
  const theirs = new Set(known.names.map((n) => compactName(n)));
  return people.mentions.some((x) => {
    if (x.words.length < 2 || theirs.has(x.compact)) return false;
    if (x.words[x.words.length - 1] !== key && !(x.words[0] === key && familyNameFirst(x.name))) return false;
    const other = people.byCompact(x.compact);
    if (other === known) return false;
    const g = other?.gender ?? genderOfName(x.name);
    return !g || g === want;
  });
}

/**
 * Whether the words after a name make it the subject of a verb whose object is the pronoun of gender `want`
 * standing alone ("spoke to her after ...", "met him."; not "praised her book", where she may be the subject).
 */
function actsOnPronoun(after: string, want: 'm' | 'f'): boolean {
  const m = /^\s+(?:(?:has|had|have|later|also|then|first|once|recently)\s+)*([\p{Ll}]+)\s+(?:(?:to|with)\s+)?(him|her)(?=\s*(?:[.,;:!?]|$)|\s+([\p{Ll}]+))/u.exec(after);
  if (!m || FUNCTION_WORDS.has(m[1]!) || m[2] !== (want === 'm' ? 'him' : 'her')) return false;
  return m[3] === undefined || FUNCTION_WORDS.has(m[3]);
}

/** Whether the capitalised word at `at` is one of a run of two or more capitalised words after a lowercase "the". */
function theNamedRun(text: string, at: number): boolean {
  const before = /(?:^|\s)the((?:\s+[\p{Lu}][\p{L}'’.-]*)*)\s+$/u.exec(text.slice(Math.max(0, at - 80), at));
  if (!before) return false;
  const after = /^[\p{Lu}][\p{L}'’.-]*((?:\s+[\p{Lu}][\p{L}'’.-]*)*)/u.exec(text.slice(at))!;
  const words = (before[1]! + ' ' + after[0]).trim().split(/\s+/u);
  // A title opens a person's name all the same: "the Rev. Jesse Roe", "the Dalai Lama", "the Prince of Wales";
  // an initial shows one inside the body's name ("the John Q. Roe Institute"), who may be meant.
  return words.length >= 2 && !words.some((w) => TITLES.has(w.toLowerCase()) || TITLES.has(w.toLowerCase().replace(/\.$/u, '')) || /^[\p{Lu}]\.$/u.test(w)) && !/^(?:Dalai|Duke|Duchess|Earl|Lord|Lady)$/u.test(words[0]!);
}

/**
 * Whether sentence `k` names, by any capitalised word, a person other than `s` whom a pronoun of gender
 * `want` may mean: a surname or a first name alone, which the mentions leave out ("Cruz openly admitted ...",
 * "Trump's wife, Melania, is ...", "At a rally in Portland, Trump included ..."). Someone the text or a first
 * name shows to be of the other gender is not meant.
 */

// A description opening a sentence as the subject of a verb of speech or of a "who" clause, or set off by an
// appositive that makes it a person; a definite one only when it ties the person to someone or something else
// ("The mayor's chauffeur, who ...", "The boatswain of the Marta, a stocky man in oilskins, laughed"), since
// "The foreign minister, who turned 73 this year, ..." is as often the person just named.
const DESCRIBED_OPENER = /^\s*(?:(?:A|An|Another|One)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?:,\s+who\b|,\s+(?:a|an)\s[^,]{1,60},\s+[\p{Ll}]|\s+(?:said|says|told|tells|added|adds|warned|insisted|argued|explained|recalled|replied|answered)\b)|The\s+(?:[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+of\s+the\s+[\p{Lu}][\p{L}'’-]*)(?:,\s+who\b|,\s+(?:a|an)\s[^,]{1,60},\s+[\p{Ll}]))/u;
// A sentence opening on "The", a description of a few words and its verb: "The technician of the Marta said ...",
// "The deckhand watched him go.", "The Marta's boatswain laughed.".
const DESCRIBED_ACTOR = /^\s*The\s+((?:[\p{L}-]+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]{3,}))(\s+of\s+the\s+[\p{Lu}][\p{L}'’-]*)?\s+(?:(?:also|then|only|just)\s+)?(?:said|says|told|tells|added|warned|insisted|explained|recalled|replied|answered|[\p{Ll}]{2,}ed)\b([^.!?]*)/u;

/**
 * Whether a sentence opens on someone described, a person by their noun and not `s` by any role the text gave
 * `s`, who is tied to something else ("The technician of the Marta said ...", "The Marta's boatswain laughed.")
 * or acts on "him" ("The deckhand watched him go and laughed."): the sentence is about that one, whom a "he"
 * after it may mean as well as `s`.
 */
function describedActor(text: string, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const m = DESCRIBED_ACTOR.exec(text);
  if (!m) return false;
  const head = m[2]!;
  if (!(isRoleNoun(head) || wordNetPerson(head)) || tellsOther(head, want)) return false;
  const tied = m[3] !== undefined || /['’]s\s/u.test(m[1]!);
  if (!tied && !(want === 'm' && /\bhim\b/u.test(m[4]!))) return false;
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  return !(s.heads.has(head) || s.words.has(head) || given.includes(head));
}

// A sentence opening on someone's person noun as its subject, owned by a name (one person's: "'s", not a family's
// "the Roes'") or a possessive ("Barrow's wife was not finished.", "His sister, though, laughed."), then its verb or
// an aside.
const OWNED_PERSON_SUBJECT = /^\s*(?:(?:But|And|Yet)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*\s+){0,2}([\p{Lu}][\p{L}-]*)['’]s|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{3,})(?=\s*,|\s+(?:was|is|were|had|has|would|could|did|does|also|then|though|too|only|just|still|[\p{Ll}]{2,}ed|[\p{Ll}]{2,}s)\b)/u;

/**
 * Whether the sentence opens on a person owned by someone ("Barrow's wife was not finished either.") whose noun tells
 * the pronoun's sex and is no role the text gave `s`: the sentence is about that one, whom a "she" after it means
 * rather than a woman who spoke before.
 */
function ownedPersonSubject(text: string, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const m = OWNED_PERSON_SUBJECT.exec(text);
  if (!m) return false;
  const head = m[2]!;
  if (headSex(head) !== want) return false;
  // (An owner bearing a word of `s`'s own name may own `s`: "Denis Roe went home. Roe's son, 34, is a fitter.")
  if (m[1] && s.names.some((n) => nameWords(n).includes(nameWords(m[1]!)[0] ?? ''))) return false;
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  return !(s.heads.has(head) || s.words.has(head) || given.includes(head));
}

export function namesSomeoneElse(people: PeopleKnown, k: number, s: LocalSpeaker, want: 'm' | 'f', strict = false): boolean {
  const at = people.read.textOf.get(k);
  if (!at) return true;
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  const text = at.masked.slice(at.from, at.to);
  // One brought in by "a ..." as the subject who speaks or is set apart by "who" ("A young deckhand, who asked
  // not to be named, said ...") is someone else, whether or not the lexicon of roles knows the noun.
  if (DESCRIBED_OPENER.test(text)) return true;
  if (describedActor(text, s, want)) return true;
  if (ownedPersonSubject(text, s, want)) return true;
  // Where a given name of the other gender ends, with the words of its name after it ("Tom Kron" for a "she").
  let otherEnd = -1;
  for (const m of text.matchAll(/(?<=[\s(“"'‘])[\p{Lu}][\p{L}'’.-]*|^\s*[\p{Lu}][\p{L}'’.-]*/gu)) {
    // "... met on Monday.": the sentence's full stop is no part of its last word, which the calendar and the
    // lexicon know only without it.
    const last = m.index + m[0].length >= text.trimEnd().length && /[\p{Ll}]{2}\.$/u.test(m[0]);
    const w = (last ? m[0].slice(0, -1) : m[0]).trim().replace(/['’]s$/u, '');
    const key = nameWords(w)[0] ?? '';
    // "The board met Tom Kron and John Smit.": the surname after a man's given name is his, no one a "she" may mean.
    if (otherEnd >= 0 && /^[ \t]+$/u.test(text.slice(otherEnd, m.index + m[0].length - m[0].trimStart().length)) && !lexFirstName(w)) {
      otherEnd = m.index + m[0].length;
      continue;
    }
    otherEnd = -1;
    if (own.has(key)) {
      // "The elder Brandt waved it away": a word that sets one bearer of the name apart from another means
      // either of them, when the text has named two.
      if (SETS_APART.test(text.slice(Math.max(0, m.index - 12), m.index)) && sharesNameWithOther(people, key, s, want)) return true;
      // So does the family name alone ("Achterberg had been ...") when the text has named another of the family:
      // the obituary's or profile's subject as often as the one last quoted.
      if (strict && !ownWordBefore(text, m.index, own) && sharesNameWithOther(people, key, s, want)) return true;
      continue;
    }
    if (FUNCTION_WORDS.has(w.toLowerCase()) || /^(?:He|She|His|Her)$/u.test(w)) continue;
    // "The Tromsø-based consultant", "a Kremlin-backed fund": a place or body made an adjective names no one
    // the pronoun may mean (`compound-adjective.ts`).
    if (isCompoundAdjective(w)) continue;
    // "Unlike Tarvo, the ex-diplomat doubts ...": a name inside a comparison fronted before the subject is set
    // against the one the sentence is about, never its actor; the pronoun after it is not theirs.
    if (COMPARED_OPENING.test(text.slice(0, m.index)) && /^[^,;:.!?"“”_]*,/u.test(text.slice(m.index + m[0].length))) continue;
    // "Rheinblick spoke to her after the summit": one who acts on "her" in the same clause is not "her"
    // (that would be "herself"); the pronoun there, and the thread through it, is someone else's.
    if (actsOnPronoun(text.slice(m.index + m[0].length), want)) continue;
    // "at the Vostochny Cosmodrome", "the Hanseatic Institute": a run of capitals after "the" names a place or
    // a body, never a person.
    if (theNamedRun(text, m.index + m[0].length - m[0].trimStart().length)) continue;
    // "The Bremerton economist, who ...": a place qualifying a noun of a person names no one (`place-qualifier.ts`).
    if (qualifiesPersonNoun(text, m.index + m[0].length - m[0].trimStart().length)) continue;
    // In a sentence passed over, a name talked about ("said of Mr. Cruz", "Trump's wife") is not meant; one
    // that goes on as the subject of its own clause ("gave the floor to Walt, who stood up") acts there.
    if (strict && (/^['’]s\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /['’]s$/u.test(m[0]) || (ABOUT.test(text.slice(Math.max(0, m.index - 40), m.index)) && !WHO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))))) continue;
    const known = people.byEnd(key);
    if (known) {
      if (!((known.genderSure || (strict && known.gender && isFullyNamed(known))) && known.gender !== want)) return true;
      // ("Roe is not convinced." where the text named a brother and a sister Roe: the surname alone may mean the
      // one of the pronoun's gender, though the last named was the other.)
      // (Not after an honorific that tells the sex, "Mrs. Roe", which settles which of them.)
      const titled = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, m.index - 6), m.index + m[0].length - m[0].trimStart().length));
      if (!(titled && honorificSex(titled[1]!)) && otherHolderFits(people, key, known, want)) return true;
      continue;
    }
    if (strict) {
      // In a sentence the pronoun skips over, only a first name of the pronoun's gender counts, or a name
      // opening the sentence before a verb ("Trump blamed local officials ...").
      const tags = lexTags(w);
      if (tags.includes(want === 'm' ? 'MaleName' : 'FemaleName')) return true;
      // The subject of a question put in the sentence passed over ("What did Kim say?", "Why has Roe ..."), a
      // surname of someone the text has named in full (the first word of a name written family name first,
      // "Kim Jong Un"), whatever the word is as a first name: an interview's answer "He called it ..." is his.
      if (QUESTION_SUBJECT.test(text.slice(Math.max(0, m.index - 30), m.index)) && /^\s+[\p{Ll}]/u.test(text.slice(m.index + m[0].length)) && fullyNamedSurname(people, key, want)) return true;
      // "The bar was empty except for Tolya, who was eating alone.": a single word no list knows, set off before
      // "who" and its verb, is a person the next "he" may mean (the "who" tells a person, the lexicon of given
      // names lacks most diminutives), whom the reading made no speaker; no leap back past them.
      if (WHO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && unknownWordMayBePerson(w, want)) return true;
      if (m.index === 0 || /^\s/u.test(m[0])) {
        const after = /^\s+([\p{Ll}][\p{Ll}'’-]*)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
        if (after && !FUNCTION_WORDS.has(after[1]!) && tags.length === 0 && classifyProperName(w) === 'person' && people.read.capitalisedWithin(w)) return true;
      }
      continue;
    }
    if (classifyProperName(w) !== 'person') continue;
    // "On Wednesday he ...", "Yesterday she ...", "the North Korean delegation": no one else the pronoun may mean.
    if (notAPersonWord(w, text, m.index + m[0].length - m[0].trimStart().length, (x) => people.read.capitalisedWithin(x))) continue;
    const tags = lexTags(w);
    if (tags.some((t) => /^(?:Noun|Adjective|Verb|Adverb|Determiner|Preposition|Conjunction|Value|Month|WeekDay|Date)/u.test(t))) continue;
    const g = tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : null;
    if (g && g !== want) {
      otherEnd = m.index + m[0].length;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * Whether the pronoun's own sentence names, before the pronoun and not after a preposition, a person other
 * than `s` by a surname or first name the document gives in full ("In a radio chat in March, Varga was
 * discussing ... when he told Sam Orr, '...'"): the pronoun is then more likely theirs than that of `s`,
 * named in an earlier sentence. A person the text shows to be of the other gender is not meant.
 */
export function surnameBeforePronoun(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', asker: ReadonlySet<string> | null = null): boolean {
  const at = people.read.textOf.get(people.read.sentence);
  if (!at) return false;
  let end = at.masked.indexOf('_', at.from);
  if (end < 0 || end > at.to) end = at.to;
  const text = at.masked.slice(at.from, end);
  const pronoun = /\b(?:he|she)\b/iu.exec(text);
  if (!pronoun || pronoun.index === 0) return false;
  // A left single quote written for an apostrophe ("CBS‘ Face the Nation") is one.
  const before = text.slice(0, pronoun.index).replace(/‘/gu, '’');
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  // Runs of capitalised words: "Hillary Rodham Clinton" is one person, judged whole.
  for (const m of before.matchAll(/(?<![\p{L}'’.-])[\p{Lu}][\p{L}'’-]*[\p{L}](?:\s+[\p{Lu}][\p{L}'’.-]*[\p{L}]\.?)*(?![\p{L}'’-])/gu)) {
    const run = m[0].replace(/['’]s$/u, '');
    const words = nameWords(run);
    if (words.length === 0 || words.every((w) => own.has(w)) || FUNCTION_WORDS.has(run.toLowerCase())) continue;
    // (Nor the asker of a fronted "Asked by Jo Roe whether ...,": the one asked answers.)
    if (asker && words.every((w) => asker.has(w))) continue;
    if (/^['’]s\b/u.test(before.slice(m.index + m[0].length)) || /['’]s$/u.test(m[0]) || GOVERNED.test(before.slice(Math.max(0, m.index - 40), m.index).toLowerCase())) continue;
    if (classifyProperName(run) !== 'person') continue;
    if (words.length >= 2) {
      const g = genderOfName(run);
      if (g && g !== want) continue;
      const compact = compactName(run);
      if (people.byCompact(compact) !== undefined || people.mentions.some((x) => x.compact === compact)) return true;
      continue;
    }
    const key = words[0]!;
    if (lexTags(run).some((t) => /^(?:Noun|Adjective|Verb|Adverb|Determiner|Preposition|Conjunction|Value|Month|WeekDay|Date|Place|Country|City|Organization)/u.test(t))) continue;
    const known = people.byEnd(key);
    if (known) {
      if (known === s || (known.gender && known.gender !== want)) continue;
      return true;
    }
    // A person only mentioned so far by a full name ending in it, of the pronoun's gender by its first name.
    const genders = new Set(people.mentions.filter((x) => x.words.length >= 2 && x.words[x.words.length - 1] === key).map((x) => genderOfName(x.name)));
    if (genders.has(want) || genders.has(null)) return true;
  }
  return false;
}

/**
 * Whether the narration named another person after `s` was last seen and before this sentence: the
 * pronoun may then be either of them. A person the text called the other gender, or named in full with a first
 * name of the other gender ("Anton Hofreiter" before "she"), is not meant: on PolNeAR's train split this first-name
 * reading gave 5 more right pronoun speakers and no wrong one.
 */
export function displaced(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const seen = people.seenAt(s) ?? 0;
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  for (let k = seen + 1; k < people.read.sentence; k++) {
    if (namesSomeoneElse(people, k, s, want, true)) return true;
    const at = people.read.textOf.get(k);
    for (const m of people.read.topicalIn(k)) {
      if (m.words.some((w) => own.has(w))) continue;
      if (at && (theNamedRun(at.masked, m.at) || qualifiesPersonNoun(at.masked, m.at))) continue;
      // Someone the text itself has called the other gender ("Paul Lee ... he added"), or named in full with a
      // first name of the other gender, is not meant.
      const other = people.byCompact(m.compact);
      if ((other?.genderSure || (other?.gender && isFullyNamed(other))) && other.gender !== want) continue;
      // (So is one named in full only in passing, whom the reading made no speaker, in the one sentence between:
      // "Mara Olsen chairs the board. The board met Tom Kron. '...,' she said.")
      if (!other && seen === people.read.sentence - 2 && m.words.length >= 2 && (genderOfName(m.name) ?? want) !== want) continue;
      return true;
    }
  }
  return false;
}

/** The path of a pronoun left to no one by `talkedAboutBetween`. */
export const TALKED_ABOUT_BETWEEN = 'pronoun: none, one of its gender talked about in a sentence passed over';

/**
 * Whether a sentence the pronoun passes over on its way back to `s` names, after a preposition ("We spoke to
 * Ivo Lind about Olga Petrova.", "a tribute to Ann Roe"), someone whose first name or the text tells to be of the
 * pronoun's gender: not a subject, so `displaced` lets the pronoun go past, but the one just talked about may be
 * the "she" who speaks next; no leap back to a woman who spoke before that. No answer rather than a guess.
 */
export function talkedAboutBetween(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const seen = people.seenAt(s) ?? 0;
  for (let k = seen + 1; k < people.read.sentence; k++) if (talkedAboutIn(people, k, s, want)) return true;
  return false;
}

/**
 * Whether sentence `k` names in full, after a preposition, someone other than `s` whose first name or the text
 * tells to be of gender `want` ("We spoke to Ivo Lind about Olga Petrova.").
 */
export function talkedAboutIn(people: PeopleKnown, k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  const topical = new Set(people.read.topicalIn(k));
  for (const m of people.read.namedIn.get(k)?.named ?? []) {
    if (topical.has(m) || m.words.length < 2 || m.words.some((w) => own.has(w))) continue;
    const other = people.byCompact(m.compact);
    if ((other?.gender ?? genderOfName(m.name)) === want) return true;
  }
  return false;
}

/**
 * Whether sentence `k`, where `s` was last seen, names in full someone else a pronoun of gender `want` may
 * mean ("Ward later met Tom Berry in Ohio."): a tag for the evaluation's paths, and the reading it measures.
 */
export function otherBeside(people: PeopleKnown, s: LocalSpeaker, k: number, want: 'm' | 'f'): string {
  if (k === people.read.sentence) return 'same sentence';
  const all = people.read.namedIn.get(k)?.named ?? [];
  const topical = people.read.topicalIn(k);
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  const fits = (m: NameMention): boolean => {
    if (m.words.some((w) => own.has(w))) return false;
    const other = people.byCompact(m.compact);
    const g = other?.gender ?? genderOfName(m.name) ?? titleGender(m.role);
    return !(g && g !== want);
  };
  if (topical.some(fits)) return 'other named beside';
  if (all.some(fits)) return 'other named after a preposition';
  return 'alone';
}

// What stands between `s` and one beside: "and", or one verb (perhaps after an adverb, perhaps with "with"), perhaps a title.
const BESIDE = /^\s*(?:,[^,]{1,60},\s*)?(?:(?:and|&)\s+|(?:[\p{Ll}]+ly\s+|later\s+|then\s+|also\s+)?[\p{Ll}]+(?:\s+(?:with|up\s+with|down\s+with))?\s+)(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/u;

/** The path of a pronoun left to no one by `sameGenderBeside`: final, no later reading gives it the subject before. */
export const SAME_GENDER_BESIDE = 'pronoun: none, another of its gender beside in the sentence before';

// A passive's verb and "by" right before a name, perhaps with the name's role set off before it: "was beaten
// by", "had been stopped by", "was followed by the engineer,".
const PASSIVE_AGENT = /\b(?:(?:has|have|had|will|would|may|might|could)\s+)?(?:was|were|is|are|been|being|be|got|gets)\s+(?:(?:[\p{Ll}]+ly|then|later|also|not)\s+)?[\p{Ll}]+(?:ed|en|wn|ght|ck|lt|nt|ung|ade|id)\s+(?:[\p{Ll}]+\s+){0,4}by\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/u;
// The same passive right at the start of what follows the subject ("was beaten by"), and the pronoun itself as a
// sentence's opening subject: made once, not per pronoun read.
const PASSIVE_AGENT_OPENING = new RegExp(`^\\s+${PASSIVE_AGENT.source.replace(/^\\b/u, '')}`, 'u');
const OPENS_HE = /^\s*He\b/u;
const OPENS_SHE = /^\s*She\b/u;

/**
 * Whether sentence `k`, where `s` was last seen, names as one of its own (not after a preposition) someone else
 * whose gender the text or a first name tells to be `want` ("Ms. Lorn met Ms. Marsk.", "Hana Lorn met Eva Marsk."):
 * a "she" after it may be either woman.
 */
export function sameGenderBeside(people: PeopleKnown, s: LocalSpeaker, k: number, want: 'm' | 'f'): boolean {
  if (k === people.read.sentence) return false;
  const own = new Set(s.names.flatMap((n) => nameWords(n.replace(/['’]s?$/u, ''))));
  const at = people.read.textOf.get(k);
  // (Every name of the sentence but one after a preposition other than "by" or "with", the agent or companion of
  // what it tells: "Lorn was beaten by Marsk", "Lorn met with Marsk"; "kinder to Ms. Marsk" is no one beside.)
  const named = people.read.namedIn.get(k)?.named ?? [];
  return named.some((m) => {
    if (m.words.some((w) => own.has(w))) return false;
    if (at && /\b(?:to|for|of|about|from|at|than|on|in|against|toward|towards|into|over|under|like|as|after|before|without)\s+(?:(?:the|a|an)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/iu.test(at.masked.slice(Math.max(0, m.at - 40), m.at))) return false;
    // (Not an owner: "Ms. Marsk's statement" names no one beside who acts.)
    const end = at ? at.masked.indexOf(m.name, m.at) + m.name.length : -1;
    if (/['’]s?$/u.test(m.name) || (at && end > 0 && /^['’]/u.test(at.masked.slice(end, end + 1)))) return false;
    // (Nor one inside a clause reported: "Lorn said she did not support Ms. Marsk" is about Marsk, who does nothing.)
    if (at && /\b(?:said|says|say|told|tells|argued|argues|added|adds|insisted|insists|claimed|claims|believes|believed|thinks|thought|wrote|writes)\b/u.test(at.masked.slice(at.from, m.at))) return false;
    // Only one standing beside `s` in the sentence's own frame: joined by "and", or the object of the one verb
    // right after `s` ("Lorn met Marsk", "Lorn spoke with Marsk"), or the agent of a passive `s` is the subject of.
    // Someone deeper in the sentence ("waves the knife Roe used to wound Poe", "asked her to call Mr. Poe",
    // "described the meeting with Mr. Poe") is talked about, not beside.
    if (!at) return false;
    const pre = at.masked.slice(at.from, m.at);
    let sEnd = -1;
    for (const n of s.names) {
      for (const w of [n, ...n.split(/\s+/u)]) {
        const bare = w.replace(/['’]s?$/u, '');
        if (bare.length < 2) continue;
        const i = pre.lastIndexOf(bare);
        if (i >= 0 && !/[\p{L}]/u.test(pre[i + bare.length] ?? '') && (i === 0 || !/[\p{L}]/u.test(pre[i - 1]!))) sEnd = Math.max(sEnd, i + bare.length);
      }
    }
    // ("He was followed on stage by Piet Vandel.": the sentence's subject is the pronoun of `s` itself.)
    if (sEnd < 0) {
      const opener = (want === 'm' ? OPENS_HE : OPENS_SHE).exec(pre);
      if (opener) sEnd = opener[0].length;
    }
    const between = sEnd >= 0 ? pre.slice(sEnd) : null;
    const passive = PASSIVE_AGENT.exec(pre);
    const agent = between !== null && passive !== null && passive.index + at.from >= 0 && PASSIVE_AGENT_OPENING.test(between);
    if (between === null || !(agent || BESIDE.test(between))) return false;
    const other = people.byCompact(m.compact);
    // (A first name's gender counts when `s` has none ("u/riverwatch met Ilse Varga. '...,' she wrote."), or for
    // the agent of a passive, who did what the sentence tells: "Brek was beaten by Karel Lund.")
    const g = other?.gender ?? genderOfName(m.name) ?? titleGender(m.role);
    const hit = titleGender(m.role) === want || (!!other?.genderSure && other.gender === want) || (!s.gender && g === want) || (agent && (g === null || g === want));
    return hit;
  });
}

// A verb of telling right after the name, its object the pronoun: "told her", "had warned him". (Not a deed done to
// the other, "thanked him", "ignored him": the doer's own "he said" goes on after those more often than not.)
const TELLS_PRONOUN = /^\s+(?:(?:has|had|have|later|also|then|first|once|recently)\s+)*(?:told|tells|asked|asks|warned|warns|informed|informs|assured|assures|reminded|reminds|advised|advises|promised|promises|urged|urges)\s+(?:him|her)\b/u;

/** The path of a pronoun left to no one by `actsOnOtherOfGender`: final, as `SAME_GENDER_BESIDE`. */
export const ACTS_ON_OTHER = 'pronoun: none, the one before acts on another of the gender';

/**
 * Whether sentence `k`, where `s` was last seen, has `s` tell "him" or "her" of the gender `want` something
 * ("Strand told her the money had gone.", "Vell warned him that ..."): that pronoun is someone else of the gender,
 * kept in view by the writer, who may answer in a "she said" right after as well as `s` may go on.
 */
export function actsOnOtherOfGender(people: PeopleKnown, s: LocalSpeaker, k: number, want: 'm' | 'f'): boolean {
  const at = people.read.textOf.get(k);
  if (!at) return false;
  const text = at.masked.slice(at.from, at.to);
  for (const n of s.names) {
    for (const w of [n, ...n.split(/\s+/u)]) {
      const bare = w.replace(/['’]s?$/u, '');
      if (bare.length < 2) continue;
      for (let i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1)) {
        if ((i > 0 && /[\p{L}]/u.test(text[i - 1]!)) || /[\p{L}'’]/u.test(text[i + bare.length] ?? '')) continue;
        const rest = text.slice(i + bare.length);
        if (TELLS_PRONOUN.test(rest) && actsOnPronoun(rest, want)) return true;
      }
    }
  }
  return false;
}

/** Whether one of `mentions` is someone other than `s` whom a pronoun of gender `want` may mean. */
export function rivalIn(people: PeopleKnown, mentions: readonly NameMention[], s: LocalSpeaker, want: 'm' | 'f', also: (m: NameMention) => boolean): boolean {
  if (mentions.length === 0) return false;
  const own = new Set(s.names.flatMap((n) => nameWords(n)));
  for (const m of mentions) {
    if (m.words.some((w) => own.has(w))) continue;
    const other = people.byCompact(m.compact);
    if (other?.genderSure && other.gender !== want) continue;
    const g = other?.gender ?? genderOfName(m.name) ?? titleGender(m.role);
    if (g && g !== want) continue;
    if (also(m)) return true;
  }
  return false;
}

/** Whether a person's gender comes from a first name the text gave in full ("Anton Hofreiter"): sure enough to set them apart from a pronoun of the other gender passed over. */
function isFullyNamed(s: LocalSpeaker): boolean {
  return s.kind === 'person' && s.names.some((n) => /^[\p{Lu}][\p{Ll}]+\s+[\p{Lu}]/u.test(n));
}

// Someone brought in by an indefinite description: "went to a retired lock keeper", "A farmer in Iowa ...".
// (A people's or place's adjective may stand in the run: "a former Russian diplomat", "a senior US official".)
const INDEFINITE_PERSON = /(?:^|[\s(])(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne)\s+((?:[\p{Ll}-]+\s+|[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Ll}]{3,})(?=[\s,.;:)]|$)/gu;
// The description said of someone already there, not a newcomer: "as a senator", "was a farmer", "like a king",
// "mistaken for a tourist". (Not any "for": "made room for a woman" brings her in.)
// (So is one negated or any at all: "not a senator", "any one person"; and an appositive after a name or its
// party tag: "Rep. John Roe (D-N.M.), a member of ...", perhaps after a word of time: "Jane Roe, now a judge".)
const PREDICATED = /(?:(?:\b(?:as|is|was|were|be|been|being|became|become|becomes|remains|remained|like|than|such|of|(?:mistaken|mistook|passed|pass|passes|taken|took\s+[\p{Ll}]+)\s+for|not|no|any|every)|['’](?:s|re))(?:\s+[\p{Ll}]+ly)?|(?:[\p{Lu}][\p{L}'’.-]*|\)),(?:\s+(?:now|then|once|formerly|still|later))?)\s*$/u;
// A sentence opening with a phrase of place or side ("In Paris, a man ...", "For the defence, an officer ..."):
// the name before the comma is where or for whom, and the description after it is the subject, no appositive.
// (Or a lone adverb of place or time: "Outside, a protester ...".)
const FRONTED_PHRASE = /^\s*(?:(?:In|At|For|From|On|Outside|Inside|Near|Across|Within|Among|Throughout|Behind)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*|Outside|Inside|Nearby|Later|Earlier|Meanwhile|Afterwards|Downstairs|Upstairs|Elsewhere),\s*$/u;
// One who asks is not the one who answers: "A reporter asked Sanders how he is feeling."
// (Unless the one asked is the writer, whom the text does not quote: "A deckhand asked us to move the car.")
const ASKS = /^\s*(?:asked|questioned|interviewed)\b(?!\s+(?:us|me)\b)/u;
// The sex a head noun tells, by gendered-nouns.ts ("a widow", "a ferryman"; no plural: these heads are of one person).
function headSex(head: string): Sex | null {
  return nounSex(head, { plural: false });
}
/** Whether a head noun tells the sex other than the one wanted ("a widow" when "he" is read). */
function tellsOther(head: string, want: Sex): boolean {
  return headSex(head) === (want === 'm' ? 'f' : 'm');
}

/**
 * Whether a sentence the pronoun passes over, after `s` was last seen, brings in a person by an indefinite
 * description ("The last word went to a retired lock keeper in Delft, who asked not to be named."): someone
 * the pronoun may mean stands between, so it does not skip over them to `s`. A noun of the other gender
 * ("a woman") is not meant; nor a description said of someone there ("as a senator", "Brand, a skipper").
 * `from` is the first sentence looked at (by default the one after `s` was last seen).
 */
export function describedBetween(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean, isSubjectPerson = isPerson, from = (people.seenAt(s) ?? 0) + 1): boolean {
  for (let k = from; k < people.read.sentence; k++) {
    const at = people.read.textOf.get(k);
    if (!at) continue;
    for (const head of newcomersIn(at.masked.slice(at.from, at.to), isPerson, isSubjectPerson)) {
      if (tellsOther(head, want)) continue;
      return true;
    }
    // "The man in the grey suit was at the bar too.": a sentence opening on a man or woman picked out by what
    // follows the noun (a place, a dress, a "who" clause) is about someone the reader must tell apart from the
    // one named before, so not an epithet for them.
    const identified = IDENTIFIED_PERSON.exec(at.masked.slice(at.from, at.to));
    if (identified && !tellsOther(identified[1]!.toLowerCase(), want) && !s.heads.has(identified[1]!.toLowerCase())) return true;
  }
  return false;
}

/** A sentence opening on "The man in ...", "The woman with ...", "The boy who ...": a person picked out by a modifier after the noun. */
const IDENTIFIED_PERSON = /^\s*[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(man|woman|boy|girl|guy|lady|gentleman)\s+(?:in|with|at|from|who|wearing|behind|beside)\b/u;

/**
 * The head nouns of the people a sentence brings in by an indefinite description ("went to a retired lock
 * keeper", "took a statement from a witness"), not those said of someone there ("as a senator") nor one who asks.
 */
function* newcomersIn(text: string, isPerson: (noun: string) => boolean, isSubjectPerson: (noun: string) => boolean): Generator<string> {
  const re = new RegExp(INDEFINITE_PERSON.source, INDEFINITE_PERSON.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The head is the first noun of a person among the words after the determiner, before any preposition.
    const run = m[1]!.split(/\s+/u);
    const stop = run.findIndex((w) => FUNCTION_WORDS.has(w));
    // (As the subject, opening its sentence or after a reporting verb, "One deckhand shrugged.", "..., said a
    // deckhand.", a person by a wider test, `isSubjectPerson`.)
    const opens = /^\s*$|\b(?:said|says|added|adds|explained|recalled|insisted|warned|replied|answered)\s*$/u.test(text.slice(0, m.index));
    // ("a Korean-speaking guide who has ...": a noun the lists leave out, which WordNet has as a kind of person
    // among its senses, is one when a "who" clause follows it; "who" is said of people only.)
    const beforeWho = stop > 0 && run[stop] === 'who' ? run[stop - 1]! : '';
    const head =
      (stop >= 0 ? run.slice(0, stop) : run).find((w) => w.length >= 3 && (opens ? isSubjectPerson(w) : isPerson(w))) ??
      (/^[\p{Ll}]{3,}$/u.test(beforeWho) && isKindOf(beforeWho, 'person', 3) ? beforeWho : undefined);
    if (!head) {
      // No person before the preposition ("a statement from a witness"): the search goes on after it, where
      // another description may bring one in.
      // (Always past the determiner, so the search moves on.)
      if (stop >= 0) re.lastIndex = m.index + m[0].length - m[1]!.length + run.slice(0, stop).join(' ').length + 1;
      continue;
    }
    const lead = text.slice(0, m.index + (/^[\s(]/u.test(m[0]) ? 1 : 0));
    if (PREDICATED.test(lead.slice(-30)) && !FRONTED_PHRASE.test(lead)) continue;
    const end = m.index + m[0].indexOf(head, 2) + head.length;
    if (ASKS.test(text.slice(end, end + 16))) continue;
    yield head;
  }
}

/**
 * Whether the sentence where `s`, of no known gender, was last seen, or one since, brings in a person by an
 * indefinite description whose noun tells the pronoun's gender ("Brandt met a chairwoman of the port board.
 * '...,' she told him."): the pronoun fits the one described surely, and `s` only maybe.
 */
export function genderedNewcomerBeside(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean): boolean {
  const seen = people.seenAt(s);
  if (seen === undefined) return false;
  for (let k = seen; k < people.read.sentence; k++) {
    const at = people.read.textOf.get(k);
    if (!at) continue;
    for (const head of newcomersIn(at.masked.slice(at.from, at.to), isPerson, isPerson)) {
      // (Not `s` itself, brought in so: "I asked a Russian cameraman ... '...,' he said.")
      if (s.heads.has(head) || s.words.has(head)) continue;
      if (headSex(head) === want) return true;
    }
  }
  return false;
}

const DEFINITE_SPEAKING = /(?:^|[\s(,])[Tt]he\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}]{3,})\s+(?:said|says|told|tells|added|adds|replied|explained|noted|argued|insisted|warned|countered|acknowledged)\b/gu;

/**
 * Whether a sentence the pronoun passes over, after `s` was last seen, has someone described by a definite
 * description speak ("..., the club treasurer said he had to check first."), whose head noun is none the text
 * gave `s`: another person spoke since, whom the reading did not tie to anyone, and the pronoun may mean them.
 */
export function describedSpeakerBetween(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean): boolean {
  const seen = people.seenAt(s) ?? 0;
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  for (let k = seen + 1; k < people.read.sentence; k++) {
    const at = people.read.textOf.get(k);
    if (!at) continue;
    for (const m of at.masked.slice(at.from, at.to).matchAll(DEFINITE_SPEAKING)) {
      const head = m[1]!.split(/\s+/u).pop()!;
      // (A title the lexicon files first as a thing, "the chair said", is a person when it speaks.)
      if (!(isPerson(head) || (TITLES.has(head) && isKindOf(head, 'person', 6))) || tellsOther(head, want)) continue;
      if (s.heads.has(head) || s.words.has(head) || given.includes(head)) continue;
      return true;
    }
  }
  return false;
}

// A sentence opening on "the" and one or two lower-case words, perhaps after a phrase of place or time set off by a
// comma: "Back at the market, the grocer was restocking ...", "The ferryman shrugged.".
const DEFINITE_OPENING = /^\s*(?:[^,;:"“”_]{1,40},\s+)?[Tt]he\s+([\p{Ll}-]{3,})(?:\s+([\p{Ll}-]{3,}))?/u;

/**
 * Whether a sentence the pronoun passes over, after `s` was last seen, opens on "the" and a noun that is the head of
 * another speaker the text brought in before `s` (`earlier`: "The grocer, who left Seoul, said ..." read as its own
 * speaker), and none the text gave `s`: the text called someone else by that description first, so it is no
 * epithet for `s`, and the pronoun after it ("Back at the market, the grocer was restocking. '...,' he said.") may
 * mean the one described. (One brought in after `s` may be `s` under an epithet the reading did not tie: "Kim
 * Sung-ho, who owns the grocery, said .... The grocer said he had watched it "...". '...,' he said.")
 */
export function otherSpeakersDescriptionOpens(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', earlier: readonly LocalSpeaker[]): boolean {
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  for (const text of sentencesSince(people, s)) {
    const m = DEFINITE_OPENING.exec(text);
    if (!m) continue;
    for (const head of [m[1]!, m[2]].filter((w): w is string => w !== undefined)) {
      if (tellsOther(head, want) || s.heads.has(head) || s.words.has(head) || given.includes(head)) continue;
      if (earlier.some((o) => o !== s && !o.plural && o.kind !== 'organisation' && o.heads.has(head))) return true;
    }
  }
  return false;
}

// A sentence opening on "The" and a description (a few lower-case words) before its verb: "The defence minister stayed ...".
const DESCRIBED_OPENING = /^\s*(?:(?:But|And|Meanwhile|Still|Yet),?\s+)?The\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}]{3,})\s+(?:(?:also|then|later|again)\s+)?(?:[\p{Ll}]+ed|was|is|had|has|stayed|stood|sat|kept|went|came|took|made|spent|held|met|led|ran|gave|left)\b/u;

/**
 * Whether a sentence since `s` was last seen (or that one) opens on someone else, described ("The defence
 * minister stayed at Kim's elbow ..."), with `s` in it only as an owner ("Kim's"): the sentence is about the
 * one described, whom a "he" after it more likely means, and the reading did not tie that description to anyone.
 */
export function describedSubjectOver(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean): boolean {
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  const ends = new Set(s.names.flatMap((n) => nameWords(n).slice(-1).concat(nameWords(n).slice(0, 1))).map((w) => w.toLowerCase()));
  for (const text of sentencesSince(people, s, true)) {
    const m = DESCRIBED_OPENING.exec(text);
    if (!m) continue;
    const head = m[1]!.split(/\s+/u).pop()!;
    if (!isPerson(head) || tellsOther(head, want)) continue;
    // (A description the text gave `s` is `s`: "The minister" after "the unification minister, Kim".)
    if (given.includes(m[1]!) || ((s.heads.has(head) || s.words.has(head)) && !m[1]!.includes(' '))) continue;
    // The person's name in that sentence only as an owner ("Kim's"): the one described beside it is someone
    // else. (A sentence that does not name `s` at all may describe `s` in other words, "The radio talker has
    // ...", as writers vary how they name the person a story is about.)
    let named = false;
    let owner = false;
    for (const w of text.matchAll(/[\p{Lu}][\p{L}-]*(?:['’]s\b)?/gu)) {
      const bare = w[0].replace(/['’]s$/u, '');
      if (!ends.has(bare.toLowerCase())) continue;
      if (bare === w[0]) named = true;
      else owner = true;
    }
    if (owner && !named) return true;
  }
  return false;
}

// A sentence opening on "The", up to three words placing or qualifying someone (a state, a party: capitalised or
// not) and a noun in the possessive before what is theirs: "The Velmark senator's answer was ...".
const DESCRIBED_OWNER_OPENING = /^\s*(?:(?:But|And|Meanwhile|Still|Yet),?\s+)?The\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}]{3,})['’]s\s+[\p{Ll}]/u;

/**
 * Whether a sentence the pronoun passes over, after `s` was last seen, opens on what someone described owns
 * ("The Velmark senator's answer was that ..."): the sentence is about that one, whom a "he" after it may mean
 * as much as `s`, and the reading did not tie the description to anyone. Not a noun of the other sex, nor one
 * the text gave `s`.
 */
export function describedOwnerOver(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean): boolean {
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  for (const text of sentencesSince(people, s)) {
    const m = DESCRIBED_OWNER_OPENING.exec(text);
    if (!m) continue;
    const head = m[1]!;
    if (!isPerson(head) || tellsOther(head, want)) continue;
    if (given.includes(head) || s.heads.has(head) || s.words.has(head)) continue;
    return true;
  }
  return false;
}

// A possessive opening on a word for a person, a "who"/"whom" clause set off (its last capitalised word kept, a
// first name perhaps), then the verb's first word.
const REL_SUBJECT = /^\s*(?:His|Her|Their|My|Our)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+),\s+(?:who|whom)\s(?:[^,;:]{0,120}?\b([\p{Lu}][\p{Ll}'’-]+))?[^,;:]{0,60}?,\s+([\p{Ll}][\p{Ll}'’-]*)/u;

/**
 * Whether sentence `k` opens with a person other than `s` as the subject of a verb, whom a pronoun of gender
 * `want` may mean: one the text knows to be of that gender, or a bare surname no list knows as a common word,
 * even one named nowhere else ("Tarkin dodged the question"). Not a group ("Officials said", "Democrats want", "Others say"), a place or
 * someone the text or a first name shows to be of the other gender, nor a possessive ("Trump's stance").
 */
export function opensWithOtherPerson(people: PeopleKnown, k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
  const at = people.read.textOf.get(k);
  if (!at) return false;
  // "The paper's foreign editor, Goh Li Na, sees ...": a role opening the sentence, then a full name set off
  // by commas before the verb; that person is the subject.
  const set = /^\s*(?:The|A|An|Its|His|Her|Their)\s+[^,;:]{1,60}?,\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}),\s+([\p{Ll}][\p{Ll}'’-]*)/u.exec(at.masked.slice(at.from, at.to));
  if (set && VERB_LIKE.test(set[2]!) && !FUNCTION_WORDS.has(set[2]!) && classifyProperName(set[1]!) === 'person' && !s.names.some((n) => sameFullName(nameWords(n), nameWords(set[1]!)))) {
    const known = people.byEnd(nameWords(set[1]!).at(-1) ?? '');
    if (known === s) return false;
    // (Only a gender the text told rules the person out: a first name's guess may be wrong for a name written
    // family name first, "Goh Li Na".)
    return !(known && known.genderSure && known.gender !== want);
  }
  // "Her partner, whom she would name only as Oleg, was unloading boxes.": one brought on by a possessive word for a
  // person, a "who"/"whom" clause set off, then the verb: another the pronoun may mean, unless the noun's sex (or
  // a first name the clause gives) is the other, or `s` was given that noun.
  const rel = REL_SUBJECT.exec(at.masked.slice(at.from, at.to));
  if (rel && (/^(?:was|is|had|has)$/u.test(rel[3]!) || (VERB_LIKE.test(rel[3]!) && !FUNCTION_WORDS.has(rel[3]!))) && (wordNetPerson(rel[1]!) || nounSex(rel[1]!)) && !s.heads.has(rel[1]!)) {
    const sex = nounSex(rel[1]!) ?? (rel[2] ? genderOfName(rel[2]) : null);
    if (!(sex && sex !== want)) return true;
  }
  // "Meanwhile Zelda, who took the top award, spoke ...": one word set off before "who" opens the sentence (after
  // a connective or none); "who" tells a person, whatever the lexicon makes of the word.
  const who = /^\s*(?:(?:Meanwhile|Then|Later|Still|Also|Next|Finally|Afterwards|Afterward|Earlier),?\s+)?([\p{Lu}][\p{Ll}'’-]+),\s+who\s/u.exec(at.masked.slice(at.from, at.to));
  if (who) {
    const key = nameWords(who[1]!)[0] ?? '';
    if (s.names.some((n) => nameWords(n).includes(key)) || FUNCTION_WORDS.has(who[1]!.toLowerCase()) || /^(?:He|She|It|They|We|I|You)$/u.test(who[1]!)) return false;
    const known = people.byEnd(key);
    if (known) return known !== s && known.kind === 'person' && (!known.gender || known.gender === want);
    const tags = lexTags(who[1]!);
    const g = tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : null;
    return classifyProperName(who[1]!) === 'person' && !(g && g !== want);
  }
  // "Tarvo's final view was simple.": a possessive before a noun of opinion puts its owner forward to speak
  // (`owned-verdict.ts`); another the pronoun may mean, unless the text told the other gender.
  const owner = ownedVerdictOpening(at.masked.slice(at.from, at.to));
  if (owner) {
    const words = nameWords(owner);
    if (s.names.some((n) => nameWords(n).includes(words.at(-1) ?? ''))) return false;
    const known = people.byEnd(words.at(-1) ?? '');
    if (known) return known !== s && known.kind === 'person' && !(known.gender && known.gender !== want);
    return classifyProperName(owner) === 'person';
  }
  const m = /^\s*([\p{Lu}][\p{L}'’-]*)\s+([\p{Ll}][\p{Ll}'’-]*)/u.exec(at.masked.slice(at.from, at.to));
  if (!m || FUNCTION_WORDS.has(m[2]!) || !VERB_LIKE.test(m[2]!)) return false;
  const w = m[1]!;
  if (CLAUSE_OPENERS.has(w.toLowerCase())) return false;
  // "Trump's stance on ...": a possessive opening is not the subject.
  if (/['’]s?$/u.test(w)) return false;
  const key = nameWords(w)[0] ?? '';
  if (s.names.some((n) => nameWords(n).includes(key))) return false;
  if (FUNCTION_WORDS.has(w.toLowerCase()) || /^(?:He|She|It|They|We|I|You)$/u.test(w)) return false;
  const known = people.byEnd(key);
  if (known) return known !== s && known.kind === 'person' && known.gender === want;
  return unknownWordMayBePerson(w, want);
}

/**
 * Whether a capitalised word the reading does not know, opening a clause as its subject, may be a person's bare
 * surname of gender `want` (or of none told): not a common word, a place, a month or another kind of word.
 */
export function unknownWordMayBePerson(w: string, want: 'm' | 'f'): boolean {
  if (classifyProperName(w) !== 'person' || commonWordNotName(w) || (/s$/u.test(w) && commonWordNotName(w.slice(0, -1)))) return false;
  const tags = lexTags(w);
  if (tags.some((t) => /^(?:Noun|Adjective|Verb|Adverb|Determiner|Preposition|Conjunction|Value|Month|WeekDay|Date|Plural|Actor|Place|Region|City|Country)/u.test(t))) return false;
  const g = tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : null;
  return !(g && g !== want);
}

// A word after a sentence's opening name that reads as its verb: a past or present tense, a modal, an adverb of time.
export const VERB_LIKE = /^(?:[\p{Ll}]+(?:ed|es|s)|said|told|was|is|has|had|took|made|gave|went|saw|spoke|wrote|came|got|left|met|ran|won|lost|sent|kept|held|put|set|led|thought|felt|knew|stood|sat|became|began|brought|did|does|would|will|could|can|may|might|must|should|also|then|later|never|still)$/u;
// Words opening a clause or a phrase that neither WordNet nor the function words know: no one's name.
const CLAUSE_OPENERS = new Set(['whether', 'although', 'though', 'despite', 'unless', 'whereas', 'while', 'because', 'since', 'once', 'until', 'amid', 'amidst', 'among', 'amongst', 'upon', 'within', 'without', 'toward', 'towards', 'whenever', 'wherever', 'whatever', 'whoever', 'whichever', 'thus', 'hence', 'yet', 'nor', 'per', 'via', 'unlike', 'like', 'besides', 'beyond', 'throughout', 'regardless', 'asked', 'according']);

// A sentence opening with a name, its possessive or not, then one or two lowercase words of role and a full name:
// "Okoye pollster Dirk Brandt", "Okoye's campaign manager Ana Ruiz" (the role's words no function words).
const AIDE_OPENING = /^\s*([\p{Lu}][\p{L}'’-]*?)(?:['’]s)?\s+((?:[\p{Ll}-]{3,}\s+){1,2})([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}]\.)?\s+[\p{Lu}][\p{L}'’-]+)(?=[\s,])/u;

/** The opening "NAME role Full Name" of a sentence, when the role's last word is a noun of person ("pollster", "adviser"; not "said"), or null. */
export function aideOpening(sentence: string): RegExpExecArray | null {
  const m = AIDE_OPENING.exec(sentence);
  if (!m) return null;
  const head = m[2]!.trim().split(/\s+/u).at(-1)!;
  return isRoleNoun(head) || (/(?:er|or|ist|ian|ant|ent)$/u.test(head) && isKindOf(head, 'person', 5)) ? m : null;
}

// A sentence opening on "His", "Her" or "Their", a description of a few lower-case words and its verb or a "who"
// clause: "His assistant was more critical.", "Her deputy, who ..., took over.", "His brother, a farmer, lost ...".
// (A negative auxiliary as well: "His neighbour wasn't so sure." offers someone else as much as "was" does.)
// (The name may be set off after the noun: "His business partner, Wati, was blunter." A single name the reading
// does not take for a person is still someone the pronoun may mean.)
const POSSESSED_OPENING = /^\s*(?:(?:But|And|Meanwhile|Still|Yet),?\s+)?(?:His|Her|Their|Its|My|Our|One\s+of\s+(?:the|his|her|their|its|my|our))\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}]{3,}(?:-[\p{Ll}]+)*)(?:\s*,\s+(?:who\b|(?:a|an|the)\s[^,]{1,60},\s+[\p{Ll}])|(?:\s*,\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2},)?\s+(?:(?:also|then|later|again|only|just)\s+)?(?:[\p{Ll}]+ed|(?:was|is|had|has|did|does|would|could|were)n['’]t|won['’]t|can['’]t|was|is|had|has|said|says|told|lives|works|stayed|stood|sat|kept|went|came|took|made|spent|held|met|led|ran|gave|left|lost|won|felt|saw|thought|sounded|seemed|did|does|would|will|could)\b)/u;

// A subject after its verb, behind a phrase of place: "Behind him stood the engineer who built it.", "Beside
// her sat a nurse.", "Among them was his brother."
const INVERTED_SUBJECT = /^\s*(?:Behind|Beside|Next\s+to|Alongside|Among|With)\s+(?:him|her|them|the\s+[\p{Ll}]+)\s+(?:stood|sat|was|waited|walked|came|knelt)\s+(?:the|a|an|his|her|their)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}]{3,})(?=\s+(?:who|of|from|with)\b|\s*[,.;]|$)/u;

/**
 * Whether a sentence the pronoun passes over, after `s` was last seen, opens on someone described as the relation
 * or helper of a "his", "her" or "their" ("His assistant was more critical.", "His brother, who farms the next
 * valley, lost his barn."): that one is the sentence's subject, someone other than the one the possessive means,
 * whom a pronoun after it may as well mean. A noun of the other gender ("Her husband" before "she") is not meant;
 * nor a description the text gave `s`. (The writer's own relation too, in a letter or column: "My cousin lives in
 * Oslo; when I called her, she said ...", so one described and quoted paragraphs before does not take the "she".)
 */
export function possessedSubjectBetween(people: PeopleKnown, s: LocalSpeaker, want: 'm' | 'f', isPerson: (noun: string) => boolean): boolean {
  const seen = people.seenAt(s) ?? 0;
  const given = [...s.roles, ...s.mentionRoles].join(' ').toLowerCase();
  for (let k = seen + 1; k < people.read.sentence; k++) {
    const at = people.read.textOf.get(k);
    if (!at) continue;
    const text = at.masked.slice(at.from, at.to);
    const m = POSSESSED_OPENING.exec(text) ?? INVERTED_SUBJECT.exec(text);
    if (!m) continue;
    // ("One of the builders": the plural's one person.)
    const last = m[1]!.split(/\s+/u).pop()!;
    const one = /^\s*(?:(?:But|And|Meanwhile|Still|Yet),?\s+)?One\s/u.test(m[0]);
    const whole = one ? singular(last) : last;
    // (A kin word's compound is read by its kin word: "His father-in-law", "Her step-brother", "His ex-wife".)
    const head = whole.includes('-') ? whole.replace(/-in-law$/u, '').replace(/^(?:(?:step|half|ex|great|grand)-)+/u, '') : whole;
    // (Not many: "Her directors and advisers continued ..." are no "she".)
    if (!one && (singular(last) !== last || /\b(?:and|or)\b/u.test(m[1]!))) continue;
    if (!isPerson(head) || tellsOther(head, want)) continue;
    if (given.includes(m[1]!) || s.heads.has(head) || s.words.has(head)) continue;
    return true;
  }
  return false;
}
