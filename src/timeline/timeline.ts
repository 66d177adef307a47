import type { Reading } from '../text/reading.ts';
import type { Citation, Document, ErrorAnswer, Passage, Qualifier, TimelineAnswer, TimelineEvent } from '../types.ts';
import { buildSnapshot } from './build.ts';
import { starts } from '../collections/int-list.ts';
import { clean, periodEnd, periodStart, readPeriod } from './filters.ts';
import { PRECISIONS, QUALIFIERS, checkSnapshot, copySnapshot, type TimelineSnapshot } from './snapshot.ts';

export { extractDates } from './dates.ts';
export type { TimelineSnapshot } from './snapshot.ts';

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

/** What a timeline query asks for; see {@link Timeline.query}. */
export interface TimelineFilters {
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  source?: string | null;
}

/** The built timeline and its queries; built in build.ts, saved and read back through snapshot.ts. */
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
  static build(passages: Passage[], docs: readonly Document[], reading?: Reading): Timeline {
    const timeline = new Timeline(buildSnapshot(passages, docs, reading), passages);
    // A built timeline answers its first queries as fast as the next ones; a restored one starts sooner.
    timeline.index();
    for (let i = 0; i < timeline.made.length; i++) timeline.event(i);
    return timeline;
  }

  /** The timeline's built state as plain data (typed arrays and strings), for {@link Timeline.fromSnapshot}. */
  toSnapshot(): TimelineSnapshot {
    return copySnapshot(this.data);
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
    const period = readPeriod(fromText, toText);
    if ('kind' in period) return period;
    const { from, to } = period;
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
