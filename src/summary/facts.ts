import { sameWording, SAME, SAME_IF_NAME } from '../timeline/timeline.ts';
import { cosine, type SparseVectors } from './centrality.ts';

/**
 * Facts across outlets, for the summary: which candidate sentences report the same thing, and how much a
 * sentence adds to what a summary already covers.
 *
 * A sentence's content terms (the summary's stemmed content words) are its concepts. A concept weighs as
 * many outlets as use it among the candidates (within one article, as many sentences), so what many outlets
 * report is worth most; a summary is chosen greedily for the weight of the concepts it does not cover yet
 * (the concept-coverage objective of Gillick and Favre, 2009, solved greedily). Two sentences are one fact
 * when the timeline's rule for one event holds on their distinctive words (the words that are not the
 * subject every candidate shares), or their tf-idf cosine is high, and their resolved dates do not differ.
 */

/** Share of the candidate outlets a word must be used by to count as the subject rather than a fact. */
const SUBJECT_SHARE = 0.6;
/** tf-idf cosine from which two sentences of different outlets say the same thing whatever else holds. */
const SAME_COSINE = 0.6;
/** The timeline's cross-outlet Jaccard, on the two sentences' own sizes. */
const JACCARD_SAME = 0.3;
/** A distinctive word in this share of the candidates' outlets at most is a "rare name" for the timeline rule. */
const RARE_SHARE = 0.3;

/** What the fact space reads of the summarizer. */
export interface FactSource {
  vectors: SparseVectors;
  docOf: Int32Array;
  /** Per term id: 1 for a term the corpus mostly writes as a name (capital or digit inside a sentence). */
  nameTerms: Uint8Array;
  /** The day (YYYY-MM-DD) a sentence says its event happened, or null when it names none. */
  dayOf(s: number): string | null;
}

/** The concepts of a bounded set of candidate sentences, with how many outlets (or sentences) use each. */
export class FactSpace {
  /** Per term id: its weight (outlets using it, or sentences when there is one outlet). */
  private readonly weight = new Map<number, number>();
  private readonly outlets = new Map<number, number>();
  private readonly docCount: number;

  constructor(
    private readonly source: FactSource,
    candidates: readonly number[],
  ) {
    const { offsets, terms } = source.vectors;
    const docs = new Set<number>();
    const seen = new Map<number, Set<number>>();
    for (const s of candidates) {
      const d = source.docOf[s]!;
      docs.add(d);
      for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
        const t = terms[k]!;
        let in_ = seen.get(t);
        if (!in_) seen.set(t, (in_ = new Set()));
        in_.add(d);
        this.weight.set(t, (this.weight.get(t) ?? 0) + 1);
      }
    }
    this.docCount = docs.size;
    for (const [t, ds] of seen) {
      this.outlets.set(t, ds.size);
      if (this.docCount > 1) this.weight.set(t, ds.size);
    }
  }

  /** How many outlets the candidates come from. */
  get docs(): number {
    return this.docCount;
  }

  /** The weight of the concepts of the sentences `unit` that `covered` does not hold yet. */
  gain(unit: readonly number[], covered: ReadonlySet<number>): number {
    const { offsets, terms } = this.source.vectors;
    let sum = 0;
    const counted = new Set<number>();
    for (const s of unit) {
      for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
        const t = terms[k]!;
        if (covered.has(t) || counted.has(t)) continue;
        counted.add(t);
        sum += this.weight.get(t) ?? 1;
      }
    }
    return sum;
  }

  /** Adds the concepts of a sentence to `covered`. */
  cover(s: number, covered: Set<number>): void {
    const { offsets, terms } = this.source.vectors;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) covered.add(terms[k]!);
  }

  /** A term the candidates' outlets nearly all use: the subject, not a fact. */
  private isSubject(t: number): boolean {
    return this.docCount >= 3 && (this.outlets.get(t) ?? 0) >= Math.ceil(this.docCount * SUBJECT_SHARE);
  }

  /**
   * Whether `candidate` reports the fact `chosen` reports (two sentences of different outlets): no two
   * different days named, and the timeline's same-event rule (`sameWording`) on their distinctive words:
   * the words that are neither names nor the subject nearly every outlet uses ("signed", "treaty", "drone").
   * Names say who and where, which two facts about the same people share; a shared name that few outlets
   * use counts as the timeline's rare name. The overlap is measured on the candidate: its distinctive words
   * must mostly be in the chosen sentence, which may say more. Very close wording (cosine) is the same fact
   * whatever else holds.
   */
  sameFact(chosen: number, candidate: number): boolean {
    const { docOf, vectors, nameTerms } = this.source;
    if (docOf[chosen] === docOf[candidate]) return false;
    const dayA = this.source.dayOf(chosen);
    const dayB = this.source.dayOf(candidate);
    if (dayA !== null && dayB !== null && dayA !== dayB) return false;
    if (cosine(vectors, chosen, candidate) >= SAME_COSINE) return true;
    const { offsets, terms } = vectors;
    let sizeA = 0;
    let sizeB = 0;
    let common = 0;
    let rareShared = false;
    let i = offsets[chosen]!;
    let j = offsets[candidate]!;
    const iEnd = offsets[chosen + 1]!;
    const jEnd = offsets[candidate + 1]!;
    const rare = Math.max(2, Math.floor(this.docCount * RARE_SHARE));
    // Both term lists are sorted: one merge counts the distinctive words of each and those they share.
    while (i < iEnd || j < jEnd) {
      const ti = i < iEnd ? terms[i]! : Infinity;
      const tj = j < jEnd ? terms[j]! : Infinity;
      const t = Math.min(ti, tj);
      const counted = !this.isSubject(t) && nameTerms[t] !== 1;
      if (ti === tj) {
        if (counted) common++;
        else if (nameTerms[t] === 1 && !this.isSubject(t) && (this.outlets.get(t) ?? 0) <= rare) rareShared = true;
      }
      if (ti <= tj) {
        if (counted) sizeA++;
        i++;
      }
      if (tj <= ti) {
        if (counted) sizeB++;
        j++;
      }
    }
    // The candidate's size stands for both: overlap is the share of its distinctive words the chosen one has.
    const verdict = sameWording(common, Math.max(sizeB, common), Math.max(sizeB, common), false);
    const jaccard = common / (sizeA + sizeB - common || 1);
    return jaccard >= JACCARD_SAME || verdict === SAME || (verdict === SAME_IF_NAME && rareShared && common >= 3);
  }
}
