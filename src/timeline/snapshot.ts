import type { Passage, Precision, Qualifier } from '../types.ts';

// How the timeline is kept between runs: its events and reports as flat arrays of numbers, no text.

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

/** Changes whenever the form below does, so an old snapshot is refused rather than misread. */
export const SNAPSHOT_VERSION = 1;
/** Precision and qualifier by their codes in the snapshot. */
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
export const QUALIFIERS: readonly Qualifier[] = [null, 'early', 'mid', 'late'];
export const qualifierCode = (q: Qualifier): number => (q === null ? 0 : q === 'early' ? 1 : q === 'mid' ? 2 : 3);

/** The codes of precisions (year 0, month 1, day 2): the snapshot's, and the merge's buckets. */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
/** Qualifiers in timeline order for events that start on the same day: early, none, mid, late. */
export const QUALIFIER_RANK = (q: Qualifier): number => (q === 'early' ? 0 : q === null ? 1 : q === 'mid' ? 2 : 3);

/** Refuses a snapshot of another version or of other passages, before any query reads it wrong. */
export function checkSnapshot(data: TimelineSnapshot, passages: readonly Passage[]): void {
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

/** A copy of the snapshot that shares no array with it, so the copy can be handed to another owner. */
export function copySnapshot(d: TimelineSnapshot): TimelineSnapshot {
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
