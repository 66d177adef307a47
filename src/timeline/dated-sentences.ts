import type { Passage } from '../types.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import type { Reading } from '../text/reading.ts';
import { findDates, type DateMention } from './dates.ts';
import { IntList } from '../collections/int-list.ts';

const UNSEEN = -2;

// A proper noun in at most this share of dated sentences names what happened, not who is always there.
const KEY_NAME_SHARE = 0.3;

// Calendar words match between any two reports of a date and must not make them look alike.
const DATE_TERMS = new Set(
  tokenize(
    'january february march april may june july august september october november december sept jan feb mar apr jun jul aug sep oct nov dec ' +
      'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow day days week weeks month months year years ' +
      'last next previous prior ago earlier later early late mid since',
  ),
);

/**
 * Numbers for the content words of dated sentences (not calendar words, numbers or short words), dense so
 * that per-word scratch arrays stay small, with what every sentence needs to know of a word.
 */
class TermTable {
  /** Every term seen, to its content-word number or -1. */
  private readonly ids = new Map<string, number>();
  /** Per content word: the last sentence it was seen in, and seen in as a proper name. */
  readonly seenIn: number[] = [];
  readonly nameIn: number[] = [];
  /** In how many dated sentences the word stands as a proper name. */
  readonly nameCount: number[] = [];

  /** The content-word number of a term, or -1 when it is not a content word. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = term.length > 2 && !DATE_TERMS.has(term) && !/^\d+$/u.test(term) ? this.seenIn.length : -1;
      this.ids.set(term, id);
      if (id >= 0) {
        this.seenIn.push(-1);
        this.nameIn.push(-1);
        this.nameCount.push(0);
      }
    }
    return id;
  }

  /** Per search term id of the reading: its content-word number, -1, or UNSEEN. */
  private byReadingTerm = new Int32Array(1024).fill(UNSEEN);

  /** The content-word number of the reading's search term `id` (see `Reading.searchTermIds`), or -1. */
  idOfReadingTerm(reading: Reading, id: number): number {
    if (id >= this.byReadingTerm.length) {
      const bigger = new Int32Array(Math.max(id + 1, this.byReadingTerm.length * 2)).fill(UNSEEN);
      bigger.set(this.byReadingTerm);
      this.byReadingTerm = bigger;
    }
    let own = this.byReadingTerm[id]!;
    if (own === UNSEEN) this.byReadingTerm[id] = own = this.id(reading.term(id));
    return own;
  }

  /** `known(reading.term(id))`: every term this table has seen came to it through `idOfReadingTerm`. */
  knownReadingTerm(id: number): number {
    return id < this.byReadingTerm.length && this.byReadingTerm[id] !== UNSEEN ? this.byReadingTerm[id]! : -1;
  }

  /** The content-word number of a term already seen, or -1. */
  known(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  get size(): number {
    return this.seenIn.length;
  }
}

/**
 * The dated sentences, read once, as parallel lists: where each stands, its dates, and its words as term ids
 * (content words in first-appearance order, the rarest-word choice breaks ties by it; proper names sorted).
 */
export interface DatedSentences {
  count: number;
  passage: Int32Array;
  sentence: Int32Array;
  doc: Int32Array;
  mentions: DateMention[][];
  /** Sentence i's content words are terms[termStart[i]] … terms[termStart[i + 1] - 1]. */
  termStart: Int32Array;
  terms: Int32Array;
  /** Its rare proper names (see KEY_NAME_SHARE), sorted: keyNames[keyStart[i]] … keyNames[keyStart[i + 1] - 1]. */
  keyStart: Int32Array;
  keyNames: Int32Array;
  /** `<passage id>\0<start>`, kept only when two dated sentences may share it (repeated passage ids). */
  keys: string[] | null;
  termCount: number;
}

/**
 * First pass: the dated sentences and their words, to learn which proper nouns are rare enough to tell one
 * event from another ("Vladivostok", "Camp David") and which are everywhere ("Kim", "Putin").
 */
export function readDated(passages: readonly Passage[], reading: Reading, ordered: readonly number[], pubOf: readonly string[], repeatedIds: boolean): DatedSentences {
  const table = new TermTable();
  const docNumber = new Map<string, number>();
  const passage = new IntList();
  const sentence = new IntList();
  const doc = new IntList();
  const mentions: DateMention[][] = [];
  const termStart = new IntList();
  const terms = new IntList(16384);
  const nameStart = new IntList();
  const names = new IntList();
  const namesOf: number[] = [];
  const words = new IntList(64);
  // Two dated sentences are one sentence when they share passage id and start; only repeated ids or
  // unordered sentences can make that happen, and only then is it worth keeping their keys.
  let keysMayRepeat = repeatedIds;
  for (const pi of ordered) {
    const p = passages[pi]!;
    const pub = pubOf[pi]!;
    let lastStart = -Infinity;
    const firstRow = reading.sentenceFirst[pi]!;
    for (let si = 0; si < p.sentences.length; si++) {
      const s = p.sentences[si]!;
      const found = findDates(s.text, pub);
      if (found.length === 0) continue;
      if (s.start <= lastStart) keysMayRepeat = true;
      lastStart = s.start;
      const stamp = passage.length;
      termStart.push(terms.length);
      const row = firstRow + si;
      words.length = 0;
      reading.searchTermIds(row, s.text, words);
      for (let w = 0; w < words.length; w++) {
        const id = table.idOfReadingTerm(reading, words.data[w]!);
        if (id < 0 || table.seenIn[id] === stamp) continue;
        table.seenIn[id] = stamp;
        terms.push(id);
      }
      properNames(reading, row, p.text, table, stamp, namesOf);
      namesOf.sort(ascending);
      nameStart.push(names.length);
      for (const id of namesOf) {
        table.nameCount[id]!++;
        names.push(id);
      }
      let d = docNumber.get(p.doc);
      if (d === undefined) docNumber.set(p.doc, (d = docNumber.size));
      passage.push(pi);
      sentence.push(si);
      doc.push(d);
      mentions.push(preferNonDateline(found));
    }
  }
  const count = passage.length;
  termStart.push(terms.length);
  nameStart.push(names.length);
  const rareName = Math.max(2, Math.floor(count * KEY_NAME_SHARE));
  const keyStart = new Int32Array(count + 1);
  const keyNames = new IntList();
  for (let i = 0; i < count; i++) {
    keyStart[i] = keyNames.length;
    for (let k = nameStart.data[i]!; k < nameStart.data[i + 1]!; k++) {
      const id = names.data[k]!;
      if (table.nameCount[id]! <= rareName) keyNames.push(id);
    }
  }
  keyStart[count] = keyNames.length;
  const keys = keysMayRepeat
    ? Array.from({ length: count }, (_, i) => `${passages[passage.data[i]!]!.id}\u0000${passages[passage.data[i]!]!.sentences[sentence.data[i]!]!.start}`)
    : null;
  return {
    count,
    passage: passage.data,
    sentence: sentence.data,
    doc: doc.data,
    mentions,
    termStart: termStart.data,
    terms: terms.data,
    keyStart,
    keyNames: keyNames.data,
    keys,
    termCount: table.size,
  };
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The term ids of the proper names the reading found in the sentence (words written with a capital inside
 * it; the first word may be capital for grammar) that are among its content words, into `out`.
 */
function properNames(reading: Reading, row: number, text: string, table: TermTable, stamp: number, out: number[]): void {
  out.length = 0;
  const addId = (id: number): void => {
    if (id < 0 || table.seenIn[id] !== stamp || table.nameIn[id] === stamp) return;
    table.nameIn[id] = stamp;
    out.push(id);
  };
  const add = (term: string): void => addId(table.known(term));
  let t = reading.tokenFirst[row]!;
  for (let k = reading.nameFirst[row]!; k < reading.nameFirst[row + 1]!; k++) {
    const start = reading.nameStart[k]!;
    const end = reading.nameEnd[k]!;
    // A name starts at a token; a name of one token is its spelling, whose term the reading knows.
    while (reading.tokenStart[t]! < start) t++;
    if (reading.tokenEnd[t] === end) {
      const id = reading.spellingTerm(reading.spelling[t]!);
      if (id >= 0) {
        addId(table.knownReadingTerm(id));
        continue;
      }
    }
    const name = text.slice(start, end);
    const term = name.includes('-') ? null : normalizeTerm(name);
    if (term !== null) add(term);
    else for (const part of tokenize(name)) add(part);
  }
}

/** Mentions with datelines ("SEOUL, Sept 14 (Agency) -") last, so the sentence's own words name its date. */
function preferNonDateline(mentions: DateMention[]): DateMention[] {
  return [...mentions].sort((a, b) => Number(a.dateline === true) - Number(b.dateline === true));
}
