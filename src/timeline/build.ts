import type { Document, Passage } from '../types.ts';
import { readDated, type DatedSentences } from './dated-sentences.ts';
import { readPassages, type Reading } from '../text/reading.ts';
import { merge, type Merged } from './merge.ts';
import { periodStart } from './filters.ts';
import { PRECISION_RANK, QUALIFIER_RANK, SNAPSHOT_VERSION, qualifierCode, type TimelineSnapshot } from './snapshot.ts';

// The timeline build: the dated sentences found in the shared reading (dated-sentences.ts), the reports of one event merged
// (merge.ts), the events laid out in timeline order as a snapshot (snapshot.ts) the Timeline serves from.

/** Reads the passages for dated sentences, merges the reports of one event and lays the events out in order. */
export function buildSnapshot(passages: Passage[], docs: readonly Document[], reading: Reading = readPassages(passages)): TimelineSnapshot {
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
  const dated = readDated(passages, reading, ordered, pubOf, order.size !== n);
  const merged = merge(dated);
  return layOut(merged, passages, dated, order);
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
