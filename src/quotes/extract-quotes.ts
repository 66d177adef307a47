/**
 * Every direct quotation of the corpus as a record (verbatim words, fragment or full statement, speaker,
 * role, citation) and the speakers behind them: each document's paragraphs read in order, each quote's
 * attribution read by `grammar.ts` or `attribution.ts`, its speaker resolved by `document-speakers.ts`, quotes
 * with no attribution of their own continued from the quote before, and the speakers merged across documents.
 * (A paragraph is read by `read-paragraph.ts`, each quote by `read-quote.ts`, narration subjects by
 * `subject-notes.ts`; transcript turns by `turn-records.ts`, credits across paragraphs by `paragraph-credits.ts`.)
 */
import { withOwnerNamed } from './possessive-determiner.ts';
import { creditFollows } from './own-credit-after.ts';
import { creditSplitSentence } from './split-sentence-credit.ts';
import { uncreditOtherSubject } from './own-subject-before.ts';
import { creditGappedItems } from './gapped-list-item.ts';
import { creditSaidBeforeEach } from './said-before-each.ts';
import { uncreditReplyToSelf } from './reply-pronoun.ts';
import type { Passage, Quote, Speaker } from '../types.ts';
import { findQuoteSpans, type QuoteSpan } from './attribution.ts';
import { lastSentenceQuoteFree } from './quote-free-tail.ts';
import { documentPeopleOf } from './body-word-surname.ts';
import { auxiliaryOpeningNames } from './auxiliary-name.ts';
import { DocumentSpeakers, type LocalSpeaker } from './document-speakers.ts';
import { addRole, AMBIGUOUS } from './local-speaker.ts';
import { setDocumentBodies, setDocumentOffices, setDocumentPeople } from './names.ts';
import { documentBodiesOf } from './body-shown-by-text.ts';
import { officeNounsSetOff } from './office-set-off.ts';
import { mergeSpeakers } from './merge-speakers.ts';
import { JoinedDocumentTexts, type DocumentTexts } from './document-texts.ts';
import { readingPassage } from './emphasis-marks.ts';
import { capitalisedArticleWords, restoreArabicArticles, withArabicArticles } from './arabic-article.ts';
import { opensEntry, withoutTimeStamp } from './time-stamps.ts';
import { nameSex, uncreditAcrossNewerEntries } from './newest-first-entries.ts';
import { seatsNamed, withoutSeatParentheses } from './seat-parentheses.ts';
import { withoutRetiredMark } from './retired-mark.ts';
import { withFrenchTitles } from './french-titles.ts';
import { nicknamesNamed, withoutNicknameMark } from './nickname-mark.ts';
import { vocativePartner } from './vocative-partner.ts';
import { turnVocativeLength } from './turn-vocative.ts';
import { withoutBlockquoteMarks } from './blockquote-marks.ts';
import { damagedWords, restoreDamagedWords, withReadableLettersAll } from './damaged-letters.ts';
import { interviewedSpeaker, transcriptTurns, type TranscriptTurn, whollyBold } from './transcript.ts';
import { isListItem } from './heading-speaker.ts';
import type { QuoteRecord } from './quote-record.ts';
import { addresseePhraseBefore, namedInProse, ownPhraseBefore, turnPieces, turnRecord } from './turn-records.ts';
import { parseSpeakerPhrase, parseSubjectPhrase, type ParsedSpeaker } from './speaker-phrases.ts';
import { addressesSpeaker } from './addresses-introduced.ts';
import { creditLine, creditListItem, embeddedPostCredit, goesOnSpeaking, headingSpeaker, introduction, labelIntroduction, voxPopIntroduction } from './paragraph-credits.ts';
import { creditCorrected, readParagraph } from './read-paragraph.ts';
import { correctionOwner } from './correction-note.ts';
import { correctedListItems, listNumber, listNumberLength } from './numbered-item-correction.ts';
import { claimLabelled, falseVerdict } from './claim-label.ts';
import { continueInTurn, dialogueLine, loneAddress, resolveContinuations } from './continuations.ts';
import { nextWriterTurn, settleWriterTurn, type WriterTurn } from './writer-exchange.ts';
import { displayedWords } from './display-words.ts';
import { soundbiteSpeaker } from './soundbite-header.ts';
import { clipHeader, isClipWords } from './script-clip.ts';
import { bracketCaption } from './bracket-caption.ts';
import { creditPullQuotes } from './pull-quote.ts';
import { nestedRecords } from './nested-quotes.ts';
import { FIRST_NAME_INSIDE, namesOwnSpeaker } from './first-name-inside.ts';
import { continuedAcross, describedSourceAfter, nameGivenAfter, nameGivenForPronoun, nameSaidFromAfter, nameSaidFromNext, sourcedInNext, sourceRoleInNext, wordsSourcedByNext } from './speaker-named-after.ts';
import { questionedPerson } from './question-pronoun.ts';

// A mark that may open a quote inside a quote, as a cheap test before reading one.
const INNER_MARK = /[\s(—–:,]['‘"“„][\p{L}]/u;

/** How each attributed quote's speaker was found, for the PolNeAR evaluation's per-path precision. */
export const attributionPaths = new WeakMap<Quote, string>();

interface Extraction {
  records: QuoteRecord[];
  speakers: Speaker[];
  /** Quote spans per passage index, for telling narration from quotation. */
  spans: QuoteSpan[][];
}

/** Every quotation in the passages, with its speaker where the text says who it is, and the speakers. */
export function extractQuotes(passages: readonly Passage[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { records, speakers } = extract(passages);
  return { quotes: records.map((r) => r.quote), speakers };
}

/**
 * What reading some of the documents gives, before the speakers are merged across documents: their quote
 * records, the quote spans of their passages, their local speakers (keys counted from 0) and the words of
 * the full names they mention (each once, in the order first mentioned). Plain data, so that another thread can
 * read some documents and hand this over.
 */
export interface DocumentsRead {
  records: QuoteRecord[];
  spans: [number, QuoteSpan[]][];
  locals: LocalSpeaker[];
  mentioned: (readonly string[])[];
  /** How many local speaker keys were given out. */
  keys: number;
}

/**
 * The quotes' documents (in the order their passages first come) cut into chunks of `size` documents, for two
 * threads to read at once: each claims the next chunk unread (`claim`, told how many chunks there are) until
 * none is left and reads it (`DocumentChunks.read`), and the one that merges the speakers takes the other's
 * chunks (`taken`, waited for; null when the other could not read it: it is then read here). How the chunks
 * fall between the threads changes nothing in the answer: it is the reading of every document in order.
 */
export interface QuotesSplit {
  size: number;
  claim: (chunks: number) => number | null;
  taken: (chunk: number) => DocumentsRead | null;
  /**
   * Told every record (in the book's order, each where it stands) and each passage's quote spans once every
   * chunk is put together, before the speakers are merged: what needs only where the quotes stand (their words)
   * may be read elsewhere meanwhile.
   */
  read?: (records: readonly QuoteRecord[], spans: readonly (readonly QuoteSpan[])[]) => void;
}

/**
 * The quotes' documents of the passages read a chunk of `size` documents at a time (see QuotesSplit). The
 * passages' reading form and their documents are made once; each chunk's spans are handed over as pairs.
 */
export class DocumentChunks {
  /** The passages as the quotes are read in them (`readingPassages`). */
  readonly passages: Passage[];
  /** The passage indices of each document. */
  readonly groups: [string, number[]][];
  // One table of spans per passage for every chunk this thread reads (each chunk fills only its own).
  private readonly spans: QuoteSpan[][];

  constructor(
    private readonly original: readonly Passage[],
    readonly size: number,
  ) {
    this.passages = readingPassages(original);
    this.groups = documentGroups(this.passages);
    this.spans = this.passages.map(() => []);
  }

  /** How many chunks there are. */
  get count(): number {
    return Math.ceil(this.groups.length / Math.max(1, this.size));
  }

  /** Chunk `chunk` read: its keys counted from 0 (plain data, to be handed to another thread). */
  read(chunk: number): DocumentsRead {
    const size = Math.max(1, this.size);
    const groups = this.groups.slice(chunk * size, (chunk + 1) * size);
    const read = readDocuments(this.original, this.passages, groups, this.spans);
    return { ...read, spans: groups.flatMap(([, indices]) => indices.map((i): [number, QuoteSpan[]] => [i, read.spans[i]!])) };
  }
}

/**
 * The quote records of the passages (with where each stands), the speakers quoted, and each passage's quote
 * spans. With `split`, the documents are read a chunk at a time, this thread and another claiming the chunks
 * (`QuotesSplit`), and put together in document order: the same answer as one reading of them all.
 */
export function extract(original: readonly Passage[], split?: QuotesSplit): Extraction {
  const chunks = split ? new DocumentChunks(original, split.size) : null;
  const passages = chunks?.passages ?? readingPassages(original);
  const groups = chunks?.groups ?? documentGroups(passages);
  const read = chunks && split ? readSplit(chunks, split) : readDocuments(original, passages, groups);
  split?.read?.(read.records, read.spans);
  const { records, spans, locals, mentioned } = read;
  // Each document's text, for what an acronym its speakers bear stands for there (joined when first asked for:
  // the merge reads few of them).
  const docTexts = new JoinedDocumentTexts(passages, groups);
  return mergeDocuments(original, passages, records, spans, locals, mentioned, docTexts);
}

/** Every chunk of the documents, those this thread claims read here, the others taken, put together in order. */
function readSplit(chunks: DocumentChunks, split: QuotesSplit): Omit<DocumentsRead, 'spans'> & { spans: QuoteSpan[][] } {
  const mine = new Map<number, DocumentsRead>();
  for (let c = split.claim(chunks.count); c !== null; c = split.claim(chunks.count)) mine.set(c, chunks.read(c));
  const records: QuoteRecord[] = [];
  const spans: QuoteSpan[][] = chunks.passages.map(() => []);
  const locals: LocalSpeaker[] = [];
  const mentioned: (readonly string[])[] = [];
  let keys = 0;
  for (let c = 0; c < chunks.count; c++) {
    const read = mine.get(c) ?? split.taken(c) ?? chunks.read(c);
    mine.delete(c);
    // Keys as one reading of every document would have given them: each chunk's counted on from those before.
    // (AMBIGUOUS, told by its identity, comes back a copy from another thread: it is made itself again.)
    const counted = new Set<LocalSpeaker>();
    const countOn = <L extends LocalSpeaker | null | undefined>(l: L): L | LocalSpeaker => {
      if (!l || l.key === AMBIGUOUS.key) return l ? AMBIGUOUS : l;
      if (counted.has(l)) return l;
      counted.add(l);
      l.key += keys;
      if (l.apartFrom) l.apartFrom = l.apartFrom.map((k) => k + keys);
      return l;
    };
    for (const r of read.records) {
      r.local = countOn(r.local);
      r.latestBefore = countOn(r.latestBefore);
      if (r.namer !== undefined) r.namer = countOn(r.namer);
      // (One at a time: spread into a call, a large corpus's records would pass the arguments' limit.)
      records.push(r);
    }
    for (const [i, s] of read.spans) spans[i] = s;
    for (const l of read.locals) locals.push(countOn(l)!);
    for (const m of read.mentioned) mentioned.push(m);
    keys += read.keys;
  }
  return { records, spans, locals, mentioned, keys };
}

/**
 * The passages as the quotes are read in them: through Markdown emphasis (`**Name** says`; the records keep
 * the original's offsets and words), a live blog's entry time at a paragraph's head blanked ("**18:52** Jane
 * Roe said ..."), and a member's seat and party in parentheses after the name ("Mr Jon Roe (Ashfield) (Con)
 * asked") blanked, and a retired officer's bracketed mark between rank and name ("General (retd) Jane Roe"),
 * and the French courtesy titles read as the English ones ("M. Roe" as "Mr Roe", `withFrenchTitles`).
 */
function readingPassages(original: readonly Passage[]): Passage[] {
  // (The French courtesy titles first, "M. Roe" read as "Mr Roe": over the whole list, as whether "M." is a
  // title or an initial depends on the names the rest of the document gives.)
  // (Encoding damage inside names read as letters first: "SarukhÃ¡n" is one word to every reader after.)
  // (An Arabic name's article capitalised before the emphasis is blanked, "al-Mansouri" read as "Al-Mansouri":
  // `arabic-article.ts`.)
  return withFrenchTitles(withReadableLettersAll(original)).map((p) => withoutNicknameMark(withoutBlockquoteMarks(withoutRetiredMark(withoutSeatParentheses(withoutTimeStamp(p.text.includes('*') || p.text.includes('_') ? readingPassage(withArabicArticles(p, safeSpans(p.text)), safeSpans(p.text)) : withArabicArticles(p, safeSpans(p.text))))))));
}

/** The passage indices of each document, documents in the order their passages first come. */
function documentGroups(passages: readonly Passage[]): [string, number[]][] {
  const byDoc = new Map<string, number[]>();
  passages.forEach((p, i) => {
    const list = byDoc.get(p.doc) ?? [];
    list.push(i);
    byDoc.set(p.doc, list);
  });
  return [...byDoc];
}

/** The document's people read from names of a body's word, with the names opening on an auxiliary added. */
function withAuxiliaryNames(people: Set<string> | null, names: readonly string[]): Set<string> | null {
  if (names.length === 0) return people;
  const out = people ?? new Set<string>();
  for (const n of names) out.add(n);
  return out;
}

/** Reads the documents given, each on its own (their spans written into `spans`); speakers not yet merged across them. */
function readDocuments(original: readonly Passage[], passages: readonly Passage[], groups: readonly [string, number[]][], spans: QuoteSpan[][] = passages.map(() => [])): Omit<DocumentsRead, 'spans'> & { spans: QuoteSpan[][] } {
  const records: QuoteRecord[] = [];
  const locals: LocalSpeaker[] = [];
  const mentioned: (readonly string[])[] = [];
  // (Each full name once: the merge reads only which full names are mentioned, and the documents repeat them.)
  const mentionedOnce = new Set<string>();
  let key = 0;
  const nextKey = (): number => key++;
  for (const [doc, indices] of groups) {
    const docStart = records.length;
    const texts = indices.map((i) => passages[i]!.text);
    // ("Elsa Bank, a teacher,": a person's name that reads as a body's, for this document alone.)
    // (So "Do Thi Hoa", "Will Hartigan": a name opening on a word also an auxiliary, where it stands as a name.)
    setDocumentPeople(withAuxiliaryNames(documentPeopleOf(texts), auxiliaryOpeningNames(texts)));
    // ("the akim of the region, NAME,": an office noun no dictionary knows, a person's title in this document.)
    setDocumentOffices(officeNounsSetOff(texts));
    // ("Corvana, a telecoms company,", "Corvana said on its website": a body's name that reads as a person's.)
    setDocumentBodies(documentBodiesOf(texts));
    const ds = new DocumentSpeakers(doc, texts, nextKey);
    // The members the document names with their seats, read before the seats are blanked, for "the member for X".
    ds.seats = seatsNamed(indices.map((i) => original[i]!.text));
    // Nicknames inside names, read before they are blanked, for a later credit by the nickname alone.
    ds.nicknames = nicknamesNamed(indices.map((i) => original[i]!.text));
    const turns = transcriptTurns(texts, (name) => namedInProse(texts, name), indices.map((i) => original[i]!.text), passages[indices[0]!]!.citation.outlet);
    // A magazine's questions in bold between one person's turns ("**You wrote in 2019 that ...?**").
    const bold = indices.map((i, n) => turns[n] === null && whollyBold(original[i]!.text));
    const interviewed = interviewedSpeaker(turns, bold.some((b, n) => b && /\?[*_\s]*$/u.test(original[indices[n]!]!.text)));
    const reading: DocumentReading = { original, passages, indices, texts, ds, turns, bold, interviewed, spans, records };
    const st: ParagraphState = {
      prevLast: null,
      prevEndsInQuote: false,
      openChain: [],
      /** The quotes of the previous paragraph when it held nothing else (a quote standing alone, to be credited). */
      prevBare: [],
      /** The speaker a paragraph of its own introduced ("He said:"), for the quote that opens the next one. */
      introduced: null,
      /** The paragraph before when it held no quote: its last sentence may report the speech a quote goes on with. */
      prevPlain: null,
      /** The speaker of the last transcript turn read. */
      lastTurnLocal: null,
      /** Everyone who has spoken a turn of the document's transcript so far. */
      turnSpeakers: new Set(),
      /** The speaker of the document's last credited quote, so far. */
      lastSpeaker: null,
      /** The speaker a heading in capitals names, for the list items under it. */
      listHead: null,
      /** The voice a broadcast script's insert header names, for its IN: and OUT: lines; resolved at the first. */
      clip: null,
      /** The quotes of the paragraph before, for a naming sentence that opens this one. */
      prevRecords: [],
      /** The speakers of the last paragraphs in a row that were each one credited line of dialogue. */
      exchange: [],
      writerTurn: null,
    };
    for (const [n, pi] of indices.entries()) {
      const turn = turns[n];
      if (turn) readTurnParagraph(reading, st, n, pi, turn);
      else readProseParagraph(reading, st, n, pi);
    }
    finishDocument(reading, docStart);
    locals.push(...ds.locals);
    for (const w of ds.mentionedNameWords()) {
      const full = w.length >= 2 ? w.join(' ') : '';
      if (!full || mentionedOnce.has(full)) continue;
      mentionedOnce.add(full);
      mentioned.push(w);
    }
  }
  setDocumentPeople(null);
  setDocumentOffices(null);
  setDocumentBodies(null);
  return { records, spans, locals, mentioned, keys: key };
}

/** A document being read: its passages, speakers and layout, and where its records go. */
interface DocumentReading {
  original: readonly Passage[];
  passages: readonly Passage[];
  indices: number[];
  texts: string[];
  ds: DocumentSpeakers;
  turns: ReturnType<typeof transcriptTurns>;
  bold: boolean[];
  interviewed: ReturnType<typeof interviewedSpeaker>;
  spans: QuoteSpan[][];
  records: QuoteRecord[];
}

/** What one paragraph of a document hands the next. */
interface ParagraphState {
  prevLast: QuoteRecord | null;
  prevEndsInQuote: boolean;
  openChain: QuoteRecord[];
  /** The quotes of the previous paragraph when it held nothing else (a quote standing alone, to be credited). */
  prevBare: QuoteRecord[];
  /** The speaker a paragraph of its own introduced ("He said:"), for the quote that opens the next one. */
  introduced: LocalSpeaker | null;
  /** The paragraph before when it held no quote: its last sentence may report the speech a quote goes on with. */
  prevPlain: Passage | null;
  /** The speaker of the last transcript turn read. */
  lastTurnLocal: LocalSpeaker | null;
  /** Everyone who has spoken a turn of the document's transcript so far. */
  turnSpeakers: Set<LocalSpeaker>;
  /** The speaker of the document's last credited quote, so far. */
  lastSpeaker: LocalSpeaker | null;
  /** The speaker a heading in capitals names, for the list items under it. */
  listHead: ParsedSpeaker | null;
  /** The voice a broadcast script's insert header names, for its IN: and OUT: lines; resolved at the first. */
  clip: { speaker: ParsedSpeaker; role: string | null; local?: LocalSpeaker | null; path?: string } | null;
  /** The quotes of the paragraph before, for a naming sentence that opens this one. */
  prevRecords: QuoteRecord[];
  /** The speakers of the last paragraphs in a row that were each one credited line of dialogue (`dialogueLine`). */
  exchange: LocalSpeaker[];
  /** Whose turn the next bare line of a first-person exchange is, and the paragraph (`n`) that left it so. */
  writerTurn: (WriterTurn & { n: number }) | null;
}

/** Whether `text` names `s` by any word of its names (a given name or a surname alone will do). */
function namedIn(s: LocalSpeaker, text: string): boolean {
  const words = new Set(text.split(/[^\p{L}'’-]+/u));
  return s.names.some((n) => n.split(/\s+/u).some((w) => /^[\p{Lu}]/u.test(w) && words.has(w)));
}

const NAMED_SAYING = /([\p{Lu}][\p{L}'’-]+)\s+(?:said|says|told|tells|wrote|writes|put\s+it)\b/gu;
const PRONOUN_WORDS = new Set(['I', 'He', 'She', 'It', 'We', 'You', 'They', 'Who', 'This', 'That']);

/** Whether `text` has one by a capitalised name other than `s`'s say, tell or write something ("something Okafor said"). */
function otherNamedSaying(s: LocalSpeaker, text: string): boolean {
  const own = new Set(s.names.flatMap((n) => n.split(/\s+/u)));
  for (const m of text.matchAll(NAMED_SAYING)) if (!PRONOUN_WORDS.has(m[1]!) && !own.has(m[1]!)) return true;
  return false;
}

/** A transcript turn's paragraph (`n` of the document, passage `pi`) read: its quotes credited, the state reset. */
function readTurnParagraph(doc: DocumentReading, st: ParagraphState, n: number, pi: number, turn: TranscriptTurn): void {
  const { original, passages, indices, ds, turns, interviewed, spans, records } = doc;
  const p = passages[pi]!;
  // A transcript's turn is speech from its label to its end: no quote of the paragraphs around continues
  // into it or from it.
  spans[pi] = [{ open: turn.start - 1, close: p.text.length, start: turn.start, end: turn.end, closed: false }];
  // Quotations inside the turn are read as prose is: one the turn's own sentence credits to someone else
  // ("he said, "..."") is that person's, and not the turn speaker's words, even when who he is cannot be
  // told; the names the turn gives are at hand for the pronouns after it. (They are read before the turn's
  // speaker is taken as speaking, who would otherwise stand between a "he told reporters" and the
  // "Secretary Blinken" the turn named just before it.)
  const inner = safeSpans(p.text).filter((s) => s.open >= turn.start && s.end <= turn.end);
  // (Its first sentence opens after the label, as the words do: "TOM ROE, REPORTER: An aide said ...".)
  // (A turn that opens by calling the one it answers by first name, "Dana, a ministry official said ...", has its
  // sentence open after the vocative: the name is no subject (`turn-vocative.ts`).)
  const opensAt = turn.start + turnVocativeLength(p.text.slice(turn.start, turn.end), turns, n);
  const read = inner.length > 0 ? readParagraph(p, pi, inner, ds, null, st.lastSpeaker, opensAt) : [];
  continueInTurn(read);
  const record = turnRecord(p, pi, turn, ds);
  // An answer's opening "he" the reading could not tell, or gave the one answering: the one the question before names
  // (`question-pronoun.ts`), when the turn is not the asker's.
  if (!turn.asks && n > 0) {
    const participants = new Set([record?.local, st.lastTurnLocal].filter((x): x is LocalSpeaker => !!x));
    for (const r of read) {
      // (Or a "he" the reading gave the turn's own speaker, who speaks of himself as "I".)
      const self = r.local !== null && r.local === record?.local && r.path?.startsWith('pronoun') === true;
      if (!self && (r.local || r.path !== 'pronoun: none')) continue;
      const one = questionedPerson(r, p.text, turn.start, original[indices[n - 1]!]!.text, p.paragraph, participants, ds);
      if (one) {
        r.local = one;
        r.path = 'pronoun: the one the question before names';
      }
    }
  }
  // ('Let me read it. "..." That is from Jane Roe in Carrow.': a message read out in the turn, its sender named.)
  nameFrom(p.text, read, ds, p.paragraph);
  // "HOST: Let me read something Okafor said. In the agency's translation he said it was "...".": a "he" or "she"
  // inside a turn that the reading gave another who has spoken a turn of this transcript, where the turn, before
  // the quote and without naming that one, has someone else by name say something, may well be that someone,
  // whom the reading did not take in, rather than the panellist who spoke last. No answer rather than a guess.
  // (A reporter's "She told me ..." after the soundbite of the one she means names no other speaker first.)
  for (const r of read) {
    if (!r.local || r.local === record?.local || !st.turnSpeakers.has(r.local) || !r.path?.startsWith('pronoun')) continue;
    const before = p.text.slice(turn.start, r.span.open);
    if (!namedIn(r.local, before) && otherNamedSaying(r.local, before)) {
      r.local = null;
      r.path = 'pronoun: none, another who spoke a turn and is not named in this one';
    }
  }
  if (record?.local) st.turnSpeakers.add(record.local);
  st.lastTurnLocal = record?.local ?? null;
  const credited = read.filter((r) => r.local || r.own);
  if (inner.length === 0) readParagraph(p, pi, inner, ds, null, st.lastSpeaker);
  // The turn's speaker speaks of himself as "I": a "he" the reading gave him is someone it could not tell.
  // (So is the "I" read as the byline's writer elsewhere.)
  for (const r of credited) if ((record && r.local === record.local) || r.path?.startsWith('writer: byline')) r.local = null;
  // Words in quotation marks inside a turn are words the turn's speaker quotes, someone else's even when the
  // reading cannot tell whose ('A general, who ..., put it bluntly: "..."', 'The message was "..."'): cut out
  // of his turn and left with no speaker rather than given his.
  const quoted = read.filter((r) => !(r.local || r.own));
  // (Or the guest the host turns to by name: "Professor Song, you wrote that ...", Song speaking next.)
  for (const r of quoted) ownOrAddressed(r, p, turn, record, interviewed, ds, dialoguePartner(turns, n) ?? vocativePartner(turns, n, p.text.slice(Math.max(r.sentenceStart, turn.start), r.span.open)));
  if (record) records.push(...turnPieces(record, [...credited, ...quoted].map((r) => r.span), p.text));
  records.push(...credited, ...quoted);
  st.prevLast = null;
  st.prevEndsInQuote = false;
  st.openChain = [];
  st.prevBare = [];
  st.introduced = null;
  st.prevPlain = null;
  st.prevRecords = [];
  st.exchange = [];
  if (record?.local) st.lastSpeaker = record.local;
  if (record?.local && credited.some((r) => r.local && r.local !== record.local && r.local.kind !== 'organisation')) ds.noteTurnQuoting(record.local, p.paragraph);
}

/** A paragraph of prose (`n` of the document, passage `pi`) read, with what the paragraphs before hand on. */
function readProseParagraph(doc: DocumentReading, st: ParagraphState, n: number, pi: number): void {
  const { passages, ds, bold, interviewed, spans, records } = doc;
  const p = passages[pi]!;
  const found = safeSpans(p.text);
  spans[pi] = found;
  // A live blog's entry opening under its time ("**15:10 BST – "..."**"): its words go on from no one the entry
  // before quoted or named last, whichever way the page runs (`time-stamps.ts` opensEntry).
  if (opensEntry(doc.original[pi]!.text)) {
    st.prevLast = null;
    st.prevEndsInQuote = false;
    st.openChain = [];
    st.prevPlain = null;
  }
  if (found.length === 0 && st.prevBare.length && creditLine(p, st.prevBare, ds)) {
    st.prevBare = [];
    st.prevRecords = [];
    st.exchange = [];
    return;
  }
  // '... "...," she said.' ending a paragraph, then 'That planner, Jane Roe, now teaches ...' opening this one.
  const renamed = st.prevRecords.length > 0 ? nameDescribed(passages[st.prevRecords[0]!.passage]!.text, st.prevRecords, ds, p.paragraph, p.text) : null;
  if (renamed && st.lastSpeaker && renamed.has(st.lastSpeaker)) st.lastSpeaker = renamed.get(st.lastSpeaker)!;
  // A correction notice's paragraph after the words: "... called the plan "a disaster"." then "The words were in
  // fact spoken by NAME.": the words of the paragraph's last sentence go to the one named there.
  if (st.prevRecords.length > 0) correctedAcross(passages[st.prevRecords[0]!.passage]!, st.prevRecords, p, ds);
  // A fact check's "CLAIM: NAME told ...: "..."" paragraph, then "RATING: False." opening this one: words never said.
  if (st.prevRecords.length > 0) refutedClaim(passages[st.prevRecords[0]!.passage]!, st.prevRecords, p);
  // '"..."' alone ending the paragraph before, then 'That was the verdict of NAME, ...' opening this one.
  if (st.prevRecords.length > 0) nameFromNext(passages[st.prevRecords[0]!.passage]!.text, st.prevRecords, p.text, ds, p.paragraph);
  const paraRecords = readParagraph(p, pi, found, ds, st.prevPlain, st.lastSpeaker);
  uncreditOtherSubject(p.text, paraRecords);
  // `NAME called it "x", NAME2 "y"`: a later quote of a list sharing one verb is the one named before it.
  creditGappedItems(p.text, paraRecords, ds, p.paragraph);
  // `NAME said "x", NAME2 said "y"`: the words between two quotes open the second, not credit the first.
  creditSaidBeforeEach(p.text, paraRecords, ds, p.paragraph);
  uncreditReplyToSelf(p.text, paraRecords);
  creditSplitSentence(p.text, paraRecords);
  if (bold[n] && interviewed) for (const r of paraRecords) if (!r.local && !r.own) addressed(r, p, 0, interviewed, ds);
  // An embedded post: its words in quotation marks, then its author's line in the same block.
  // (Read before the paragraph before's introduction: the author's line names whose post it is, whoever shared it.)
  if (found.length === 1 && p.text.includes('(@')) embeddedPostCredit(p, paraRecords, ds);
  const opening = paraRecords[0];
  // (Not one whose own credit follows it, '"...?" a reporter can be heard asking him': that subject's, told or not.)
  // (Nor one that opens by calling the introduced by name or title, "Professor, is it lost?": words put to them.)
  if (st.introduced && opening && opening.paragraphInitial && !opening.local && !opening.own && !opening.quote.partial && !creditFollows(p.text, opening.span.close) && !addressesSpeaker(opening.quote.quote, st.introduced)) {
    opening.local = st.introduced;
    opening.path = 'introduced by the paragraph before';
    opening.own = true;
  }
  // A list item under a heading in capitals that names a speaker (a wire's "what they said" list).
  if (st.listHead && isListItem(p.text)) creditListItem(p, paraRecords, st.listHead, ds);
  else st.listHead = found.length === 0 ? headingSpeaker(p.text) : null;
  // A paragraph whose quotes all stand before its last sentence may still introduce the next one:
  // `Kim told Putin he would stand "with Russia". Here's what he said:`.
  const lastSentence = p.sentences[p.sentences.length - 1];
  st.introduced = st.listHead ? null : found.length === 0 || (lastSentence && found[found.length - 1]!.close < lastSentence.start) ? (introduction(p, ds) ?? (found.length === 0 ? goesOnSpeaking(p, st.lastSpeaker, ds) : null)) : null;
  // A roundup's label paragraph in capitals ("PUTIN, asked about satellites:") introduces the quote after it.
  if (!st.introduced && found.length === 0) st.introduced = labelIntroduction(p, ds);
  // A vox pop's label over the words ("**Olga Marsk, 34, pharmacist:**") introduces the quote after it.
  if (!st.introduced && found.length === 0) st.introduced = voxPopIntroduction(p, bold[n]!, ds);
  // A shotlist's sound bite under its header in capitals ("PUTIN SAYING:"): the header names the speaker.
  if (found.length && p.text.includes('ING')) {
    for (const r of paraRecords) {
      const bite = soundbiteSpeaker(p.text, r.span.open);
      if (!bite) continue;
      r.local = ds.resolve(bite.speaker, p.paragraph, bite.role, true);
      r.path = `sound bite header | ${ds.lastPath}`;
      r.attributedRole = bite.role;
      r.own = true;
      r.quote.speech = true;
    }
  }
  // A news script's tagged insert ("[SOUNDBITE] NAME / title" over the quotation): the caption's voice.
  const caption = found.length && p.text.includes('[') ? bracketCaption(p.text, found) : null;
  if (caption) {
    const local = ds.resolve(caption.speaker, p.paragraph, caption.role, true);
    for (const r of local ? paraRecords : []) {
      r.local = local;
      r.path = `bracketed insert caption | ${ds.lastPath}`;
      r.attributedRole = caption.role;
      r.own = true;
      r.quote.speech = true;
    }
  }
  // A broadcast script's IN: / OUT: lines quote the insert whose header stands above them.
  if (st.clip && isClipWords(p.text)) {
    if (st.clip.local === undefined) {
      st.clip.local = ds.resolve(st.clip.speaker, p.paragraph, st.clip.role, true);
      st.clip.path = `script insert header | ${ds.lastPath}`;
    }
    for (const r of paraRecords) {
      if (r.local || r.own || !st.clip.local) continue;
      r.local = st.clip.local;
      r.path = st.clip.path;
      r.attributedRole = st.clip.role;
      r.own = true;
      r.quote.speech = true;
    }
  } else st.clip = found.length === 0 ? clipHeader(p.text) : null;
  // Words a sign or banner shows are no person's: never credited, never continued.
  for (const r of paraRecords) {
    // (Not words someone wrote in a book the text shows them signing: `written-entry.ts`.)
    if (!displayedWords(p.text, r.span) || r.path?.startsWith('written entry')) continue;
    // ('According to AZCentral, one sign read, "..."': the outlet that reports the sign stays its source.)
    if (r.own && r.local && /^\s*According to\b/u.test(r.quote.sentence)) continue;
    r.local = null;
    r.own = true;
    r.path = 'displayed words';
  }
  // Two lines of dialogue in a row by two people, the later one the paragraph before: a bare line now is the
  // first one's turn again, not the second going on (`exchangeTurn`).
  const [first, second] = st.exchange.slice(-2);
  const otherParty = first && second && first !== second && second === st.prevLast?.local ? first : null;
  // A bare line after the writer's own line of dialogue is the other party's answer (`writer-exchange.ts`).
  const writerTurn = st.writerTurn?.n === n - 1 ? st.writerTurn : null;
  const settled = settleWriterTurn(p.text, paraRecords, writerTurn);
  resolveContinuations(paraRecords, st.prevLast, st.prevEndsInQuote, st.openChain, p.text, otherParty);
  const nextTurn = nextWriterTurn(p.text, paraRecords, settled, writerTurn);
  st.writerTurn = nextTurn ? { ...nextTurn, n } : null;
  const line = dialogueLine(p.text, paraRecords);
  st.exchange = line ? [...st.exchange, line].slice(-2) : [];
  // '"...," said the second panellist. The speaker, Jane Roe, added ...': the one described, named right after.
  nameDescribed(p.text, paraRecords, ds, p.paragraph);
  namePronoun(p.text, paraRecords, ds, p.paragraph);
  nameFrom(p.text, paraRecords, ds, p.paragraph);
  st.prevRecords = paraRecords;
  records.push(...paraRecords);
  const lastSpan = found[found.length - 1];
  const lastRecord = paraRecords[paraRecords.length - 1] ?? null;
  const tail = lastSpan ? p.text.slice(lastSpan.close + 1) : p.text;
  // A fragment counts when its own sentence credited it: `America needs leaders "who ...," Jane Doe said.`
  // then a quote opening the next paragraph goes on with her words.
  st.prevEndsInQuote = lastRecord !== null && lastRecord.quote.speech && (!lastRecord.quote.partial || (lastRecord.own && lastRecord.local !== null)) && (!lastSpan!.closed || !/[.!?]\s*\S/u.test(tail.replace(/^[^.!?]*[.!?]/u, '')));
  // A sentence after the credit whose subject is someone else ("..., Petrov said. Lena Vos disagreed.")
  // hands the next paragraph's quote to nobody: it may be hers.
  if (st.prevEndsInQuote && lastRecord?.local && ds.latest() !== lastRecord.local) st.prevEndsInQuote = false;
  // A question of the writer's after the quote ('Roe said crime was "under control." Was he wrong?') is put
  // to someone: the next paragraph's quote answers it, and is not the one quoted in the question.
  if (st.prevEndsInQuote && lastSpan?.closed && /\?\s*$/u.test(tail) && /[\p{L}]/u.test(tail)) st.prevEndsInQuote = false;
  // After a lone word of address put to the one who spoke before ('"Papa."'), the next bare quote is the
  // answer of the one addressed: the chain goes on from the quote before the address.
  const addressedOne = st.prevLast as QuoteRecord | null;
  const addressTurn = paraRecords.length === 1 && lastRecord !== null && !lastRecord.local && !!addressedOne?.local && loneAddress(lastRecord, addressedOne.local.names);
  st.prevLast = addressTurn ? addressedOne : lastRecord && lastRecord.quote.speech ? lastRecord : null;
  st.openChain = lastSpan && !lastSpan.closed && lastRecord ? (lastRecord.local ? [] : [...st.openChain, lastRecord]) : [];
  // (A paragraph of nothing but quotes has no credit of its own: whatever the reading gave its words from the
  // paragraphs around it yields to a dash line set under it, "— Jane Roe, analyst", which says whose they are.)
  st.prevBare = found.length && onlyQuotes(p.text, found) ? paraRecords.filter((r) => !r.quote.partial) : [];
  // (Or one whose last sentence is narration with no quote in it: the next paragraph's first quote reads that
  // sentence as the sentence before it, as it would within the paragraph; `quote-free-tail.ts`.)
  // (But a subhead in bold with no full stop, "**3. Oslo had warned them**", is no sentence of reported speech
  // whose subject speaks the quote under it.)
  const subhead = found.length === 0 && bold[n] && !/[.!?:]\s*$/u.test(p.text.replace(/[*_\s]+$/u, ''));
  st.prevPlain = !subhead && (found.length === 0 || lastSentenceQuoteFree(p, found)) ? p : null;
  for (const r of paraRecords) if (r.local && r.quote.speech) st.lastSpeaker = r.local;
}

/** A document's records, all read, finished: pull quotes, quotes inside quotes, owners of "its spokesman". */
function finishDocument(doc: DocumentReading, docStart: number): void {
  const { passages, texts, ds, records } = doc;
  // A blog told newest first: an entry's "he said" is no one the entry above names (`newest-first-entries.ts`).
  const at = new Map(doc.indices.map((pi, n) => [pi, n]));
  // (An entry's heading naming its speaker, "13:50 BST – NAME: ...", is whom its "he said" means: one person, not of
  // the pronoun's other sex, and no surname two people named in full bear.)
  const headingPerson = (name: string, n: number, sex: 'm' | 'f'): LocalSpeaker | null => {
    const parsed = parseSpeakerPhrase(name);
    if (parsed?.type !== 'name' || parsed.kind !== 'person' || ds.surnameHolderCount(parsed.name) > 1) return null;
    const told = nameSex(parsed.name);
    if (told && told !== sex) return null;
    const s = ds.resolve(parsed, n + 1, null, true);
    return s && s.kind === 'person' && (!s.gender || s.gender === sex) ? s : null;
  };
  uncreditAcrossNewerEntries(doc.indices.map((pi) => doc.original[pi]!.text), records.slice(docStart), (r) => at.get(r.passage) ?? 0, headingPerson);
  creditPullQuotes(records.slice(docStart), (pi) => passages[pi]!.text);
  // Quotes inside quotes, read once the document is: crediting them does not move who "he" is for the rest.
  const docRecords = records.splice(docStart);
  for (const r of docRecords) {
    records.push(r);
    const text = passages[r.passage]!.text;
    // (With the paragraph before it in the document, for an outer quote opening its own.)
    const previous = r.passage > 0 && passages[r.passage - 1]!.citation.doc === passages[r.passage]!.citation.doc && passages[r.passage - 1]!.paragraph === passages[r.passage]!.paragraph - 1 ? passages[r.passage - 1]!.text : undefined;
    // (And the words the same speaker gave before it in its paragraph: "my mother" there may be the inner quote's "she".)
    const ownBefore = () => docRecords.filter((o) => o !== r && o.passage === r.passage && o.span.end <= r.span.start && !!r.local && o.local === r.local).map((o) => text.slice(o.span.start, o.span.end)).join(' ');
    if (r.span.close > r.span.start && INNER_MARK.test(text.slice(r.span.start, r.span.close))) records.push(...nestedRecords(r, text, passages[r.passage]!.paragraph, ds, previous, ownBefore()));
  }
  // ('"...," said the man in the orange jacket.' ... 'The man in the orange jacket turned out to be NAME': NAME's.)
  for (const r of docRecords) {
    const later = r.local ? ds.namedLater.get(r.local) : undefined;
    if (!later) continue;
    r.local = later;
    // (Quoted now, though the text only named them after: a speaker, not a mention.)
    later.mentionOnly = false;
    r.path = `named later by its description | ${r.path ?? ''}`;
  }
  // '"Carl won," Mensah said.' beside Carl and Isaac Mensah: the quote speaks of the one credited (`first-name-inside.ts`).
  for (const r of docRecords) {
    if (!r.local || !namesOwnSpeaker(r.quote.quote, r.quote.sentence, r.local, ds.locals, /^pronoun/u.test(r.path ?? ''))) continue;
    r.local = null;
    r.path = FIRST_NAME_INSIDE;
  }
  correctListItems(doc, docRecords);
  // "Its spokesman" says whose only with the sentence before it: shown as "the Norland Bureau's spokesman".
  for (const l of ds.locals) {
    if (l.kind === 'person') continue;
    for (const [i, n] of l.names.entries()) l.names[i] = withOwnerNamed(n, texts) ?? n;
  }
}

/** The speakers merged across documents, and each record given its speaker. */
function mergeDocuments(
  original: readonly Passage[],
  passages: readonly Passage[],
  records: QuoteRecord[],
  spans: QuoteSpan[][],
  locals: LocalSpeaker[],
  mentioned: (readonly string[])[],
  docTexts: DocumentTexts,
): Extraction {
  const merged = mergeSpeakers(locals, mentioned, docTexts);
  // Names and roles read out of encoding damage given back as the text wrote them ("SarukhÃ¡n").
  const damaged = damagedWords(original, passages);
  // (And an Arabic article the reading capitalised, "Al-Mansouri", as written: "al-Mansouri".)
  const articles = capitalisedArticleWords(original, passages);
  if (damaged.size > 0 || articles.size > 0) {
    const asWritten = (name: string): string => restoreArabicArticles(restoreDamagedWords(name, damaged), articles);
    for (const s of merged.speakers) {
      s.name = asWritten(s.name);
      s.aliases = s.aliases.map(asWritten);
      if (s.role) s.role = asWritten(s.role);
    }
    for (const r of records) if (r.attributedRole) r.attributedRole = asWritten(r.attributedRole);
  }
  for (const r of records) {
    if (!r.local) continue;
    const s = merged.byLocal.get(r.local.key);
    if (!s) continue;
    r.quote.speakerId = s.id;
    r.quote.speaker = s.name;
    r.quote.role = r.attributedRole ?? s.role;
    r.quote.speech = true;
    attributionPaths.set(r.quote, r.path ?? 'continuation');
  }
  for (const r of records) {
    const text = original[r.passage]!.text;
    if (text === passages[r.passage]!.text) continue;
    r.quote.sentence = text.slice(r.sentenceStart, r.sentenceStart + r.quote.sentence.length);
    r.quote.quote = text.slice(r.span.start, r.span.start + r.quote.quote.length);
  }
  const quoted = new Set(records.map((r) => r.quote.speakerId).filter(Boolean));
  return { records, speakers: merged.speakers.filter((s) => quoted.has(s.id)), spans };
}

/**
 * Gives the quotes of `records` (a paragraph's, in `text`) by one described and never named to the name the
 * sentence right after them gives that one ("The speaker, Jane Roe, ..."), or, with `next`, the paragraph after.
 */
function nameDescribed(text: string, records: QuoteRecord[], ds: DocumentSpeakers, paragraph: number, next?: string): Map<LocalSpeaker, LocalSpeaker> {
  const renamed = new Map<LocalSpeaker, LocalSpeaker>();
  for (const local of new Set(records.map((r) => r.local))) {
    const name = local ? nameGivenAfter(text, records, local, next) : null;
    const parsed = name ? parseSpeakerPhrase(name) : null;
    const named = parsed?.type === 'name' && parsed.kind === 'person' ? ds.resolve(parsed, paragraph, null, true) : null;
    if (!named || named.kind !== 'person') continue;
    renamed.set(local!, named);
    for (const r of records) {
      if (r.local !== local) continue;
      r.local = named;
      // (The description stays the quote's role: "a former navy planner" is who a claim may say spoke.)
      r.attributedRole ??= local!.names[0] ?? null;
      r.path = `named in the sentence after | ${r.path ?? ''}`;
    }
  }
  return renamed;
}

/**
 * Gives a quote its sentence credited to a "she" or "he" no one could be told from to the name the sentence right
 * after ties that pronoun to ('"...," she said. She gave only her first name, Jane, ...').
 */
function namePronoun(text: string, records: QuoteRecord[], ds: DocumentSpeakers, paragraph: number): void {
  for (const r of records) {
    const name = nameGivenForPronoun(text, r);
    const parsed = name ? parseSpeakerPhrase(name) : null;
    const named = parsed?.type === 'name' && parsed.kind === 'person' ? ds.resolve(parsed, paragraph, null, true) : null;
    if (!named || named.kind !== 'person') continue;
    r.local = named;
    r.own = true;
    r.path = `pronoun named in the sentence after | ${r.path ?? ''}`;
  }
}

/**
 * Gives a quote that stands alone, credited to no one, to the person the sentence right after says it came from
 * ('"..." That is from Jane Roe in Carrow.', a listener's or reader's message read out).
 */
function nameFrom(text: string, records: QuoteRecord[], ds: DocumentSpeakers, paragraph: number): void {
  for (const r of records) {
    // ('"..." That was how one senior diplomat summed up ...': someone only described, one person unnamed.)
    const described = nameSaidFromAfter(text, r) ? null : describedSourceAfter(text, r);
    const parsedDescribed = described ? parseSubjectPhrase(described) : null;
    const one = parsedDescribed?.type === 'description' && parsedDescribed.kind === 'unnamed' && !parsedDescribed.plural ? ds.resolve(parsedDescribed, paragraph, null, true) : null;
    if (one && one.kind === 'unnamed') {
      r.local = one;
      r.own = true;
      r.path = 'described as its source in the sentence after';
      continue;
    }
    const name = nameSaidFromAfter(text, r);
    const parsed = name ? parseSpeakerPhrase(name) : null;
    const named = parsed?.type === 'name' && parsed.kind === 'person' ? ds.resolve(parsed, paragraph, null, true) : null;
    if (!named || named.kind !== 'person') continue;
    r.local = named;
    r.own = true;
    r.path = 'named as its source in the sentence after';
  }
}

/**
 * Gives the last quote of the paragraph before (`records`, in `text`), standing alone and credited to no one, to the
 * person the opening of this paragraph (`next`) says the words came from ('That was the verdict of NAME').
 */
function nameFromNext(text: string, records: QuoteRecord[], next: string, ds: DocumentSpeakers, paragraph: number): void {
  const r = records[records.length - 1];
  // (A paragraph of words alone after a paragraph of reported speech ("The governor promised help in October."),
  // then one giving the words their source ("That is how NAME, a shepherd, describes the winter."): the source
  // below is the words' own, not the one whose speech the paragraph above reported; no one when it names none.
  // So too after a paragraph ending on another's quote: the words alone do not go on with that speaker's.)
  if (r && /^(?:reported speech before|continuation: paragraph before)/u.test(r.path ?? '') && wordsSourcedByNext(text, r, next)) {
    r.local = null;
    r.own = false;
    r.path = 'sourced at the opening of the paragraph after';
  }
  const name = r ? nameSaidFromNext(text, r, next) : null;
  const parsed = name ? parseSpeakerPhrase(name) : null;
  const named = parsed?.type === 'name' && parsed.kind === 'person' ? ds.resolve(parsed, paragraph, null, true) : null;
  // (Words only read as going on from the paragraph before, whose source this paragraph gives and the reading
  // cannot name ("The statement was conveyed by the ambassador"): someone else's, no one's here.)
  if (r && continuedAcross(r) && (!named || named.kind !== 'person') && sourcedInNext(text, r, next)) {
    r.local = null;
    r.path = 'sourced at the opening of the paragraph after';
    return;
  }
  if (!r || !named || named.kind !== 'person') return;
  r.local = named;
  r.own = true;
  r.path = 'named as its source at the opening of the paragraph after';
  // (The role set off before the name there is theirs: "by the Veldonian Ambassador to Ostria, Piet Armand," then
  // "The ambassador said ...".)
  const role = sourceRoleInNext(next, name!);
  if (role) addRole(named, role, true);
}

/**
 * A quotation inside a turn that the reading gave no one: the turn speaker's own phrase when the sentence frames
 * it as such ("to use my favourite phrase, "...""), and in an interviewer's turn the interviewee's when framed
 * as theirs ("In your book you called it "...""), as in any turn between two of one other speaker (`partner`). Left as it is otherwise.
 */
function ownOrAddressed(r: QuoteRecord, p: Passage, turn: TranscriptTurn, own: QuoteRecord | null, interviewed: string | null, ds: DocumentSpeakers, partner: string | null): void {
  const before = p.text.slice(Math.max(r.sentenceStart, turn.start), r.span.open);
  if (turn.asks) {
    // (A questioner of a panel turns to one guest by name, the one who answers next: "Ms. Roe, you wrote ...".)
    const to = interviewed ?? partner;
    if (to) addressed(r, p, turn.start, to, ds);
  } else if (own?.local && ownPhraseBefore(before)) {
    r.local = own.local;
    r.own = true;
    r.path = 'the turn speaker\'s own phrase';
  } else if (partner) {
    // (A named host's "you called it "..."" in a programme of several guests: the guest the host is talking to.)
    addressed(r, p, turn.start, partner, ds);
  }
}

/**
 * The one a turn's "you" speaks to in a transcript of several voices: the speaker of the turns right before and
 * right after it, one person other than the turn's own; null otherwise.
 */
function dialoguePartner(turns: readonly (TranscriptTurn | null)[], n: number): string | null {
  const [before, turn, after] = [turns[n - 1], turns[n], turns[n + 1]];
  const last = (t: TranscriptTurn | null | undefined): string | null => t?.speaker?.split(/\s+/u).at(-1)?.toLowerCase() ?? null;
  if (!turn?.speaker || !before?.speaker || !after?.speaker || before.asks || after.asks) return null;
  if (last(before) !== last(after) || last(before) === last(turn)) return null;
  return before.speaker.length >= after.speaker.length ? before.speaker : after.speaker;
}

/** An interviewer's quotation framed as the words of the one interviewed ("you called it "...""): theirs. */
function addressed(r: QuoteRecord, p: Passage, from: number, interviewed: string, ds: DocumentSpeakers): void {
  if (!addresseePhraseBefore(p.text.slice(Math.max(r.sentenceStart, from), r.span.open))) return;
  const parsed = parseSpeakerPhrase(interviewed);
  const local = parsed ? ds.resolve(parsed, p.paragraph, null, true) : null;
  if (!local) return;
  r.local = local;
  r.own = true;
  r.path = 'the interviewer\'s "you": the one interviewed';
}

/** Whether a paragraph holds only its quotes (punctuation and spaces outside them). */
function onlyQuotes(text: string, spans: readonly QuoteSpan[]): boolean {
  // (A list's number before the first quote, "1. "...", "2) "..."", is the box's mark, no words of the paragraph.)
  let from = listNumberLength(text);
  for (const s of spans) {
    if (/[\p{L}\p{N}]/u.test(text.slice(from, s.open))) return false;
    from = s.close + 1;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(from));
}

/** The quote spans of `text` (`findQuoteSpans`), or none should reading them fail: one paragraph never stops the build. */
export function safeSpans(text: string): QuoteSpan[] {
  try {
    return findQuoteSpans(text);
  } catch {
    return [];
  }
}

/**
 * When `prev` opens with a fact check's claim label and `p` with a verdict rating the claim false
 * (`claim-label.ts`), the records of the labelled sentence go to nobody: the check says they were never said.
 */
function refutedClaim(prev: Passage, records: readonly QuoteRecord[], p: Passage): void {
  const first = prev.sentences[0];
  if (!first || !claimLabelled(prev.text) || !falseVerdict(p.text)) return;
  for (const r of records) {
    if (r.span.open >= first.end) continue;
    r.local = null;
    r.own = true;
    r.path = 'claim a fact check rates false: no one';
  }
}

/**
 * When `p` opens on a sentence correcting whose the words just quoted were ("The words were in fact spoken by
 * NAME."), the records of the last sentence of the paragraph before (`prev`) go to the one it names.
 */
/**
 * `CORRECTION: An earlier version credited quote 9 to NAME. The remark was made by NAME2.`: the quotes of the
 * numbered item the note mends (one paragraph opening on that number, before the note) go to the one the note names
 * after, or to no one; the item's dash line had credited someone who never said them.
 */
function correctListItems(doc: DocumentReading, docRecords: readonly QuoteRecord[]): void {
  for (const [n, pi] of doc.indices.entries()) {
    const p = doc.passages[pi]!;
    for (const { item, owner } of correctedListItems(p.sentences.map((s) => p.text.slice(s.start, s.end)))) {
      // (Only one paragraph before the note may carry the number: two lists in one document leave it unsure.)
      const items = doc.indices.slice(0, n).filter((i) => listNumber(doc.passages[i]!.text) === item);
      if (items.length !== 1) continue;
      for (const r of docRecords) if (r.passage === items[0]) creditCorrected(r, owner, p.paragraph, doc.ds);
    }
  }
}

function correctedAcross(prev: Passage, records: readonly QuoteRecord[], p: Passage, ds: DocumentSpeakers): void {
  const first = p.sentences[0];
  const owner = first ? correctionOwner(p.text.slice(first.start, first.end)) : null;
  const last = prev.sentences[prev.sentences.length - 1];
  if (!owner || !last) return;
  for (const r of records) if (r.span.open >= last.start) creditCorrected(r, owner, p.paragraph, ds);
}
