/** One paragraph's quotes with their own attributions, read sentence by sentence; its narration's subjects noted. */
import { wordsSourcedAfter } from './speaker-named-after.ts';
import { SECOND_IN_SET_OFF_CLAUSE } from './contact-relative-subject.ts';
import { copularIntroduced, introducedObject } from './introduced-object.ts';
import { namedObject } from './named-object.ts';
import { gestureSubject } from './gesture-subject.ts';
import { blankCreditDashes } from './dash-credit.ts';
import { blankWriterAsides } from './writer-aside.ts';
import type { Passage } from '../types.ts';
import { maskQuotes, SPEECH_VERB, type QuoteSpan } from './attribution.ts';
import { cleanRole, type DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { genderOfName, titleGender } from './local-speaker.ts';
import { nameWords } from './names.ts';
import { ACTS_ON_OTHER, SAME_GENDER_BESIDE } from './pronoun-rivals.ts';
import { reportingSubject } from './reported-speech.ts';
import { openingSubjectForPronoun, relayedSubjectForPronoun, reporterForPronoun } from './reporter-pronoun.ts';
import { kinOpening } from './kin-description.ts';
import { listedGender } from './name-gender.ts';
import type { QuoteRecord } from './quote-record.ts';
import { onlySpaces, readQuote } from './read-quote.ts';
import { parseSubjectPhrase } from './speaker-phrases.ts';
import { noteSubject } from './subject-notes.ts';
import { mainClauseSubject } from './main-clause-subject.ts';
import { stanceOneNameDescribed, stanceSubject } from './stance-subject.ts';
import { mannerSubject } from './speech-manner.ts';
import { correctedSpeaker } from './correction-note.ts';
import { entryWriter } from './written-entry.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { SENTENCE_STARTERS } from '../text/sentences.ts';
import { commonWordNotName } from './first-names.ts';
import { senseWords } from '../text/wordnet.ts';
import { trailingCreditSubject } from './split-clause-subject.ts';

const TITLE_CUT = /\b(?:said|says|added|told|according to)\s+[\p{Lu}][\p{Ll}]{1,3}\.\s*$/u;

/**
 * The passage's sentences (the shared splitter's), with those that end inside a quotation joined to the next:
 * a full stop inside a quote ends no sentence of the narration.
 */
function sentencesOutsideQuotes(p: Passage, spans: readonly QuoteSpan[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  for (const s of p.sentences) {
    const last = out[out.length - 1];
    while (k < spans.length && spans[k]!.close < s.start) k++;
    // The sentence before ended inside a quote that runs on into this one: one sentence. So did one that ended
    // on a title's abbreviation the splitter does not know, after a reporting verb ("..., said Del. Jane Doe").
    if (last && k < spans.length && spans[k]!.open < last[1] && last[1] <= spans[k]!.close) last[1] = s.end;
    else if (last && TITLE_CUT.test(p.text.slice(Math.max(last[0], last[1] - 30), last[1])) && /^\s*[\p{Lu}]/u.test(p.text.slice(s.start, s.start + 3)) && !opensNoName(p.text.slice(s.start, s.start + 60))) last[1] = s.end;
    else out.push([s.start, s.end]);
  }
  return out;
}

/**
 * Whether a sentence opens on words that are no name a title's abbreviation could stand before: a function word
 * ("In the suburbs, ...", "The mood ..."), a common word with a lowercase word after it ("Across town, ...",
 * "Outside the hall ..."), or an adverb set off by its comma ("Later, ..."). '"...," said Ruiz. Across town, ...': "Ruiz." ended its sentence; no "Del." before a name.
 */
function opensNoName(text: string): boolean {
  const m = /^\s*[“"‘']?([\p{Lu}][\p{L}'’-]*)(\s+[\p{Ll}]|,)?/u.exec(text);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  if (FUNCTION_WORDS.has(w) || SENTENCE_STARTERS.has(w)) return true;
  if (m[2] === undefined || !commonWordNotName(m[1]!)) return false;
  // (Before a comma, only a word WordNet has as no noun, an adverb set off at the front: "Later,", "Meanwhile,";
  // "Brown," may be the name after "Del.".)
  return /^\s/u.test(m[2]) || senseWords(w, 'noun', 1).length === 0;
}

// A comma and a conjunction opening a clause of its own on a capitalised word: ", and Kane ...", ", but Ms Roe ...".
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas|yet)\s+(?=(?:Mr|Mrs|Ms|Dr)?\.?\s*[\p{Lu}][\p{Ll}])/gu;

/** Where the last clause joined by a comma and "and" ("but", "while") opens in `masked[rs, re)`, or -1. */
function lastJoinedClause(masked: string, rs: number, re: number): number {
  // (Every match opens on a comma: with none in the sentence, the search would only run on to the paragraph's end.)
  const comma = masked.indexOf(',', rs);
  if (comma < 0 || comma >= re) return -1;
  let at = -1;
  JOINED_CLAUSE.lastIndex = rs;
  for (let m = JOINED_CLAUSE.exec(masked); m && m.index < re; m = JOINED_CLAUSE.exec(masked)) at = m.index + m[0].length;
  return at < re ? at : -1;
}

/**
 * The person the document knows whose name opens `clause` ("Kane was the first to greet him"): the name's last
 * word and the sex the document tells of it; null when the clause opens on no such name.
 */
function clausePerson(clause: string, ds: DocumentSpeakers): { last: string; gender: 'm' | 'f' | null } | null {
  const m = CLAUSE_NAME.exec(clause);
  if (!m || !ds.knowsName(m[1]!)) return null;
  const named = parseSubjectPhrase(m[1]!);
  if (named?.type !== 'name' || named.kind !== 'person') return null;
  return { last: named.name.split(/\s+/u).pop()!, gender: ds.mentionedGender(m[1]!) };
}

// A name, perhaps titled, opening a clause before a lowercase word (its verb): "Kane was ...", "Ms Roe reads ...".
const CLAUSE_NAME = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})\s+[\p{Ll}]/u;

/**
 * The name of a person the document knows that opens `clause` as its subject, its verb a finite one after it
 * ("Han reads it aloud", "Lind was the first to greet him"); null for any other opening, or a verb that is no
 * finite one ("Lind speaking", "Roe to follow").
 */
function clauseSubjectName(clause: string, ds: DocumentSpeakers): string | null {
  const m = CLAUSE_NAME.exec(clause);
  if (!m || !clausePerson(clause, ds)) return null;
  // (A bare surname that several full names end on, "Trump" after "Donald Trump" and a misread "a June Trump
  // rally", is no sure subject to note.)
  const words = nameWords(m[1]!);
  if (words.length === 1 && ds.fullNamesEndingIn(words[0]!) > 1) return null;
  const verb = /^\s+([\p{Ll}]+)/u.exec(clause.slice(m[1]!.length))?.[1] ?? '';
  return /^(?:is|was|has|had|did|does|can|could|will|would|may|might|must|should)$|^[\p{Ll}]{2,}(?:ed|[^s']s)$/u.test(verb) ? m[1]! : null;
}

/** Whether `text` opens on the name of a person the document knows, set off by a comma or before any word. */
function opensOnKnownPerson(text: string, ds: DocumentSpeakers): boolean {
  const m = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})(?=[\s,])/u.exec(text);
  if (!m || !ds.knowsName(m[1]!)) return false;
  const named = parseSubjectPhrase(m[1]!);
  return named?.type === 'name' && named.kind === 'person';
}

/** Whether `clause` opens on the name of a person the document knows, other than `one` and not of the other sex. */
function otherKnownPerson(clause: string, one: LocalSpeaker, ds: DocumentSpeakers): boolean {
  const other = clausePerson(clause, ds);
  if (!other || one.names.some((n) => n.split(/\s+/u).includes(other.last))) return false;
  const own = one.gender ?? listedGender(one.names);
  return !(own && other.gender && own !== other.gender);
}

/**
 * The readings of a sentence with no quote in it: its subject, or the one it brings in, noted for a later
 * "he said". (A function of its own, out of the paragraph's callback: V8 optimises, and after a deoptimisation
 * optimises again, each function whole, and the callback with this inside it took seconds of a build.)
 */
function narrationSentence(masked: string, rs: number, re: number, paragraph: number, ds: DocumentSpeakers): void {
  const touched = ds.touches;
  noteSubject(masked, rs, re, paragraph, ds);
  // (Whether the sentence's own reading took in a person as its subject: a body, or no one, leaves a person who
  // opens a clause joined after it the only person the sentence has act; below.)
  const subjectNoted = ds.touches !== touched && ds.latest()?.kind === 'person';
  // "The ruling did not surprise Mara Olsen, a lecturer in law.": with no one for its subject, the sentence
  // brings in the one named with her role, set up for the pronoun after it (`introduced-object.ts`).
  const brought = ds.touches === touched ? introducedObject(masked.slice(rs, re)) : null;
  if (brought) ds.resolve({ type: 'name', name: brought.name, role: null, kind: 'person' }, paragraph, brought.role, false);
  // "Her guest was historian Mara Olsen.": the subject is a role, and the name it is given is whom "she" means next.
  const named = brought ? null : copularIntroduced(masked.slice(rs, re));
  if (named) ds.resolve({ type: 'name', name: named.name, role: null, kind: 'person' }, paragraph, named.role, false);
  // "I met a guide named Liesl Oberg.": the one named, not "a guide", is whom "she" means next (`named-object.ts`).
  const called = brought || named ? null : namedObject(masked.slice(rs, re));
  if (called) ds.resolve({ type: 'name', name: called.name, role: null, kind: 'person' }, paragraph, called.role, false);
  // "Roe has argued the opposite for years; asked about it, the commissioner laughed.": a clause after a
  // semicolon has a subject of its own, the latest the reader met before a quote that follows.
  const semi = masked.lastIndexOf('; ', re);
  // (Its first letter read as a sentence's: "asked about it, the mayor laughed" opens as "Asked" would.)
  // (Only when the reading took in the first clause's subject, to weigh the second's against it.)
  const first = semi > rs && semi + 2 < re ? ds.latest() : null;
  if (first && first.kind !== 'organisation') {
    noteSubject(masked.slice(0, semi + 2) + masked.charAt(semi + 2).toUpperCase() + masked.slice(semi + 3), semi + 2, re, paragraph, ds);
    const second = ds.latest();
    // ("Anton Sell was fined; Victor Sell was jailed.": two people as the clauses' subjects, not told apart by
    // sex, leave a "he" after them to either.)
    if (second && first !== second && first.kind === 'person' && second.kind === 'person' && !(first.gender && second.gender && first.gender !== second.gender)) ds.ambiguous();
    else if (second === first && first.kind === 'person' && otherKnownPerson(masked.slice(semi + 2, re), first, ds)) ds.ambiguous();
  } else if (semi < rs) {
    // "Farrelly rode a fine race, and Kane was the first to greet him.": so a clause joined by "and", "but" or
    // "while" after a comma, opening on a capitalised name of its own.
    // (Only to leave the pronoun open: the second clause's subject is not taken as the one meant.)
    const joint = lastJoinedClause(masked, rs, re);
    const before = joint >= 0 ? ds.latest() : null;
    if (before && before.kind === 'person' && otherKnownPerson(masked.slice(joint, re), before, ds)) ds.ambiguous();
    else if (joint >= 0 && !subjectNoted && !opensOnKnownPerson(masked.slice(rs, joint).trimStart(), ds)) {
      // (Not when a person the document knows opens the sentence: "Rowe, a former nurse, and Ashby clashed" is a
      // subject of two, whom the reading did not take as one; neither is the one sentence's subject.)
      // "In the evening the agency publishes its account, and Han reads it aloud.": when the first clause's subject
      // is a body or no one, the person the document knows who opens the joined clause is the one person the
      // sentence has act; noted as its subject, so a "she" after it weighs them against anyone named since
      // rather than leaping past them (`clauseSubjectName`).
      const name = clauseSubjectName(masked.slice(joint, re), ds);
      if (name) ds.resolve({ type: 'name', name, role: null, kind: 'person' }, paragraph, null, false);
    }
  }
}

// A short label closed by a colon, then a capital: "Lavrov: ", "The Kremlin: ". (Its bold marks, "**Lavrov:**",
// are blanked to spaces before the reading, offsets kept: a run of spaces may stand on either side of the colon.)
// (Not before a pronoun: "- **Seoul's ministry:** It is watching ..." goes on with the label's body.)
const LEAD_IN_LABEL = /^[ \t]*[\p{Lu}][^\s.!?:;"“”]*(?:[ \t]+[^\s.!?:;"“”]+){0,4}[ \t]*:[ \t]+(?=[\p{Lu}])(?!(?:It|Its|He|His|She|Her|They|Their|We|Our|This|That|These|Those)\b)/u;

/**
 * Where the words after a list item's lead-in label start ("- **The Kremlin:** Spokesman NAME ...", the label
 * bolded, its marks blanked), past the list marker ending at `from`; 0 when the paragraph is no list item
 * (`from` 0) or opens with no such label. An explainer labels its items so; the label is no one's words and no
 * subject, and the sentence after it is read from its own first word. (Not when that word is a pronoun or a
 * demonstrative, which may go back to the label itself.)
 */
export function listLeadIn(text: string, from: number): number {
  if (from === 0) return 0;
  const m = LEAD_IN_LABEL.exec(text.slice(from, from + 80));
  return m ? from + m[0].length : 0;
}

/** The quotes of one paragraph with their own attributions, and the subjects of its narration sentences. */
export function readParagraph(p: Passage, pi: number, spans: readonly QuoteSpan[], ds: DocumentSpeakers, prevPlain: Passage | null, speakerBefore: LocalSpeaker | null, opensAt = 0): QuoteRecord[] {
  let lastSpeaker = speakerBefore;
  const text = p.text;
  const masked = blankWriterAsides(text, blankCreditDashes(text, maskQuotes(text, spans), spans), spans);
  const ranges = sentencesOutsideQuotes(p, spans);
  const out: QuoteRecord[] = [];
  let si = 0;
  // A list item's marker ("- Putin pledges ...") opens no sentence: its first sentence starts after it.
  const marker = /^\s*[-*•]\s+/u.exec(text);
  if (marker && ranges[0] && ranges[0][0] < marker[0].length && marker[0].length < ranges[0][1]) ranges[0][0] = marker[0].length;
  // Nor does a list item's lead-in label ending in a colon ("- **The Kremlin:** Spokesman NAME told reporters
  // ..."): the sentence's subject is the one after it, for a "he said" to go back to.
  const leadIn = listLeadIn(text, marker?.[0].length ?? 0);
  if (leadIn > 0 && ranges[0] && ranges[0][0] < leadIn && leadIn < ranges[0][1]) ranges[0][0] = leadIn;
  // A transcript turn's label ("JO ROE, REPORTER: ...") opens no sentence either: the turn's words do (`opensAt`).
  if (opensAt > 0 && ranges[0] && ranges[0][0] < opensAt && opensAt < ranges[0][1]) ranges[0][0] = opensAt;
  ranges.forEach(([rs, re], ri) => {
    ds.nextSentence(p.paragraph, masked, rs, re);
    const inSentence: QuoteSpan[] = [];
    while (si < spans.length && spans[si]!.open < re) inSentence.push(spans[si++]!);
    if (inSentence.length === 0) {
      narrationSentence(masked, rs, re, p.paragraph, ds);
      return;
    }
    // A sentence that opens with its subject before a quote ("Oku Tae-min denounced what he called a ..."):
    // the subject is at hand for a pronoun inside it.
    if (inSentence[0]!.open > rs + 1) noteSubject(masked, rs, re, p.paragraph, ds);
    for (const span of inSentence) {
      const record = readSentenceQuote(p, pi, span, spans, inSentence, ranges, ri, rs, re, masked, prevPlain, lastSpeaker, ds);
      pronounFromNeighbours(record, p, span, spans, inSentence, ranges, ri, rs, re, masked, prevPlain, lastSpeaker, ds);
      if (record.local && record.quote.speech) lastSpeaker = record.local;
      out.push(record);
    }
    // "When Roe said on the radio, "...," Kask snorted.": the quote is the fronted clause's, but the sentence is
    // about the main clause's subject, named after the quote: at hand, last, for a "he" after it.
    const main = mainClauseSubject(masked.slice(rs, re));
    const mainAt = main ? masked.indexOf(main, inSentence[0]!.close) : -1;
    const mainParsed = main && mainAt >= 0 && mainAt < re ? parseSubjectPhrase(main) : null;
    if (mainParsed?.type === 'name' && mainParsed.kind === 'person' && (/\s/u.test(mainParsed.name) || ds.knowsName(mainParsed.name))) ds.resolve(mainParsed, p.paragraph, null, false);
  });
  return out;
}

/** A quote of sentence `ri` (`[rs, re)` of `ranges`) read, and credited from the sentences around it when its own does not. */
function readSentenceQuote(p: Passage, pi: number, span: QuoteSpan, spans: readonly QuoteSpan[], inSentence: readonly QuoteSpan[], ranges: readonly [number, number][], ri: number, rs: number, re: number, masked: string, prevPlain: Passage | null, lastSpeaker: LocalSpeaker | null, ds: DocumentSpeakers): QuoteRecord {
  const text = p.text;
  // A quote that ends its sentence with "?" or "!" may be credited in the next one: `"Why?" Graham asked.`
  const next = ranges[ri + 1];
  const grammarEnd = next && onlySpaces(masked, span.close + 1, re) ? next[1] : Math.max(re, span.close + 1);
  const record = readQuote(p, pi, span, spans, masked, rs, Math.max(re, span.close + 1), grammarEnd, ds);
  // A correction note's words wrongly attributed: the one it names as having said them, or no one.
  const corrected = correctedSpeaker(masked.slice(rs, re), next ? masked.slice(next[0], next[1]) : null);
  if (corrected) creditCorrected(record, corrected, p.paragraph, ds);
  // `"... the pier." Brandt said.`: a sentence of nothing but a name and a reporting verb, right after a quote
  // that ends its own sentence on a full stop, credits that quote (the writer's comma became a stop).
  // So does `"... the pier." said Lena Holt.`, the sentence running on after the stop.
  if (!record.local && !record.own && span.closed && /\.\s*$/u.test(text.slice(span.open + 1, span.close))) {
    const rest = onlySpaces(masked, span.close + 1, re) ? (next && !spans.some((s) => s.open < next[1] && s.close >= next[0]) ? masked.slice(next[0], next[1]) : '') : masked.slice(span.close + 1, re);
    const bare = bareCredit(rest);
    const named = bare ? parseSubjectPhrase(bare) : null;
    if (named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
      record.local = ds.resolve(named, p.paragraph, null, true);
      record.path = `bare credit after | ${ds.lastPath}`;
      record.own = true;
      record.quote.speech = true;
    }
  }
  // `"... by accident." Jane Roe wrote that line in 1996, ...`: the next sentence names who wrote or said "that
  // line" ("those words", "the remark") as its subject, whatever else it quotes.
  if (!record.local && !record.own && span.closed && /[.!?]\s*$/u.test(text.slice(span.open + 1, span.close)) && onlySpaces(masked, span.close + 1, re) && next) {
    const owner = LINE_OWNER.exec(masked.slice(next[0], next[1]));
    const named = owner ? parseSubjectPhrase(owner[1]!) : null;
    if (named?.type === 'name' && named.kind === 'person' && (/\s/u.test(named.name) || ds.knowsName(named.name))) {
      record.local = ds.resolve(named, p.paragraph, null, true);
      record.path = `owner of the line, next sentence | ${ds.lastPath}`;
      record.own = true;
      record.quote.speech = true;
    }
  }
  // `Kim signs the visitors' book. The entry reads: "..."`: the one who wrote it (no quote in that sentence).
  const prev = ri > 0 && !spans.some((s) => s.open < ranges[ri - 1]![1] && s.close >= ranges[ri - 1]![0]) ? masked.slice(ranges[ri - 1]![0], ranges[ri - 1]![1]) : null;
  const wrote = !record.local && span === inSentence[0] ? entryWriter(masked.slice(rs, span.open), prev) : null;
  const writer = wrote ? parseSubjectPhrase(wrote) : null;
  if (writer?.type === 'name' && writer.kind === 'person' && (/\s/u.test(writer.name) || ds.knowsName(writer.name))) {
    record.local = ds.resolve(writer, p.paragraph, null, true);
    record.path = `written entry | ${ds.lastPath}`;
    record.own = true;
    record.quote.speech = true;
  }
  // A full sentence quoted on its own after a sentence of reported speech with no quote in it: "Carter said
  // that ... . “That's because ...”" is Carter's (in the paragraph, or ending the paragraph before).
  // (Not when the sentence after gives the words a source of their own, '"..." That was how one delegate summed up
  // her speech.': the sentence before told of the speech, the words are the one summing it up; `speaker-named-after.ts`.)
  if (!record.local && !record.own && record.sentenceInitial && !record.quote.partial && span === inSentence[0] && !creditAfter(masked, span.close + 1, re) && !wordsSourcedAfter(text, record)) {
    const before = ri > 0 ? (spans.some((s) => s.open < ranges[ri - 1]![1] && s.close >= ranges[ri - 1]![0]) ? null : { text, range: ranges[ri - 1]! }) : record.paragraphInitial && prevPlain?.sentences.length ? { text: prevPlain.text, range: lastSentence(prevPlain) } : null;
    const read = before ? reportingSubject(before.text, before.range[0], before.range[1], /\?[\s'’"”]*$/u.test(text.slice(span.start, span.end))) : null;
    const parsed = read ? parseSubjectPhrase(read.phrase) : null;
    let stance: LocalSpeaker | null = null;
    if (read && parsed) {
      // ('Ivo Lund said .... Also, Roe is no friend of ours, he said. "..."': the one reporting is not the name the
      // clause opens with.)
      const earlier = ri > 1 && before!.range === ranges[ri - 1] ? text.slice(ranges[ri - 2]![0], ranges[ri - 2]![1]) : null;
      const about = parsed.type === 'pronoun' && (parsed.pronoun === 'he' || parsed.pronoun === 'she') ? trailingCreditSubject(before!.text.slice(before!.range[0], before!.range[1]), parsed.pronoun, earlier) : null;
      if (about) ds.passOverNext(about);
      record.local = ds.resolve(parsed, p.paragraph, read.role, true);
      // ("Listeners wrote in during the hour. "..."": a bare plural of people is many voices, and the quote
      // one of them the text does not name: no one.)
      if (record.local?.plural && record.local.kind === 'unnamed' && record.local.names.every((n) => /^[\p{L}-]+$/u.test(n))) record.local = null;
      record.path = `reported speech before | ${ds.lastPath}`;
      record.attributedRole = cleanRole(read.role ?? (parsed.type === 'name' ? parsed.role : null));
      record.own = true;
      record.quote.speech = true;
    } else if (before && (stance = stancePerson(before.text.slice(before.range[0], before.range[1]), p.paragraph, ds, before.text.slice(0, before.range[0])))) {
      // "Ana Ruiz was less sure. "..."": the sentence sets up how the named person stands; the quote says it.
      record.local = stance;
      record.path = 'stance of the sentence before';
      record.quote.speech = true;
    } else if (ri > 0 && before && (stance = gesturePerson(before.text.slice(before.range[0], before.range[1]), p.paragraph, ds))) {
      // "Berg shook his head. "Not a chance."", "She laughs at the memory. "..."": the one who gestured
      // in the sentence before says the quote.
      record.local = stance;
      record.path = `gesture of the sentence before | ${ds.lastPath}`;
      record.quote.speech = true;
    } else if (before && lastSpeaker && namesOpening(before.text.slice(before.range[0], before.range[1]), lastSpeaker)) {
      // A sentence about the one who spoke last, named as its subject ("Viguerie is upbeat about ...",
      // after Viguerie's quotes), before a quote standing alone: the thread of his words goes on.
      record.local = lastSpeaker;
      record.path = 'thread: subject of the sentence before';
      record.quote.speech = true;
    }
  }
  return record;
}

/** A "he" or "she" crediting `record` that its reading could not tell: told from the sentence before or the last speaker. */
function pronounFromNeighbours(record: QuoteRecord, p: Passage, span: QuoteSpan, spans: readonly QuoteSpan[], inSentence: readonly QuoteSpan[], ranges: readonly [number, number][], ri: number, rs: number, re: number, masked: string, prevPlain: Passage | null, lastSpeaker: LocalSpeaker | null, ds: DocumentSpeakers): void {
  const text = p.text;
  // '"...," he said.' after a sentence of reported speech, or one a name opens: "he" goes on with that name (`reporter-pronoun.ts`).
  // (Not when the pronoun's reading found two of its gender in the sentence before, either of whom it may mean.)
  if (!record.local && record.untoldPronoun && record.sentenceInitial && span === inSentence[0] && record.path !== SAME_GENDER_BESIDE && record.path !== ACTS_ON_OTHER && record.path !== SECOND_IN_SET_OFF_CLAUSE) {
    let before = ri > 0 ? (spans.some((s) => s.open < ranges[ri - 1]![1] && s.close >= ranges[ri - 1]![0] && !shortLabel(text.slice(s.open + 1, s.close))) ? null : { text, range: ranges[ri - 1]! }) : record.paragraphInitial && prevPlain?.sentences.length ? { text: prevPlain.text, range: lastSentence(prevPlain) } : null;
    // ("WHITFIELD: Roe told me she would ...": a transcript's speaker label opening the sentence is no part of it.)
    if (before) before.range = [before.range[0] + labelLength(before.text.slice(before.range[0], before.range[1])), before.range[1]];
    // ("Ostby said the debts were paid; Victor Sell disagreed.": a clause after a semicolon that a name opens
    // brings in someone else, whom the pronoun may as well mean.)
    const clauses = before ? before.text.slice(before.range[0], before.range[1]) : '';
    const semi = clauses.lastIndexOf('; ');
    if (before && semi > 0 && SEMICOLON_NAME_CLAUSE.test(clauses.slice(semi + 2))) before = null;
    // (So a clause joined by ", and" that a person of the pronoun's sex, other than the sentence's subject,
    // opens: "Farrelly rode a fine race, and Kane was the first to greet him.")
    const joint = before && semi < 0 ? lastJoinedClause(clauses, 0, clauses.length) : -1;
    const other = joint > 0 ? clausePerson(clauses.slice(joint), ds) : null;
    if (other && !clauses.slice(0, joint).split(/[^\p{L}'’-]+/u).includes(other.last) && other.gender !== (record.untoldPronoun === 'he' ? 'f' : 'm')) before = null;
    let reporter = before ? reporterForPronoun(before.text, before.range, record.untoldPronoun, p.paragraph, ds, masked.slice(span.close + 1, re), record.quote.quote) : null;
    // ("The club's spokeswoman, NAME, said .... The league's spokeswoman, NAME2, said .... "...," she said.": the
    // sentence before that one reports too, by another of the pronoun's sex; either may be meant, so neither.)
    if (reporter && ri > 1 && before!.text === text && before!.range[1] === ranges[ri - 1]![1]) {
      const earlier = reporterForPronoun(text, ranges[ri - 2]!, record.untoldPronoun, p.paragraph, ds, masked.slice(span.close + 1, re), record.quote.quote);
      if (earlier && earlier.key !== reporter.key) reporter = null;
    }
    const subject = before && !reporter ? openingSubjectForPronoun(before.text, before.range, record.untoldPronoun, p.paragraph, ds, masked.slice(span.close + 1, re)) : null;
    // ('She reports that baker Tom Hale ... on his phone. "...," he told her.': the one a reporter of the other
    // sex reports on.)
    const relayed = before && !reporter && !subject ? relayedSubjectForPronoun(before.text, before.range, record.untoldPronoun, p.paragraph, ds, masked.slice(span.close + 1, re)) : null;
    if (reporter || subject || relayed) {
      record.local = reporter ?? subject ?? relayed;
      record.path = reporter ? 'pronoun: the one reporting in the sentence before' : subject ? 'pronoun: the subject of the sentence before' : 'pronoun: the subject of the clause a reporter of the other sex reports in the sentence before';
    }
  }
  // 'Her mother laughed. "...," she said.' right after the daughter spoke: the kin of the last speaker, the
  // person the text gave that relation ("Her daughter Ilse" of the mother), else the description itself.
  // (So too when the "he" was read as the description itself, 'Her brother', one the text never named.)
  const pronoun = record.untoldPronoun ?? (record.local?.kind === 'unnamed' && record.path?.startsWith('pronoun') ? creditPronoun(masked.slice(span.close + 1, re)) : undefined);
  const kinSelf = !record.local || (ri > 0 && record.local.kind === 'unnamed' && record.local.names.length === 1 && text.slice(ranges[ri - 1]![0], ranges[ri - 1]![1]).trimStart().startsWith(record.local.names[0]!));
  // ('Her father was less sure. He remembered, he said, when ... "...".': the description read for a "he" that
  // opens the quote's sentence, the quote inside it, is as much the kin of the last speaker.)
  const kinOpens = !!record.local && record.local.kind === 'unnamed' && kinSelf && ri > 0 ? OPENING_PRONOUN.exec(masked.slice(rs, span.open))?.[1]?.toLowerCase() as 'he' | 'she' | undefined : undefined;
  if (kinSelf && (pronoun ?? kinOpens) && (record.sentenceInitial || kinOpens) && span === inSentence[0] && ri > 0 && lastSpeaker?.kind === 'person' && !lastSpeaker.plural && !spans.some((s) => s.open < ranges[ri - 1]![1] && s.close >= ranges[ri - 1]![0])) {
    const kin = kinOpening(text.slice(ranges[ri - 1]![0], ranges[ri - 1]![1]));
    const ownerGender = lastSpeaker.gender ?? listedGender(lastSpeaker.names);
    if (kin && kin.gender === ((pronoun ?? kinOpens) === 'he' ? 'm' : 'f') && ownerGender === kin.owner) {
      const named = ds.kinOf(lastSpeaker, kin.relation, kin.gender, p.paragraph);
      const found = named ? ds.resolve({ type: 'name', name: named, role: null, kind: 'person' }, p.paragraph, null, true) : null;
      if (found && found !== lastSpeaker && found.kind === 'person' && found.names.includes(named!)) {
        record.local = found;
        record.path = `kin of the last speaker | ${ds.lastPath}`;
      }
    }
  }
  // 'She pointed to ... "...," she said.' after a man answered the woman quoted just before him: hers.
  // (Not after a sentence a kin description of that gender opens, "His daughter tells it differently.": the
  // pronoun is that relation, whom the text may not have named.)
  const kinBefore = ri > 0 ? kinOpening(text.slice(ranges[ri - 1]![0], ranges[ri - 1]![1])) : null;
  if (!record.local && record.untoldPronoun && (record.untoldPronoun === 'he' || record.untoldPronoun === 'she') && span === inSentence[0] && lastSpeaker && kinBefore?.gender !== (record.untoldPronoun === 'he' ? 'm' : 'f')) {
    const answered = ds.answeredBefore(lastSpeaker, record.untoldPronoun === 'he' ? 'm' : 'f', p.paragraph);
    const found = answered ? ds.resolve({ type: 'name', name: answered.names[0]!, role: null, kind: 'person' }, p.paragraph, null, true) : null;
    if (found && found === answered) {
      record.local = found;
      record.path = `pronoun: the one answered | ${ds.lastPath}`;
    }
  }
}

// A he or she opening a sentence as its subject ("He remembered, he said, ...").
const OPENING_PRONOUN = /^\s*(He|She)\s+[\p{Ll}]/u;

const BARE_NAME = String.raw`((?:[\p{Lu}][\p{L}'’-]*\.?\s+){0,3}[\p{Lu}][\p{L}'’-]*)`;
const BARE_VERB = String.raw`(?:said|says|added|adds|wrote|writes|explained|recalled)`;
const BARE_CREDIT = new RegExp(String.raw`^\s*(?:${BARE_NAME}\s+${BARE_VERB}|${BARE_VERB}\s+${BARE_NAME})\.\s*$`, 'u');

/** The name of a sentence that holds only a name and a reporting verb ("Brandt said.", "said Lena Holt."), or null. */
function bareCredit(sentence: string): string | null {
  const m = BARE_CREDIT.exec(sentence);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Gives the record to the one a correction note names (`correction-note.ts`), or to no one. */
/** Gives `record` to the one a correction note names (`phrase`), or to no one for 'nobody'. */
export function creditCorrected(record: QuoteRecord, phrase: string, paragraph: number, ds: DocumentSpeakers): void {
  const parsed = phrase === 'nobody' ? null : parseSubjectPhrase(phrase);
  const local = parsed && parsed.type !== 'pronoun' ? ds.resolve(parsed, paragraph, null, true) : null;
  record.local = local;
  record.own = true;
  record.path = local ? `correction note | ${ds.lastPath}` : 'correction note: no one';
  if (local) record.quote.speech = true;
}

/** The person a sentence of stance or manner has as its subject ("Ana Ruiz was less sure.", "A delegate disagreed."), resolved; or null. */
function stancePerson(sentence: string, paragraph: number, ds: DocumentSpeakers, earlier = ''): LocalSpeaker | null {
  // "Another participant disagreed. "..."": one described, set up to speak by the manner of it, says the quote.
  const manner = mannerSubject(sentence);
  const described = manner ? parseSubjectPhrase(manner) : null;
  if (described?.type === 'description' && described.kind === 'unnamed' && !described.plural) return ds.resolve(described, paragraph, null, true);
  const phrase = stanceSubject(sentence);
  // ("She was less sure.", "Asked whether ..., he was more cautious.": whoever the pronoun means, by the usual reading.)
  // (Not when the paragraph before it names two people the pronoun may mean: "Ms Roe spoke first, then Mrs Kask.
  // She was less sure." tells neither.)
  if (phrase && /^(?:he|she)$/iu.test(phrase) && twoWhomPronounMayMean(earlier, phrase.toLowerCase() === 'he' ? 'm' : 'f')) return null;
  if (phrase && /^(?:he|she)$/iu.test(phrase)) return ds.resolve({ type: 'pronoun', pronoun: phrase.toLowerCase() === 'he' ? 'he' : 'she' }, paragraph, null, true);
  const parsed = phrase ? parseSubjectPhrase(phrase) : null;
  if (parsed?.type !== 'name' || parsed.kind !== 'person' || (!/\s/u.test(parsed.name) && !ds.knowsName(parsed.name) && !stanceOneNameDescribed(sentence))) return null;
  return ds.resolve(parsed, paragraph, null, true);
}

const PERSON_NAME = /(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}/gu;

/**
 * Whether `text` (the paragraph before a sentence of stance with a bare "he" or "she") names two different people
 * the pronoun of gender `want` may mean: persons by full name or courtesy title, of that gender or of none told.
 */
function twoWhomPronounMayMean(text: string, want: 'm' | 'f'): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(PERSON_NAME)) {
    const title = /^(Mr|Mrs|Ms|Miss|Dr)\.?\s/u.exec(m[0])?.[1] ?? null;
    if (!title && !/\s/u.test(m[0])) continue;
    const parsed = parseSubjectPhrase(m[0]);
    if (parsed?.type !== 'name' || parsed.kind !== 'person') continue;
    const gender = titleGender(title) ?? genderOfName(parsed.name);
    if (gender && gender !== want) continue;
    seen.add(parsed.name.split(/\s+/u).pop()!);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** The length of a speaker label in capitals opening a sentence ("WHITFIELD: ", "REP. JANE ROE (D): "), or 0. */
function labelLength(sentence: string): number {
  const m = /^\s*[A-Z][A-Z.'’ -]*(?:\s*\([A-Z][^()]{0,20}\))?(?:,\s*[A-Z][A-Z.'’ -]*)*:\s+(?=[\p{Lu}"“])/u.exec(sentence);
  return m && /[A-Z]{2}/u.test(m[0]) ? m[0].length : 0;
}

/**
 * The person a sentence of nothing but a gesture has as its subject ("Roe shook her head.", "She laughs at the
 * memory."), resolved; or null. A "his" or "her" in it must not tell another sex than the text gave the one found.
 */
function gesturePerson(sentence: string, paragraph: number, ds: DocumentSpeakers): LocalSpeaker | null {
  const phrase = gestureSubject(sentence);
  if (!phrase) return null;
  if (phrase === 'He' || phrase === 'She') return ds.resolve({ type: 'pronoun', pronoun: phrase === 'He' ? 'he' : 'she' }, paragraph, null, true);
  const parsed = parseSubjectPhrase(phrase);
  // ("Asked ..., the student laughs. "..."": a person's description is read as it would be crediting the quote.)
  const described = parsed?.type === 'description' && parsed.definite && !parsed.plural && parsed.kind === 'unnamed';
  if (!described && (parsed?.type !== 'name' || parsed.kind !== 'person' || (!/\s/u.test(parsed.name) && !ds.knowsName(parsed.name)))) return null;
  const found = ds.resolve(parsed!, paragraph, null, true);
  if (!found || (found.kind !== 'person' && !(described && found.kind === 'unnamed')) || found.plural) return null;
  const told = /\bhis\b/u.test(sentence) ? 'm' : /\bher\b/u.test(sentence) ? 'f' : null;
  return told && found.gender && found.gender !== told ? null : found;
}

/**
 * Whether `sentence` opens with a name of `speaker` (its surname, alone or after a title or first name) as the
 * subject of a verb that follows it: "Viguerie is upbeat about ...", "Mr. Viguerie sees ...".
 */
function namesOpening(sentence: string, speaker: LocalSpeaker): boolean {
  if (speaker.kind !== 'person') return false;
  const m = /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:also\s+|then\s+|still\s+)?([\p{Ll}]+)/u.exec(sentence);
  if (!m || /['’]s?$/u.test(m[1]!) || /^(?:and|or|of|who|which|that|in|on|at|for|with)$/u.test(m[2]!)) return false;
  const last = m[1]!.split(/\s+/u).pop()!;
  return speaker.names.some((n) => n.split(/\s+/u).pop() === last);
}

/** Whether a reporting verb or "according to" follows a quote in its sentence (`masked[from, to)`): a credit that could not be read. */
function creditAfter(masked: string, from: number, to: number): boolean {
  // ('"...," according to police.': a source credited right after the quote, whether the reading could name it or
  // not, so the quote is not read on from the reported speech of the sentence before, whose subject it may accuse.)
  if (/^[\s,—–-]*according\s+to\s/iu.test(masked.slice(from, to))) return true;
  SPEECH_VERB.lastIndex = 0;
  const has = SPEECH_VERB.test(masked.slice(from, to));
  SPEECH_VERB.lastIndex = 0;
  return has;
}

/** Where the last sentence of a passage starts and ends. */
function lastSentence(p: Passage): [number, number] {
  const s = p.sentences[p.sentences.length - 1]!;
  return [s.start, s.end];
}

/**
 * Whether quoted words are a short label or scare quote ("the so-called "Korea discount""): three words at most,
 * no clause mark. A sentence of reported speech holding only such a label still reports (`reporter-pronoun.ts`).
 */
function shortLabel(words: string): boolean {
  return !/[,.;:!?]/u.test(words) && words.trim().split(/\s+/u).length <= 3;
}

// A sentence opening with a name that wrote or said "that line" ("those words", "the remark"): the name.
const LINE_OWNER = /^\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s+(?:first\s+)?(?:wrote|said|spoke|uttered|penned|coined|delivered)\s+(?:that|those|these|the)\s+(?:line|lines|words|sentence|phrase|remark)\b/u;

// A clause opening with a capitalised name and its verb: "Victor Sell disagreed", "Ms. Roe laughed".
const SEMICOLON_NAME_CLAUSE = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Ll}]{3,}/u;

/** The "he" or "she" a credit right after a quote opens with ('..., he said.'), or undefined. */
function creditPronoun(after: string): 'he' | 'she' | undefined {
  const m = /^[,!?]?\s*["”’]?\s*(he|she)\s+[\p{Ll}]+/u.exec(after);
  return m ? (m[1] as 'he' | 'she') : undefined;
}
