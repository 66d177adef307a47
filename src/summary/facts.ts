import { sameWording, SAME, SAME_IF_NAME } from '../timeline/merge.ts';
import { cosine, type SparseVectors } from './centrality.ts';

/**
 * Facts across outlets, for the summary: which candidate sentences report the same thing, and how much a
 * sentence adds to what a summary already covers.
 *
 * A sentence's content terms (the summary's stemmed content words) are its concepts. A concept weighs as
 * many outlets as use it among the candidates (within one article, one), so what many outlets
 * report is worth most; a summary is chosen greedily for the weight of the concepts it does not cover yet
 * (the concept-coverage objective of Gillick and Favre, 2009, solved greedily). Two sentences are one fact
 * when the timeline's rule for one event holds on their distinctive words (the words that are not the
 * subject their articles keep repeating), or their tf-idf cosine is high, and their resolved days do not
 * differ.
 */

/**
 * Share of the sentences of the candidates' articles a word must be in (and more than one outlet use) to
 * count as the subject ("Kim", "Putin", "summit") rather than part of a fact.
 */
const SUBJECT_SHARE = 0.2;
/** tf-idf cosine from which two sentences of different outlets say the same thing whatever else holds. */
const SAME_COSINE = 0.6;
/**
 * Weight of a word only one outlet uses, against one more for each further outlet: a sentence's own words
 * show what it adds, but counted in full they would make the longest sentence the best (Gillick and Favre
 * drop them altogether).
 */
const LONE_WORD = 0.25;
/** Share of a candidate's distinctive words the chosen sentence must have for the candidate to repeat it. */
const CONTAINED = 0.5;
/** The timeline's cross-outlet Jaccard, on the two sentences' own sizes. */
const JACCARD_SAME = 0.3;
/** A name used by at most this share of the candidates' outlets is a "rare name" for the timeline rule. */
const RARE_SHARE = 0.3;

/** What the fact space reads of the summarizer. */
export interface FactSource {
  vectors: SparseVectors;
  docOf: Int32Array;
  /** Per document: its first sentence (and the end of the last document's, at the end). */
  docFirst: Int32Array;
  /** Per term id: 1 for a term the corpus mostly writes as a name (capital or digit inside a sentence). */
  nameTerms: Uint8Array;
  /** The day (YYYY-MM-DD) a sentence says its event happened, or null when it names none. */
  dayOf(s: number): string | null;
}

/** Kinds of a candidate word: what the same-fact test counts, a name, or the subject every outlet uses. */
const DISTINCTIVE = 0;
const RARE_NAME = 1;
const SUBJECT = 2;

/**
 * The concepts of a bounded set of candidate sentences, with how many outlets (or sentences) use each. The
 * candidates' words get dense local numbers, so covering, counting and comparing touch small typed arrays
 * rather than maps keyed on the whole vocabulary.
 */
export class FactSpace {
  /** Sentence number to candidate number. */
  private readonly index = new Map<number, number>();
  /** Per candidate: its local word numbers, sorted, `words[start[c]..start[c + 1])`. */
  private readonly start: Int32Array;
  private readonly words: Int32Array;
  /** Per local word: its weight in the coverage objective and its kind for the same-fact test. */
  private readonly weight: Float64Array;
  private readonly kind: Uint8Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** How many outlets the candidates come from. */
  readonly docs: number;

  constructor(
    private readonly source: FactSource,
    candidates: readonly number[],
  ) {
    const { offsets, terms } = source.vectors;
    // Term id to local word number + 1 (0: not a word of the candidates), dense: looked up for every word
    // of every sentence of the candidates' articles.
    const local = new Int32Array(source.nameTerms.length);
    const globalOf: number[] = [];
    const sentences: number[] = [];
    const outlets: number[] = [];
    const lastDoc: number[] = [];
    const start = new Int32Array(candidates.length + 1);
    const words: number[] = [];
    // Candidates one outlet after another, so "used by this outlet already" is one comparison per word.
    const byDoc = candidates.map((_, c) => c).sort((a, b) => source.docOf[candidates[a]!]! - source.docOf[candidates[b]!]! || a - b);
    const listOf: number[][] = new Array<number[]>(candidates.length);
    let docs = 0;
    let previousDoc = -1;
    for (const c of byDoc) {
      const s = candidates[c]!;
      this.index.set(s, c);
      const d = source.docOf[s]!;
      if (d !== previousDoc) docs++;
      previousDoc = d;
      const list: number[] = [];
      for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
        const t = terms[k]!;
        let w = local[t]! - 1;
        if (w < 0) {
          w = globalOf.length;
          local[t] = w + 1;
          globalOf.push(t);
          sentences.push(0);
          outlets.push(0);
          lastDoc.push(-1);
        }
        sentences[w]!++;
        if (lastDoc[w] !== d) {
          lastDoc[w] = d;
          outlets[w]!++;
        }
        list.push(w);
      }
      listOf[c] = list.sort((a, b) => a - b);
    }
    for (let c = 0; c < candidates.length; c++) {
      start[c] = words.length;
      for (const w of listOf[c]!) words.push(w);
    }
    start[candidates.length] = words.length;
    this.docs = docs;
    this.start = start;
    this.words = Int32Array.from(words);
    const n = globalOf.length;
    this.weight = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.seen = new Int32Array(n);
    // The subject is judged on the whole of the candidates' articles, not the candidates alone: the
    // candidates of a topic may all tell one fact, whose words are then in every one of them.
    const inArticles = new Int32Array(n);
    const lastSentence = new Int32Array(n).fill(-1);
    let articleSentences = 0;
    previousDoc = -1;
    for (const c of byDoc) {
      const d = source.docOf[candidates[c]!]!;
      if (d === previousDoc) continue;
      previousDoc = d;
      for (let s = source.docFirst[d]!; s < source.docFirst[d + 1]!; s++) {
        articleSentences++;
        for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
          const w = local[terms[k]!]! - 1;
          if (w >= 0 && lastSentence[w] !== s) {
            lastSentence[w] = s;
            inArticles[w]!++;
          }
        }
      }
    }
    const subject = Math.max(3, articleSentences * SUBJECT_SHARE);
    const rare = Math.max(2, Math.floor(docs * RARE_SHARE));
    for (let w = 0; w < n; w++) {
      // Within one article every concept weighs one: an article names most of its facts once, so how often
      // it repeats a word says what it is about (the lead's words), not what else it reports.
      this.weight[w] = docs > 1 ? outlets[w]! - 1 + LONE_WORD : 1;
      this.kind[w] =
        inArticles[w]! >= subject && outlets[w]! >= 2 ? SUBJECT : source.nameTerms[globalOf[w]!] === 1 && outlets[w]! <= rare ? RARE_NAME : DISTINCTIVE;
    }
  }

  /** An empty set of covered concepts, for `gain` and `cover`. */
  nothingCovered(): Uint8Array {
    return new Uint8Array(this.weight.length);
  }

  /** The weight of the concepts of the candidate sentences `unit` that `covered` does not hold yet. */
  gain(unit: readonly number[], covered: Uint8Array): number {
    const mark = ++this.stamp;
    let sum = 0;
    for (const s of unit) {
      const c = this.index.get(s);
      // A sentence pulled in by a dependent one need not be a candidate: it adds no concept of its own.
      if (c === undefined) continue;
      for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
        const w = this.words[k]!;
        if (covered[w] === 1 || this.seen[w] === mark) continue;
        this.seen[w] = mark;
        sum += this.weight[w]!;
      }
    }
    return sum;
  }

  /** Marks the concepts of a sentence covered. */
  cover(s: number, covered: Uint8Array): void {
    const c = this.index.get(s);
    if (c === undefined) return;
    for (let k = this.start[c]!; k < this.start[c + 1]!; k++) covered[this.words[k]!] = 1;
  }

  /**
   * Whether `candidate` reports the fact `chosen` reports (two sentences of different outlets): no two
   * different days named, and the timeline's same-event rule (`sameWording`) on their distinctive words:
   * the words that are not the subject their articles keep repeating (the people who met, where they met,
   * "summit"), which two facts about the same people share. A shared name that few outlets use counts as
   * the timeline's rare name. At least two words must be shared, and most of the candidate's distinctive
   * words must be in the chosen sentence (which may say more), unless their Jaccard alone says they are one.
   * Very close wording (cosine) is the same fact whatever else holds.
   */
  sameFact(chosen: number, candidate: number): boolean {
    const { docOf, vectors } = this.source;
    if (docOf[chosen] === docOf[candidate]) return false;
    const a = this.index.get(chosen);
    const b = this.index.get(candidate);
    if (a === undefined || b === undefined) return false;
    let same = cosine(vectors, chosen, candidate) >= SAME_COSINE;
    if (!same) {
      const { words, kind } = this;
      let sizeA = 0;
      let sizeB = 0;
      let common = 0;
      let rareShared = false;
      let i = this.start[a]!;
      let j = this.start[b]!;
      const iEnd = this.start[a + 1]!;
      const jEnd = this.start[b + 1]!;
      // Both word lists are sorted: one merge counts the distinctive words of each and those they share.
      while (i < iEnd || j < jEnd) {
        const wi = i < iEnd ? words[i]! : Infinity;
        const wj = j < jEnd ? words[j]! : Infinity;
        const w = wi < wj ? wi : wj;
        const counted = kind[w] !== SUBJECT;
        if (wi === wj && counted) {
          common++;
          if (kind[w] === RARE_NAME) rareShared = true;
        }
        if (wi <= wj) {
          if (counted) sizeA++;
          i++;
        }
        if (wj <= wi) {
          if (counted) sizeB++;
          j++;
        }
      }
      // One shared word is a coincidence, not a fact. Past the timeline's rule, most of the candidate's own
      // distinctive words must be in the chosen sentence (which may say more), unless their Jaccard alone
      // says they are one.
      if (common >= 2) {
        const verdict = sameWording(common, sizeA, sizeB, false);
        const jaccard = common / (sizeA + sizeB - common || 1);
        const contained = common / (sizeB || 1) >= CONTAINED;
        same = jaccard >= JACCARD_SAME || (contained && (verdict === SAME || (verdict === SAME_IF_NAME && rareShared)));
      }
    }
    if (!same) return false;
    // Days last: reading a sentence for dates costs more than comparing its words.
    const dayA = this.source.dayOf(chosen);
    const dayB = this.source.dayOf(candidate);
    return dayA === null || dayB === null || dayA === dayB;
  }
}
