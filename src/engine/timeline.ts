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

interface Report {
  sentence: string;
  citation: Citation;
  expression: string;
  qualifier: Qualifier;
}

interface Entry {
  event: TimelineEvent;
  /** First and last day of the period, YYYY-MM-DD, for the from/to filters. */
  first: string;
  last: string;
  reports: Report[];
  /** Where in the timeline the entry stands. */
  rank: number;
  /** The first report of each document, by document id. */
  byDoc: Map<string, number>;
}

interface Cluster {
  id: number;
  entry: Entry;
  /** Content words and rare proper nouns of each report, any of which a new report may resemble. */
  wordings: { terms: Set<string>; keyNames: Set<string> }[];
  docs: Set<string>;
  sentences: Set<string>;
}

interface Bucket {
  clusters: Cluster[];
  postings: Map<string, number[]>;
}

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
  private constructor(private readonly entries: readonly Entry[]) {
    this.events = entries.map((e) => e.event);
    entries.forEach((e, i) => {
      e.rank = i;
      e.reports.forEach((r, j) => {
        if (!e.byDoc.has(r.citation.doc)) e.byDoc.set(r.citation.doc, j);
        const list = this.byPassage.get(r.citation.passage);
        if (!list) this.byPassage.set(r.citation.passage, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      });
    });
  }

  /** Timeline ranks of the entries each passage reports, for the topic filter. */
  private readonly byPassage = new Map<string, number[]>();

  /** Merged events, in timeline order. */
  readonly events: TimelineEvent[];

  /** Reads every sentence of every passage for dates, merges reports of the same event and sorts them once. */
  static build(passages: Passage[], docs: readonly Document[]): Timeline {
    const docIndex = new Map(docs.map((d, i) => [d.id, i]));
    const published = new Map(docs.map((d) => [d.id, d.published]));
    // Earliest-published documents first, so the first report of an event is its main one.
    const ordered = passages
      .map((p, i) => ({ p, i }))
      .sort((a, b) => {
        const pa = published.get(a.p.doc) ?? a.p.citation.published;
        const pb = published.get(b.p.doc) ?? b.p.citation.published;
        if (pa !== pb) return pa < pb ? -1 : 1;
        const da = docIndex.get(a.p.doc) ?? Infinity;
        const db = docIndex.get(b.p.doc) ?? Infinity;
        return da !== db ? da - db : a.i - b.i;
      });

    // First pass: the dated sentences and their words, to learn which proper nouns are rare enough to tell
    // one event from another ("Vladivostok", "Camp David") and which are everywhere ("Kim", "Putin").
    const dated: { p: Passage; s: Passage['sentences'][number]; mentions: DateMention[]; terms: Set<string>; names: Set<string> }[] = [];
    const nameFrequency = new Map<string, number>();
    for (const { p } of ordered) {
      const pub = published.get(p.doc) ?? p.citation.published;
      for (const s of p.sentences) {
        const mentions = findDates(s.text, pub);
        if (mentions.length === 0) continue;
        const terms = contentTerms(s.text);
        const names = properNames(s.text, terms);
        for (const n of names) nameFrequency.set(n, (nameFrequency.get(n) ?? 0) + 1);
        dated.push({ p, s, mentions: preferNonDateline(mentions), terms, names });
      }
    }
    const rareName = Math.max(2, Math.floor(dated.length * KEY_NAME_SHARE));
    const buckets = new Map<string, Bucket>();
    const entries: Entry[] = [];
    for (const { p, s, mentions, terms, names } of dated) {
      const keyNames = new Set([...names].filter((n) => (nameFrequency.get(n) ?? 0) <= rareName));
      const sentenceKey = `${p.id}\u0000${s.start}`;
      const seen = new Set<string>();
      for (const m of mentions) {
        const key = `${m.date}|${m.precision}`;
        // "Wednesday, Sept. 13" read twice, or a dateline and "Thursday": one report of one date.
        if (seen.has(key)) continue;
        seen.add(key);
        const report: Report = { sentence: s.text, citation: p.citation, expression: m.expression, qualifier: m.qualifier };
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = { clusters: [], postings: new Map() }));
        const cluster = findSame(bucket, terms, keyNames, p.doc, sentenceKey);
        if (cluster) {
          if (cluster.sentences.has(sentenceKey)) continue;
          cluster.entry.reports.push(report);
          cluster.entry.event.also.push({ sentence: report.sentence, citation: report.citation });
          cluster.docs.add(p.doc);
          cluster.sentences.add(sentenceKey);
          if (cluster.wordings.length < MAX_WORDINGS) {
            cluster.wordings.push({ terms, keyNames });
            index(bucket, cluster.id, terms);
          }
          continue;
        }
        const event: TimelineEvent = {
          date: m.date,
          precision: m.precision,
          qualifier: m.qualifier,
          expression: m.expression,
          sentence: s.text,
          citation: p.citation,
          also: [],
          ...(m.end ? { end: m.end } : {}),
        };
        const entry: Entry = { event, first: periodStart(m.date), last: periodEnd(m.end ?? m.date), reports: [report], rank: 0, byDoc: new Map() };
        entries.push(entry);
        const id = bucket.clusters.length;
        bucket.clusters.push({ id, entry, wordings: [{ terms, keyNames }], docs: new Set([p.doc]), sentences: new Set([sentenceKey]) });
        index(bucket, id, terms);
      }
    }
    const order = new Map(ordered.map(({ p }, i) => [p.id, i]));
    entries.sort((a, b) => compareEntries(a, b, order));
    return new Timeline(entries);
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
    let onTopic: Set<number> | null = null;
    if (topicScores) {
      onTopic = new Set();
      for (const passage of topicScores.keys()) for (const rank of this.byPassage.get(passage) ?? []) onTopic.add(rank);
    }
    const events: TimelineEvent[] = [];
    for (const entry of this.entries) {
      if (from && entry.last < from.first) continue;
      if (to && entry.first > to.last) continue;
      if (onTopic && !onTopic.has(entry.rank)) continue;
      if (source !== null) {
        const own = entry.byDoc.get(source);
        if (own === undefined) continue;
        events.push(own === 0 ? entry.event : viewFrom(entry, own));
        continue;
      }
      events.push(entry.event);
    }
    return { kind: 'timeline', filters: { from: fromText, to: toText, topic, source }, events };
  }
}

/** The event as one of its other reports tells it: that report first, every other one under `also`. */
function viewFrom(entry: Entry, index: number): TimelineEvent {
  const main = entry.reports[index]!;
  return {
    ...entry.event,
    qualifier: main.qualifier,
    expression: main.expression,
    sentence: main.sentence,
    citation: main.citation,
    also: entry.reports.filter((_, i) => i !== index).map((r) => ({ sentence: r.sentence, citation: r.citation })),
  };
}

/** The cluster of the bucket this report belongs to, if any: similar wording, and not a second sentence of one document. */
function findSame(bucket: Bucket, terms: Set<string>, keyNames: Set<string>, doc: string, sentenceKey: string): Cluster | null {
  if (bucket.clusters.length === 0) return null;
  // Candidates come through the sentence's rarest words in this bucket: a report of the same event shares
  // its distinctive words, and walking every common word's list made merging quadratic on busy dates.
  const lists: number[][] = [];
  for (const t of terms) {
    const list = bucket.postings.get(t);
    if (list && list.length <= MAX_POSTING) lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  const shared = new Map<number, number>();
  for (const list of lists.slice(0, RAREST_WORDS)) {
    for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const candidates = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES);
  let best: Cluster | null = null;
  let bestScore = 0;
  for (const [id] of candidates) {
    const c = bucket.clusters[id]!;
    if (c.sentences.has(sentenceKey)) return c;
    for (const w of c.wordings) {
      const common = countCommon(terms, w.terms);
      const jaccard = common / (terms.size + w.terms.size - common || 1);
      const overlap = common / (Math.min(terms.size, w.terms.size) || 1);
      const same = c.docs.has(doc)
        ? jaccard >= SAME_DOC_SIMILARITY
        : jaccard >= CROSS_DOC_SIMILARITY || (common >= 3 && overlap >= 0.5) || (common >= 2 && overlap >= 0.3 && countCommon(keyNames, w.keyNames) >= 1);
      const score = jaccard + overlap;
      if (same && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
  }
  return best;
}

function index(bucket: Bucket, id: number, terms: Set<string>): void {
  for (const t of terms) {
    const list = bucket.postings.get(t);
    if (!list) bucket.postings.set(t, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }
}

function countCommon(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) n++;
  return n;
}

/** The terms of words written with a capital inside the sentence (the first word may be capital for grammar). */
function properNames(sentence: string, terms: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?<=[\p{L}\p{N},;:'"’”)]\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu)) {
    const t = m[0].includes('-') || m[0].includes('.') ? null : normalizeTerm(m[0]);
    if (t !== null && terms.has(t)) out.add(t);
    else if (t === null) for (const part of tokenize(m[0])) if (terms.has(part)) out.add(part);
  }
  return out;
}

/** Mentions with datelines ("SEOUL, Sept 14 (Agency) -") last, so the sentence's own words name its date. */
function preferNonDateline(mentions: DateMention[]): DateMention[] {
  return [...mentions].sort((a, b) => Number(a.dateline === true) - Number(b.dateline === true));
}

function contentTerms(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(sentence)) if (t.length > 2 && !DATE_TERMS.has(t) && !/^\d+$/u.test(t)) out.add(t);
  return out;
}

function compareEntries(a: Entry, b: Entry, order: Map<string, number>): number {
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  const ea = a.event;
  const eb = b.event;
  const p = PRECISION_RANK[ea.precision] - PRECISION_RANK[eb.precision];
  if (p !== 0) return p;
  const q = QUALIFIER_RANK(ea.qualifier) - QUALIFIER_RANK(eb.qualifier);
  if (q !== 0) return q;
  const oa = order.get(ea.citation.passage) ?? 0;
  const ob = order.get(eb.citation.passage) ?? 0;
  if (oa !== ob) return oa - ob;
  return ea.sentence.localeCompare(eb.sentence);
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
