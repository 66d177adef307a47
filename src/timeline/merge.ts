import type { DateMention } from './dates.ts';
import type { DatedSentences } from './dated-sentences.ts';
import { IntList } from '../collections/int-list.ts';
import { PRECISION_RANK } from './snapshot.ts';

/*
 * Merging the reports of one event: reports of the same date and precision are one event when their
 * sentences are alike (see timeline.ts), found through posting lists of their rarest words.
 */

// Beyond these sizes a shared word says little about sameness and only costs time.
const MAX_POSTING = 100;
const MAX_CANDIDATES = 16;
const RAREST_WORDS = 5;
const SAME_DOC_SIMILARITY = 0.8;
// A cluster is compared through at most this many of its reports' wordings.
const MAX_WORDINGS = 8;
const CROSS_DOC_SIMILARITY = 0.3;

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

/** The clusters of reports: each cluster one event, its reports a linked list in the order they joined. */
export interface Merged {
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
export function merge(dated: DatedSentences): Merged {
  // Buckets: one per date and precision; clusters and postings carry their bucket's number.
  const bucketOf: Map<string, number>[] = [new Map(), new Map(), new Map()];
  const bucketClusters = new IntList();
  // Sentences of one date share many of their words' lists: half of all words is a generous guess.
  const postings = new Postings(Math.ceil(dated.termStart[dated.count]! / 2), dated.termCount);
  const head = new IntList();
  const tail = new IntList();
  const clusterDoc = new IntList();
  const wordingCount = new IntList();
  const wordings = new IntList();
  const clusterDocs = new Map<number, Set<number>>();
  const clusterSentences: Set<string>[] = [];
  const reportDated = new IntList();
  const reportNext = new IntList();
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
 * Posting lists of cluster numbers per (bucket, term), found by a Map on the pair as one number and kept in
 * one block pool: a busy corpus has hundreds of thousands of them, mostly of one or two clusters, too many to
 * keep as small arrays. (A hand-made table on typed arrays was measured against the Map at 10,000 articles:
 * 3.9 s against 3.8 s for the timeline's build, the same peak memory; the Map stays.) A list's blocks hold 1, 3, 7, 15… clusters; it stops growing past MAX_POSTING, after which it is
 * never read.
 */
class Postings {
  /** Per (bucket, term), keyed `bucket * terms + term`: its list. */
  private readonly ids = new Map<number, number>();

  /** Sized for about `expected` lists; `terms` is the number of terms (the key's second part is below it). */
  constructor(
    expected: number,
    private readonly terms: number,
  ) {
    this.lists = new IntList(expected * LIST);
    this.blocks = new IntList(expected * 4);
  }
  /** Per list, LIST ints: length, last cluster, first block, last block, its fill and size. */
  readonly lists: IntList;
  /** Blocks: the next block (-1 at the end), then the clusters. */
  readonly blocks: IntList;

  /** The list of a term in a bucket, or -1. */
  find(bucket: number, term: number): number {
    return this.ids.get(bucket * this.terms + term) ?? -1;
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
    const list = this.lists.length / LIST;
    this.ids.set(bucket * this.terms + term, list);
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

}

const LIST = 8;


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
