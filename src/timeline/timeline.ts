import type { Citation, Document, ErrorAnswer, Passage, Precision, Qualifier, TimelineAnswer, TimelineEvent } from '../types.ts';
import { daysInMonth, findDates, type DateMention } from './dates.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';

export { extractDates } from './dates.ts';

/**
 * The timeline: every dated statement of the corpus, one event per date a sentence refers to.
 *
 * Order: by the start of the period the event covers ("2023-09" starts on 2023-09-01, "2019" on 2019-01-01);
 * for the same start, coarser first (year, then month, then day), then by qualifier (early, none, mid, late),
 * then by the main report's publication date and place in the corpus. So the month-precision "May" comes
 * before "May 3", and a year comes before its January.
 *
 * Merging: the same event reported by several documents is shown once, with the earliest-published report
 * (then corpus order) as the main one and the others under `also`. Reports are the same event when they
 * have the same date and precision and similar sentences (content-word Jaccard ≥ 0.3, or at least three
 * shared content words making half of the shorter sentence). Within one document, two sentences with the
 * same date are two events unless they are near-identical.
 */

export interface TimelineFilters {
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  source?: string | null;
}

/**
 * The built timeline as plain data, for saving with `v8.serialize`: the events in timeline order, each a date
 * and the reports that tell it (the first is the main one), each report a place in the passages. No text:
 * sentences and expressions are read back from the passages the timeline was built from.
 */
export interface TimelineSnapshot {
  version: number;
  /** How many passages the timeline was built from, to refuse other ones. */
  passages: number;
  /** The distinct dates (YYYY, YYYY-MM or YYYY-MM-DD) of the events and their ends. */
  dates: string[];
  /** Per event, in timeline order: its date, an index into `dates`. */
  eventDate: Int32Array;
  /** Per event: the end of its range or decade, an index into `dates`, or -1. */
  eventEnd: Int32Array;
  /** Per event: 0 year, 1 month, 2 day. */
  eventPrecision: Uint8Array;
  /** Event i's reports are reportStart[i] … reportStart[i + 1] - 1; length: events + 1. */
  reportStart: Int32Array;
  /** Per report: the index of its passage. */
  reportPassage: Int32Array;
  /** Per report: the index of its sentence in the passage's sentences. */
  reportSentence: Int32Array;
  /** Per report: where the time expression starts in the sentence, and its length. */
  reportExpressionStart: Int32Array;
  reportExpressionLength: Int32Array;
  /** Per report: 0 none, 1 early, 2 mid, 3 late. */
  reportQualifier: Uint8Array;
}

const SNAPSHOT_VERSION = 1;
const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
const QUALIFIERS: readonly Qualifier[] = [null, 'early', 'mid', 'late'];
const qualifierCode = (q: Qualifier): number => (q === null ? 0 : q === 'early' ? 1 : q === 'mid' ? 2 : 3);

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const QUALIFIER_RANK = (q: Qualifier): number => (q === 'early' ? 0 : q === null ? 1 : q === 'mid' ? 2 : 3);

// Beyond these sizes a shared word says little about sameness and only costs time.
const MAX_POSTING = 100;
const MAX_CANDIDATES = 16;
const RAREST_WORDS = 5;
const SAME_DOC_SIMILARITY = 0.8;
// A cluster is compared through at most this many of its reports' wordings.
const MAX_WORDINGS = 8;
const CROSS_DOC_SIMILARITY = 0.3;
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

export class Timeline {
  /** Event objects by rank: a built timeline makes them all at once, a restored one as queries first show them. */
  private readonly made: (TimelineEvent | undefined)[];
  /** First and last day (YYYY-MM-DD) of the period of each entry of `data.dates`, for the from/to filters. */
  private readonly firstDay: string[];
  private readonly lastDay: string[];
  /**
   * For the topic filter: each passage's slot, and the ranks of the events it reports, slot s's being
   * passageRanks[passageStart[s]] … passageRanks[passageStart[s + 1] - 1].
   */
  private readonly passageSlot = new Map<string, number>();
  private passageStart: Int32Array = new Int32Array(1);
  private passageRanks: Int32Array = new Int32Array(0);
  /**
   * For the source filter: each document's slot, and (rank, offset of its first report in the event) pairs
   * in timeline order, slot s's being docPairs[2 * docStart[s]] … docPairs[2 * docStart[s + 1] - 1].
   */
  private readonly docSlot = new Map<string, number>();
  private docStart: Int32Array = new Int32Array(1);
  private docPairs: Int32Array = new Int32Array(0);
  private indexed = false;

  private constructor(
    private readonly data: TimelineSnapshot,
    private readonly passages: readonly Passage[],
  ) {
    const events = data.eventDate.length;
    this.made = new Array<TimelineEvent | undefined>(events);
    this.firstDay = data.dates.map(periodStart);
    this.lastDay = data.dates.map(periodEnd);
  }

  /** The passage and document indexes of the topic and source filters, made on first need. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    const { data, passages } = this;
    const events = data.eventDate.length;
    const { reportStart, reportPassage } = data;
    const reports = reportPassage.length;
    // Slots first, with the size of each slot's list (a passage or document counted once per event).
    const passageOf = new Int32Array(reports);
    const docOf = new Int32Array(reports);
    const passageCount: number[] = [];
    const docCount: number[] = [];
    const passageLast: number[] = [];
    const docLast: number[] = [];
    for (let i = 0; i < events; i++) {
      for (let r = reportStart[i]!; r < reportStart[i + 1]!; r++) {
        const citation = passages[reportPassage[r]!]!.citation;
        let ps = this.passageSlot.get(citation.passage);
        if (ps === undefined) {
          this.passageSlot.set(citation.passage, (ps = passageCount.length));
          passageCount.push(0);
          passageLast.push(-1);
        }
        passageOf[r] = ps;
        if (passageLast[ps] !== i) {
          passageLast[ps] = i;
          passageCount[ps]!++;
        }
        let ds = this.docSlot.get(citation.doc);
        if (ds === undefined) {
          this.docSlot.set(citation.doc, (ds = docCount.length));
          docCount.push(0);
          docLast.push(-1);
        }
        docOf[r] = ds;
        if (docLast[ds] !== i) {
          docLast[ds] = i;
          docCount[ds]!++;
        }
      }
    }
    this.passageStart = starts(passageCount);
    this.docStart = starts(docCount);
    this.passageRanks = new Int32Array(this.passageStart[passageCount.length]!);
    this.docPairs = new Int32Array(2 * this.docStart[docCount.length]!);
    const passageFill = this.passageStart.slice(0, passageCount.length);
    const docFill = this.docStart.slice(0, docCount.length);
    passageLast.fill(-1);
    docLast.fill(-1);
    for (let i = 0; i < events; i++) {
      for (let r = reportStart[i]!; r < reportStart[i + 1]!; r++) {
        const ps = passageOf[r]!;
        if (passageLast[ps] !== i) {
          passageLast[ps] = i;
          this.passageRanks[passageFill[ps]!++] = i;
        }
        const ds = docOf[r]!;
        if (docLast[ds] !== i) {
          docLast[ds] = i;
          const at = 2 * docFill[ds]!++;
          this.docPairs[at] = i;
          this.docPairs[at + 1] = r - reportStart[i]!;
        }
      }
    }
  }

  /** Merged events, in timeline order. */
  get events(): TimelineEvent[] {
    return Array.from({ length: this.data.eventDate.length }, (_, i) => this.event(i));
  }

  /** Reads every sentence of every passage for dates, merges reports of the same event and sorts them once. */
  static build(passages: Passage[], docs: readonly Document[]): Timeline {
    const timeline = new Timeline(buildSnapshot(passages, docs), passages);
    // A built timeline answers its first queries as fast as the next ones; a restored one starts sooner.
    timeline.index();
    for (let i = 0; i < timeline.made.length; i++) timeline.event(i);
    return timeline;
  }

  /** The timeline's built state as plain data (typed arrays and strings), for {@link Timeline.fromSnapshot}. */
  toSnapshot(): TimelineSnapshot {
    const d = this.data;
    return {
      version: d.version,
      passages: d.passages,
      dates: [...d.dates],
      eventDate: d.eventDate.slice(),
      eventEnd: d.eventEnd.slice(),
      eventPrecision: d.eventPrecision.slice(),
      reportStart: d.reportStart.slice(),
      reportPassage: d.reportPassage.slice(),
      reportSentence: d.reportSentence.slice(),
      reportExpressionStart: d.reportExpressionStart.slice(),
      reportExpressionLength: d.reportExpressionLength.slice(),
      reportQualifier: d.reportQualifier.slice(),
    };
  }

  /**
   * The timeline a snapshot describes, over the same passages it was built from (in the same order), without
   * reading any sentence again. Throws when the snapshot does not fit the passages.
   */
  static fromSnapshot(data: TimelineSnapshot, passages: Passage[], _docs: readonly Document[]): Timeline {
    checkSnapshot(data, passages);
    return new Timeline(data, passages);
  }

  /**
   * Events matching the filters, in timeline order. from/to: YYYY, YYYY-MM or YYYY-MM-DD, inclusive, kept when
   * the event's period overlaps; topic: only events with a report in a passage of `topicScores`; source: only
   * events a document reports, shown with that document's report as the main one.
   */
  query(filters: TimelineFilters, topicScores: Map<string, number> | null): TimelineAnswer | ErrorAnswer {
    const fromText = clean(filters.from);
    const toText = clean(filters.to);
    const from = fromText === null ? null : parsePeriod(fromText);
    if (from && 'error' in from) return badDate('from', fromText!, from.error);
    const to = toText === null ? null : parsePeriod(toText);
    if (to && 'error' in to) return badDate('to', toText!, to.error);
    if (from && to && from.first > to.last) {
      return {
        kind: 'error',
        error: {
          code: 'bad_date',
          message: `The "from" date ${fromText} is after the "to" date ${toText}. Put the earlier date in "from".`,
        },
      };
    }
    const source = clean(filters.source);
    const topic = clean(filters.topic);
    const count = this.data.eventDate.length;
    if (topicScores || source !== null) this.index();
    let onTopic: Uint8Array | null = null;
    if (topicScores) {
      onTopic = new Uint8Array(count);
      for (const passage of topicScores.keys()) {
        const slot = this.passageSlot.get(passage);
        if (slot === undefined) continue;
        for (let k = this.passageStart[slot]!; k < this.passageStart[slot + 1]!; k++) onTopic[this.passageRanks[k]!] = 1;
      }
    }
    const { eventDate, eventEnd } = this.data;
    const keep = (i: number): boolean => {
      if (from && this.lastDay[eventEnd[i]! >= 0 ? eventEnd[i]! : eventDate[i]!]! < from.first) return false;
      if (to && this.firstDay[eventDate[i]!]! > to.last) return false;
      return !onTopic || onTopic[i] === 1;
    };
    const events: TimelineEvent[] = [];
    if (source !== null) {
      const slot = this.docSlot.get(source);
      const from = slot === undefined ? 0 : 2 * this.docStart[slot]!;
      const to = slot === undefined ? 0 : 2 * this.docStart[slot + 1]!;
      for (let k = from; k < to; k += 2) {
        const i = this.docPairs[k]!;
        const offset = this.docPairs[k + 1]!;
        if (keep(i)) events.push(offset === 0 ? this.event(i) : this.viewFrom(i, offset));
      }
    } else {
      for (let i = 0; i < count; i++) if (keep(i)) events.push(this.event(i));
    }
    return { kind: 'timeline', filters: { from: fromText, to: toText, topic, source }, events };
  }

  /** The event of a rank, told by its first report, the others under `also`. */
  private event(i: number): TimelineEvent {
    const made = this.made[i];
    if (made) return made;
    const d = this.data;
    const first = d.reportStart[i]!;
    const main = this.report(first);
    const also: TimelineEvent['also'] = [];
    for (let r = first + 1; r < d.reportStart[i + 1]!; r++) {
      const { sentence, citation } = this.report(r);
      also.push({ sentence, citation });
    }
    const end = d.eventEnd[i]! >= 0 ? d.dates[d.eventEnd[i]!] : undefined;
    const event: TimelineEvent = {
      date: d.dates[d.eventDate[i]!]!,
      precision: PRECISIONS[d.eventPrecision[i]!]!,
      qualifier: main.qualifier,
      expression: main.expression,
      sentence: main.sentence,
      citation: main.citation,
      also,
      ...(end ? { end } : {}),
    };
    this.made[i] = event;
    return event;
  }

  /** The event as one of its other reports tells it: that report first, every other one under `also`. */
  private viewFrom(i: number, offset: number): TimelineEvent {
    const d = this.data;
    const first = d.reportStart[i]!;
    const main = this.report(first + offset);
    const also: TimelineEvent['also'] = [];
    for (let r = first; r < d.reportStart[i + 1]!; r++) {
      if (r === first + offset) continue;
      const { sentence, citation } = this.report(r);
      also.push({ sentence, citation });
    }
    return { ...this.event(i), qualifier: main.qualifier, expression: main.expression, sentence: main.sentence, citation: main.citation, also };
  }

  private report(r: number): { sentence: string; citation: Citation; expression: string; qualifier: Qualifier } {
    const d = this.data;
    const p = this.passages[d.reportPassage[r]!]!;
    const sentence = p.sentences[d.reportSentence[r]!]!.text;
    const start = d.reportExpressionStart[r]!;
    return {
      sentence,
      citation: p.citation,
      expression: sentence.slice(start, start + d.reportExpressionLength[r]!),
      qualifier: QUALIFIERS[d.reportQualifier[r]!]!,
    };
  }
}

/** Refuses a snapshot of another version or of other passages, before any query reads it wrong. */
function checkSnapshot(data: TimelineSnapshot, passages: readonly Passage[]): void {
  if (data.version !== SNAPSHOT_VERSION) throw new Error(`Timeline snapshot version ${String(data.version)} is not ${SNAPSHOT_VERSION}; rebuild the timeline.`);
  if (data.passages !== passages.length) {
    throw new Error(`Timeline snapshot was built from ${data.passages} passages, but ${passages.length} were given; rebuild the timeline.`);
  }
  const events = data.eventDate.length;
  const reports = data.reportPassage.length;
  if (data.eventEnd.length !== events || data.eventPrecision.length !== events || data.reportStart.length !== events + 1 || data.reportStart[events] !== reports) {
    throw new Error('Timeline snapshot is inconsistent: its event arrays differ in length; rebuild the timeline.');
  }
  let last = -1;
  for (let r = 0; r < reports; r++) if (data.reportPassage[r]! > last) last = data.reportPassage[r]!;
  if (last >= passages.length) throw new Error(`Timeline snapshot points at passage ${last}, past the ${passages.length} given; rebuild the timeline.`);
}

/** Where each list starts in a flat array of lists of these sizes, and where the last ends. */
function starts(sizes: readonly number[]): Int32Array {
  const out = new Int32Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i]! + sizes[i]!;
  return out;
}

/** A growable list of 32-bit integers: one allocation per doubling rather than one small array per item. */
class Ints {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `count` more items and counts them in, to be written through `data`. */
  reserve(count: number): void {
    if (this.length + count > this.data.length) this.grow(this.length + count);
    this.length += count;
  }

  private grow(needed: number): void {
    const next = new Int32Array(Math.max(needed, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

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
interface DatedSentences {
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

/** Reads the passages for dated sentences, merges the reports of one event and lays the events out in order. */
function buildSnapshot(passages: Passage[], docs: readonly Document[]): TimelineSnapshot {
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const published = new Map(docs.map((d) => [d.id, d.published]));
  const n = passages.length;
  const pubOf: string[] = new Array<string>(n);
  const docRank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    pubOf[i] = published.get(p.doc) ?? p.citation.published;
    docRank[i] = docIndex.get(p.doc) ?? Infinity;
  }
  // Earliest-published documents first, so the first report of an event is its main one.
  const ordered = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const pa = pubOf[a]!;
    const pb = pubOf[b]!;
    if (pa !== pb) return pa < pb ? -1 : 1;
    const da = docRank[a]!;
    const db = docRank[b]!;
    return da !== db ? da - db : a - b;
  });
  const order = new Map<string, number>();
  for (let k = 0; k < n; k++) order.set(passages[ordered[k]!]!.id, k);
  const dated = readDated(passages, ordered, pubOf, order.size !== n);
  const merged = merge(dated);
  return layOut(merged, passages, dated, order);
}

/**
 * First pass: the dated sentences and their words, to learn which proper nouns are rare enough to tell one
 * event from another ("Vladivostok", "Camp David") and which are everywhere ("Kim", "Putin").
 */
function readDated(passages: readonly Passage[], ordered: readonly number[], pubOf: readonly string[], repeatedIds: boolean): DatedSentences {
  const table = new TermTable();
  const docNumber = new Map<string, number>();
  const passage = new Ints();
  const sentence = new Ints();
  const doc = new Ints();
  const mentions: DateMention[][] = [];
  const termStart = new Ints();
  const terms = new Ints(16384);
  const nameStart = new Ints();
  const names = new Ints();
  const namesOf: number[] = [];
  // Two dated sentences are one sentence when they share passage id and start; only repeated ids or
  // unordered sentences can make that happen, and only then is it worth keeping their keys.
  let keysMayRepeat = repeatedIds;
  for (const pi of ordered) {
    const p = passages[pi]!;
    const pub = pubOf[pi]!;
    let lastStart = -Infinity;
    for (let si = 0; si < p.sentences.length; si++) {
      const s = p.sentences[si]!;
      const found = findDates(s.text, pub);
      if (found.length === 0) continue;
      if (s.start <= lastStart) keysMayRepeat = true;
      lastStart = s.start;
      const stamp = passage.length;
      termStart.push(terms.length);
      for (const t of tokenize(s.text)) {
        const id = table.id(t);
        if (id < 0 || table.seenIn[id] === stamp) continue;
        table.seenIn[id] = stamp;
        terms.push(id);
      }
      properNames(s.text, table, stamp, namesOf);
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
  const keyNames = new Ints();
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

/** The clusters of reports: each cluster one event, its reports a linked list in the order they joined. */
interface Merged {
  clusters: number;
  /** Per cluster: its first and last report. */
  head: Int32Array;
  tail: Int32Array;
  /** Per report: its dated sentence, its mention, and the next report of its cluster (-1 at the end). */
  reportDated: Int32Array;
  reportMention: DateMention[];
  reportNext: Int32Array;
}

const NO_CLUSTER = -1;
/** In place of a cluster's one document when several documents report it. */
const MANY_DOCS = -1;

/**
 * Second pass: every report joins the cluster of its date that tells the same event, or starts one. Reports
 * come earliest-published first, so a cluster's first report is its main one.
 */
function merge(dated: DatedSentences): Merged {
  // Buckets: one per date and precision; clusters and postings carry their bucket's number.
  const bucketOf: Map<string, number>[] = [new Map(), new Map(), new Map()];
  const bucketClusters = new Ints();
  // Sentences of one date share many of their words' lists: half of all words is a generous guess.
  const postings = new Postings(Math.ceil(dated.termStart[dated.count]! / 2));
  const head = new Ints();
  const tail = new Ints();
  const clusterDoc = new Ints();
  const wordingCount = new Ints();
  const wordings = new Ints();
  const clusterDocs = new Map<number, Set<number>>();
  const clusterSentences: Set<string>[] = [];
  const reportDated = new Ints();
  const reportNext = new Ints();
  const reportMention: DateMention[] = [];
  const seen: number[] = [];
  const finder = new SameFinder(dated, postings, dated.termCount);
  for (let di = 0; di < dated.count; di++) {
    const key = dated.keys?.[di] ?? null;
    seen.length = 0;
    for (const m of dated.mentions[di]!) {
      const byDate = bucketOf[PRECISION_RANK[m.precision]]!;
      let bucket = byDate.get(m.date);
      if (bucket === undefined) {
        byDate.set(m.date, (bucket = bucketClusters.length));
        bucketClusters.push(0);
      }
      // "Wednesday, Sept. 13" read twice, or a dateline and "Thursday": one report of one date.
      if (seen.includes(bucket)) continue;
      seen.push(bucket);
      const looked = bucketClusters.data[bucket] !== 0;
      const found = !looked ? NO_CLUSTER : finder.find(bucket, di, key, wordingCount.data, wordings.data, clusterDoc.data, clusterDocs, clusterSentences);
      const report = reportDated.length;
      if (found !== NO_CLUSTER) {
        if (key !== null && clusterSentences[found]!.has(key)) continue;
        reportDated.push(di);
        reportNext.push(-1);
        reportMention.push(m);
        reportNext.data[tail.data[found]!] = report;
        tail.data[found] = report;
        const d = dated.doc[di]!;
        const only = clusterDoc.data[found]!;
        if (only === MANY_DOCS) clusterDocs.get(found)!.add(d);
        else if (only !== d) {
          clusterDocs.set(found, new Set([only, d]));
          clusterDoc.data[found] = MANY_DOCS;
        }
        if (key !== null) clusterSentences[found]!.add(key);
        const w = wordingCount.data[found]!;
        if (w < MAX_WORDINGS) {
          wordings.data[found * MAX_WORDINGS + w] = di;
          wordingCount.data[found] = w + 1;
          postings.index(bucket, found, dated, di, finder.known);
        }
        continue;
      }
      const cluster = head.length;
      reportDated.push(di);
      reportNext.push(-1);
      reportMention.push(m);
      head.push(report);
      tail.push(report);
      clusterDoc.push(dated.doc[di]!);
      wordingCount.push(1);
      wordings.push(di);
      for (let w = 1; w < MAX_WORDINGS; w++) wordings.push(-1);
      if (key !== null) clusterSentences.push(new Set([key]));
      bucketClusters.data[bucket]!++;
      postings.index(bucket, cluster, dated, di, looked ? finder.known : null);
    }
  }
  return {
    clusters: head.length,
    head: head.data,
    tail: tail.data,
    reportDated: reportDated.data,
    reportMention,
    reportNext: reportNext.data,
  };
}

/**
 * Posting lists of cluster numbers per (bucket, term), in one open-addressing table and one block pool: a
 * busy corpus has hundreds of thousands of them, mostly of one or two clusters, too many to keep as small
 * arrays. A list's blocks hold 1, 3, 7, 15… clusters; it stops growing past MAX_POSTING, after which it is
 * never read.
 */
class Postings {
  private bits: number;
  /** Open-addressing slots of SLOT ints: bucket, term, list + 1 (0 for an empty slot), kept together for one cache line. */
  private slots: Int32Array;
  private used = 0;

  /** Sized for about `expected` lists, as rehashing a big table costs more than a few empty slots. */
  constructor(expected: number) {
    this.bits = Math.max(16, Math.ceil(Math.log2(expected * 2 + 1)));
    this.slots = new Int32Array((1 << this.bits) * SLOT);
    this.lists = new Ints(expected * LIST);
    this.blocks = new Ints(expected * 4);
  }
  /** Per list, LIST ints: length, last cluster, first block, last block, its fill and size. */
  readonly lists: Ints;
  /** Blocks: the next block (-1 at the end), then the clusters. */
  readonly blocks: Ints;

  /** The list of a term in a bucket, or -1. */
  find(bucket: number, term: number): number {
    const mask = (1 << this.bits) - 1;
    const slots = this.slots;
    for (let s = hashPair(bucket, term, this.bits); ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const list = slots[at + 2]! - 1;
      if (list === -1 || (slots[at] === bucket && slots[at + 1] === term)) return list;
    }
  }

  /**
   * Adds a cluster to the lists of the words of a dated sentence in its bucket. `known`, when given, holds
   * the list of each word as just looked up (-1 for none), saving a second look-up.
   */
  index(bucket: number, cluster: number, dated: DatedSentences, di: number, known: Int32Array | null): void {
    const from = dated.termStart[di]!;
    for (let k = from; k < dated.termStart[di + 1]!; k++) {
      const term = dated.terms[k]!;
      const list = known ? known[k - from]! : this.find(bucket, term);
      if (list === -1) this.create(bucket, term, cluster);
      else {
        const at = list * LIST;
        const lists = this.lists.data;
        if (lists[at + 1] !== cluster && lists[at]! <= MAX_POSTING) this.append(list, cluster);
      }
    }
  }

  private create(bucket: number, term: number, cluster: number): void {
    if ((this.used + 1) * 2 > 1 << this.bits) this.grow();
    const mask = (1 << this.bits) - 1;
    const slots = this.slots;
    let s = hashPair(bucket, term, this.bits);
    while (slots[s * SLOT + 2] !== 0) s = (s + 1) & mask;
    const list = this.lists.length / LIST;
    slots[s * SLOT] = bucket;
    slots[s * SLOT + 1] = term;
    slots[s * SLOT + 2] = list + 1;
    this.used++;
    const block = this.newBlock(1);
    this.blocks.data[block + 1] = cluster;
    this.lists.reserve(LIST);
    const lists = this.lists.data;
    const at = list * LIST;
    lists[at] = 1;
    lists[at + 1] = cluster;
    lists[at + 2] = block;
    lists[at + 3] = block;
    lists[at + 4] = 1;
    lists[at + 5] = 1;
  }

  private append(list: number, cluster: number): void {
    const at = list * LIST;
    let lists = this.lists.data;
    let block = lists[at + 3]!;
    let fill = lists[at + 4]!;
    const size = lists[at + 5]!;
    if (fill === size) {
      const next = this.newBlock(size * 2 + 1);
      this.blocks.data[block] = next;
      lists = this.lists.data;
      lists[at + 3] = block = next;
      lists[at + 5] = size * 2 + 1;
      fill = 0;
    }
    this.blocks.data[block + 1 + fill] = cluster;
    lists[at + 4] = fill + 1;
    lists[at]!++;
    lists[at + 1] = cluster;
  }

  private newBlock(size: number): number {
    const block = this.blocks.length;
    this.blocks.reserve(size + 1);
    this.blocks.data[block] = -1;
    return block;
  }

  private grow(): void {
    const old = this.slots;
    this.bits++;
    const mask = (1 << this.bits) - 1;
    const slots = (this.slots = new Int32Array((1 << this.bits) * SLOT));
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] === 0) continue;
      let s = hashPair(old[at]!, old[at + 1]!, this.bits);
      while (slots[s * SLOT + 2] !== 0) s = (s + 1) & mask;
      slots[s * SLOT] = old[at]!;
      slots[s * SLOT + 1] = old[at + 1]!;
      slots[s * SLOT + 2] = old[at + 2]!;
    }
  }
}

const SLOT = 4;
const LIST = 8;

function hashPair(a: number, b: number, bits: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca77) >>> (32 - bits);
}

/** Finds the cluster a report belongs to, with scratch space reused from one report to the next. */
class SameFinder {
  /** Per cluster: in how many of the rarest lists it stands (at most RAREST_WORDS × MAX_WORDINGS). */
  private counts = new Uint8Array(1024);
  /** Per content word: 1 while it is a word of the sentence being compared, so counting shared words is one pass. */
  private readonly marks: Uint8Array;
  private touched = new Int32Array(1024);
  private readonly lists: number[] = [];
  private readonly candidates: number[] = [];
  /** The posting list of each word of the last sentence looked up, -1 for none, for indexing it after. */
  known = new Int32Array(256);

  constructor(
    private readonly dated: DatedSentences,
    private readonly postings: Postings,
    terms: number,
  ) {
    this.marks = new Uint8Array(terms);
  }

  /**
   * The cluster of the bucket a report belongs to, if any: similar wording, and not a second sentence of one
   * document. Candidates come through the sentence's rarest words in this bucket: a report of the same event
   * shares its distinctive words, and walking every common word's list made merging quadratic on busy dates.
   */
  find(
    bucket: number,
    di: number,
    key: string | null,
    wordingCount: Int32Array,
    wordings: Int32Array,
    clusterDoc: Int32Array,
    clusterDocs: Map<number, Set<number>>,
    clusterSentences: Set<string>[],
  ): number {
    const { dated, postings } = this;
    const termsFrom = dated.termStart[di]!;
    const termsTo = dated.termStart[di + 1]!;
    const lists = this.lists;
    lists.length = 0;
    const listData = postings.lists.data;
    if (this.known.length < termsTo - termsFrom) this.known = new Int32Array((termsTo - termsFrom) * 2);
    const known = this.known;
    for (let k = termsFrom; k < termsTo; k++) {
      const list = postings.find(bucket, dated.terms[k]!);
      known[k - termsFrom] = list;
      if (list !== -1 && listData[list * LIST]! <= MAX_POSTING) lists.push(list);
    }
    // Which lists are counted matters, not in what order: ties in length go to the word that comes first.
    if (lists.length > RAREST_WORDS) lists.sort((a, b) => listData[a * LIST]! - listData[b * LIST]!);
    let touchedCount = 0;
    let most = 0;
    const blocks = postings.blocks.data;
    for (let l = 0; l < lists.length && l < RAREST_WORDS; l++) {
      const list = lists[l]!;
      let remaining = listData[list * LIST]!;
      for (let block = listData[list * LIST + 2]!, size = 1; remaining > 0; block = blocks[block]!, size = size * 2 + 1) {
        const inBlock = Math.min(remaining, size);
        for (let k = 1; k <= inBlock; k++) {
          const id = blocks[block + k]!;
          if (id >= this.counts.length) this.growCounts(id);
          const c = ++this.counts[id]!;
          if (c === 1) {
            if (touchedCount === this.touched.length) this.growTouched();
            this.touched[touchedCount++] = id;
          }
          if (c > most) most = c;
        }
        remaining -= inBlock;
      }
    }
    const counts = this.counts;
    // Most shared words first, then the oldest cluster.
    const touched = this.touched.subarray(0, touchedCount).sort();
    const candidates = this.candidates;
    candidates.length = 0;
    for (let c = most; c > 0 && candidates.length < MAX_CANDIDATES; c--) {
      for (let k = 0; k < touchedCount && candidates.length < MAX_CANDIDATES; k++) if (counts[touched[k]!] === c) candidates.push(touched[k]!);
    }
    for (let k = 0; k < touchedCount; k++) counts[touched[k]!] = 0;
    if (candidates.length === 0) return NO_CLUSTER;

    const marks = this.marks;
    for (let k = termsFrom; k < termsTo; k++) marks[dated.terms[k]!] = 1;
    const size = termsTo - termsFrom;
    const doc = dated.doc[di]!;
    let best = NO_CLUSTER;
    let bestScore = 0;
    for (const c of candidates) {
      if (key !== null && clusterSentences[c]!.has(key)) {
        best = c;
        break;
      }
      const sameDoc = clusterDoc[c] === MANY_DOCS ? clusterDocs.get(c)!.has(doc) : clusterDoc[c] === doc;
      for (let w = 0; w < wordingCount[c]!; w++) {
        const other = wordings[c * MAX_WORDINGS + w]!;
        const from = dated.termStart[other]!;
        const to = dated.termStart[other + 1]!;
        let common = 0;
        for (let k = from; k < to; k++) common += marks[dated.terms[k]!]!;
        const otherSize = to - from;
        const jaccard = common / (size + otherSize - common || 1);
        const overlap = common / (Math.min(size, otherSize) || 1);
        const verdict = sameWording(common, size, otherSize, sameDoc);
        const same = verdict === SAME || (verdict === SAME_IF_NAME && shareKeyName(dated, di, other));
        const score = jaccard + overlap;
        if (same && score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    }
    for (let k = termsFrom; k < termsTo; k++) marks[dated.terms[k]!] = 0;
    return best;
  }

  private growCounts(id: number): void {
    const next = new Uint8Array(Math.max(id + 1, this.counts.length * 2));
    next.set(this.counts);
    this.counts = next;
  }

  private growTouched(): void {
    const next = new Int32Array(this.touched.length * 2);
    next.set(this.touched);
    this.touched = next;
  }
}

/** `sameWording`'s verdicts: not the same, the same, the same only if they share a rare proper name. */
export const NOT_SAME = 0;
export const SAME = 1;
export const SAME_IF_NAME = 2;

/**
 * Whether two sentences of the same date tell one event, from their content-word sets: `common` words shared
 * out of `size` and `otherSize`. Within one document only near-identical wording; across documents a Jaccard
 * of 0.3, or three shared words making half the shorter sentence; two making 0.3 of it need a rare proper
 * name in common as well (SAME_IF_NAME). The summary groups reports of one fact by the same rule.
 */
export function sameWording(common: number, size: number, otherSize: number, sameDoc: boolean): number {
  const jaccard = common / (size + otherSize - common || 1);
  if (sameDoc) return jaccard >= SAME_DOC_SIMILARITY ? SAME : NOT_SAME;
  const overlap = common / (Math.min(size, otherSize) || 1);
  if (jaccard >= CROSS_DOC_SIMILARITY || (common >= 3 && overlap >= 0.5)) return SAME;
  return common >= 2 && overlap >= 0.3 ? SAME_IF_NAME : NOT_SAME;
}

const ascending = (a: number, b: number): number => a - b;

/** Whether two dated sentences share a rare proper name (both lists sorted). */
function shareKeyName(dated: DatedSentences, a: number, b: number): boolean {
  let i = dated.keyStart[a]!;
  const iEnd = dated.keyStart[a + 1]!;
  let j = dated.keyStart[b]!;
  const jEnd = dated.keyStart[b + 1]!;
  const names = dated.keyNames;
  while (i < iEnd && j < jEnd) {
    const x = names[i]!;
    const y = names[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** The clusters as events in timeline order, laid out flat. */
function layOut(merged: Merged, passages: readonly Passage[], dated: DatedSentences, order: Map<string, number>): TimelineSnapshot {
  const count = merged.clusters;
  const { head, reportDated, reportMention, reportNext } = merged;
  const first: string[] = new Array<string>(count);
  const rank = new Int32Array(count);
  const place = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const main = reportMention[head[i]!]!;
    first[i] = periodStart(main.date);
    rank[i] = PRECISION_RANK[main.precision] * 4 + QUALIFIER_RANK(main.qualifier);
    place[i] = order.get(passages[dated.passage[reportDated[head[i]!]!]!]!.citation.passage) ?? 0;
  }
  const sentenceOf = (i: number): string => {
    const di = reportDated[head[i]!]!;
    return passages[dated.passage[di]!]!.sentences[dated.sentence[di]!]!.text;
  };
  const sorted = Array.from({ length: count }, (_, i) => i).sort((a, b) => {
    const fa = first[a]!;
    const fb = first[b]!;
    if (fa !== fb) return fa < fb ? -1 : 1;
    if (rank[a] !== rank[b]) return rank[a]! - rank[b]!;
    if (place[a] !== place[b]) return place[a]! - place[b]!;
    return sentenceOf(a).localeCompare(sentenceOf(b));
  });

  const dates: string[] = [];
  const dateIndex = new Map<string, number>();
  const dateId = (date: string): number => {
    let id = dateIndex.get(date);
    if (id === undefined) {
      dateIndex.set(date, (id = dates.length));
      dates.push(date);
    }
    return id;
  };
  const reports = reportMention.length;
  const out: TimelineSnapshot = {
    version: SNAPSHOT_VERSION,
    passages: passages.length,
    dates,
    eventDate: new Int32Array(count),
    eventEnd: new Int32Array(count),
    eventPrecision: new Uint8Array(count),
    reportStart: new Int32Array(count + 1),
    reportPassage: new Int32Array(reports),
    reportSentence: new Int32Array(reports),
    reportExpressionStart: new Int32Array(reports),
    reportExpressionLength: new Int32Array(reports),
    reportQualifier: new Uint8Array(reports),
  };
  let r = 0;
  for (let i = 0; i < count; i++) {
    const c = sorted[i]!;
    const main = reportMention[head[c]!]!;
    out.eventDate[i] = dateId(main.date);
    out.eventEnd[i] = main.end === undefined ? -1 : dateId(main.end);
    out.eventPrecision[i] = PRECISION_RANK[main.precision];
    out.reportStart[i] = r;
    for (let report = head[c]!; report !== -1; report = reportNext[report]!) {
      const di = reportDated[report]!;
      const m = reportMention[report]!;
      out.reportPassage[r] = dated.passage[di]!;
      out.reportSentence[r] = dated.sentence[di]!;
      out.reportExpressionStart[r] = m.index;
      out.reportExpressionLength[r] = m.expression.length;
      out.reportQualifier[r] = qualifierCode(m.qualifier);
      r++;
    }
  }
  out.reportStart[count] = r;
  return out;
}

const PROPER_NAME = /(?<=[\p{L}\p{N},;:'"’”)]\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu;

/**
 * The term ids of words written with a capital inside the sentence (the first word may be capital for
 * grammar) that are among its content words, into `out`.
 */
function properNames(sentence: string, table: TermTable, stamp: number, out: number[]): void {
  out.length = 0;
  const add = (term: string): void => {
    const id = table.known(term);
    if (id < 0 || table.seenIn[id] !== stamp || table.nameIn[id] === stamp) return;
    table.nameIn[id] = stamp;
    out.push(id);
  };
  PROPER_NAME.lastIndex = 0;
  for (let m = PROPER_NAME.exec(sentence); m !== null; m = PROPER_NAME.exec(sentence)) {
    const t = m[0].includes('-') || m[0].includes('.') ? null : normalizeTerm(m[0]);
    if (t !== null) add(t);
    else for (const part of tokenize(m[0])) add(part);
  }
}

/** Mentions with datelines ("SEOUL, Sept 14 (Agency) -") last, so the sentence's own words name its date. */
function preferNonDateline(mentions: DateMention[]): DateMention[] {
  return [...mentions].sort((a, b) => Number(a.dateline === true) - Number(b.dateline === true));
}

function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** A filter date as the first and last day it covers, or why it is not one. */
function parsePeriod(text: string): { first: string; last: string } | { error: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (!m) return { error: 'is not in a date format' };
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: periodStart(m[1]!), last: periodEnd(m[1]!) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `has no month ${m[2]}` };
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === undefined) return { first: periodStart(ym), last: periodEnd(ym) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { error: `is not a real day (${ym} has ${daysInMonth(year, month)} days)` };
  return { first: text, last: text };
}

function badDate(which: 'from' | 'to', text: string, why: string): ErrorAnswer {
  return {
    kind: 'error',
    error: {
      code: 'bad_date',
      message: `The "${which}" date "${text}" ${why}. Use a year (2023), a month (2023-09) or a day (2023-09-13).`,
    },
  };
}
