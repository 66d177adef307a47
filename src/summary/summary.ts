import type { Document, Passage, SummaryAnswer, SummarySentence } from '../types.ts';
import { Vocabulary, contentTerms, cosine, type SparseVectors } from './centrality.ts';
import { FactSpace, type FactSource } from './facts.ts';
import { isFurniture } from './furniture.ts';
import { findDates } from '../timeline/dates.ts';
import { POOL_ACROSS, buildSummaryIndex, type Layout, type SummaryIndex } from './build.ts';
import { passageNumber } from './passage-index.ts';
import { formWeight } from './sentence-form.ts';
import type { Reading } from '../text/reading.ts';
import { summaryIndexFromSnapshot, summarySnapshot, type SummarizerSnapshot } from './snapshot.ts';

// Answering a summary: choosing among the sentences the build scored (build.ts), by topic, source and length.

export interface SummaryOptions {
  length?: 'short' | 'medium' | 'long';
  topic?: string | null;
  source?: string | null;
}

const SENTENCES_FOR: Record<'short' | 'medium' | 'long', number> = { short: 3, medium: 5, long: 8 };

/** Within one article, MMR's weight of relevance against repeating what is already chosen. */
const MMR_LAMBDA = 0.7;
// Two sentences this similar say the same thing (the same fact from two outlets, the same quote translated
// twice) and never both go in.
const SAME_THING = 0.5;
/** Candidates considered per summary: bounds the selection cost whatever the corpus size. */
const POOL = 200;
/** Score every whole-corpus candidate has, whatever its place in its article. */
const UNSCORED = 0.05;
/** Share of a sentence's value that comes with it whatever its relevance: coverage decides the rest. */
const RELEVANCE_FLOOR = 0.3;
/**
 * One article alone: a mild position prior (the sentence at place k weighs 1 / (1 + k / SINGLE_PRIOR_SPAN)),
 * so the lead helps without crowding out the reactions later in the article; the weight of a sentence that
 * uses the headline's words (up to HEADLINE_SATURATION of them); and the power of the coverage gain, below 1 so
 * that relevance rather than sheer length decides between sentences that add new words. Tuned on the key facts
 * of tests/fixtures/summary-facts.json; held out: tests/fixtures/summary-facts-heldout.json.
 */
const SINGLE_PRIOR_SPAN = 20;
const HEADLINE_WEIGHT = 2;
const HEADLINE_SATURATION = 2;
const SINGLE_GAIN_POWER = 0.5;
/** A dependent sentence may pull in at most this many sentences before it (itself included). */
const MAX_CHAIN = 2;

/**
 * Cited extractive summaries. Everything that does not depend on the topic is worked out once when the
 * engine starts: sentence vectors, a score for every sentence within its document (centrality within the
 * article times a lead prior times the specifics the sentence names),
 * how central each document is to the corpus, and the candidate pool of the whole-corpus summary. A summary
 * then only ranks a bounded pool of candidates.
 */
export class Summarizer {
  private readonly whole = new Map<number, SummarySentence[]>();
  /** Per sentence, once looked at: 1 news, 2 page furniture (0 not looked at yet). */
  private furniture: Uint8Array | null = null;
  private readonly days = new Map<number, string | null>();
  private factSourceMemo: FactSource | null = null;
  private readonly docIds: readonly string[];
  private readonly docIndex: ReadonlyMap<string, number>;
  private readonly docFirst: Int32Array;
  private readonly docWeight: Float64Array;
  private readonly layout: Layout;
  private readonly vectors: SparseVectors;
  private readonly vocabulary: Vocabulary;
  private readonly score: Float64Array;
  private readonly passageIndex: Int32Array;
  private readonly passageFirst: Int32Array;
  private readonly wholePool: Int32Array;
  private readonly centroid: Float64Array;
  private readonly nameTerms: Uint8Array;

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly index: SummaryIndex,
  ) {
    // Read as fields, as the queries do on every sentence they look at (see SummaryIndex for what each is).
    this.docIds = index.docIds;
    this.docIndex = index.docIndex;
    this.docFirst = index.docFirst;
    this.docWeight = index.docWeight;
    this.layout = index.layout;
    this.vectors = index.vectors;
    this.vocabulary = index.vocabulary;
    this.score = index.score;
    this.passageIndex = index.passageIndex;
    this.passageFirst = index.passageFirst;
    this.wholePool = index.wholePool;
    this.centroid = index.centroid;
    this.nameTerms = index.nameTerms;
  }

  /** The built state as plain data, for `fromSnapshot`. Holds no passage text. */
  toSnapshot(): SummarizerSnapshot {
    return summarySnapshot(this.index);
  }

  /** A Summarizer from `toSnapshot` data and the passages it was built from, without scoring anything again. */
  static fromSnapshot(data: SummarizerSnapshot, passages: Passage[], _docs: readonly Document[]): Summarizer {
    return new Summarizer(passages, summaryIndexFromSnapshot(data, passages));
  }

  /** Scores every sentence of the corpus and prepares the whole-corpus candidate pool. */
  static build(passages: Passage[], docs: readonly Document[], reading?: Reading): Summarizer {
    return new Summarizer(passages, buildSummaryIndex(passages, docs, reading));
  }

  /**
   * A summary in reading order. `topicScores` maps passage ids to relevance (> 0) when a topic is given;
   * without it a topic is matched on its words. An unknown source or a topic nothing speaks about gives no
   * sentences.
   */
  summarize(options: SummaryOptions, topicScores: Map<string, number> | null): SummaryAnswer {
    const length = options.length ?? 'medium';
    const topic = options.topic?.trim() ? options.topic.trim() : null;
    const source = options.source?.trim() ? options.source.trim() : null;
    const answer = (sentences: SummarySentence[]): SummaryAnswer => ({ kind: 'summary', length, topic, source, sentences });
    const want = SENTENCES_FOR[length];
    const doc = source === null ? null : this.docIndex.get(source);
    if (doc === undefined) return answer([]);

    // A corpus of one article is summarised as that article is.
    const one = doc === null && this.docIds.length === 1 ? 0 : doc;
    if (topic === null && one === null) {
      let cached = this.whole.get(want);
      if (!cached) {
        // Across articles, what several outlets report outranks what one article stresses alone.
        // A sentence sharing no word with the rest of its article scores 0 there, yet may be the one report
        // of a fact the others corroborate: every candidate keeps a little relevance.
        const rel = (s: number): number => (UNSCORED + this.score[s]!) * this.docWeight[this.layout.docOf[s]!]! * this.agreement(s);
        cached = this.select(Array.from(this.wholePool), rel, want, true, POOL_ACROSS);
        this.whole.set(want, cached);
      }
      return answer(cached);
    }
    if (topic === null) {
      const first = this.docFirst[one!]!;
      const end = this.docFirst[one! + 1]!;
      const pool: number[] = [];
      for (let s = first; s < end; s++) pool.push(s);
      const headline = this.headlineTerms(one!);
      return answer(this.select(pool, (s) => this.singleRelevance(s, headline), want, false, POOL, true));
    }
    return answer(this.topical(topic, doc, topicScores, want));
  }

  private topical(topic: string, doc: number | null, topicScores: Map<string, number> | null, want: number): SummarySentence[] {
    const topicTerms = [...new Set(contentTerms(topic).map((t) => this.vocabulary.lookup(t)))];
    const passageRel = new Map<number, number>();
    if (topicScores) {
      for (const [id, value] of topicScores) {
        const p = passageNumber(this.passageIndex, this.passages, id);
        if (p === undefined || !(value > 0)) continue;
        if (doc !== null && this.passages[p]!.doc !== this.docIds[doc]) continue;
        passageRel.set(p, value);
      }
    } else {
      // No search index at hand: a passage is relevant by the share of the topic's words it uses.
      const [from, to] = doc === null ? [0, this.layout.passageOf.length] : [this.docFirst[doc]!, this.docFirst[doc + 1]!];
      const perPassage = new Map<number, number>();
      for (let s = from; s < to; s++) {
        const share = this.topicShare(s, topicTerms);
        if (share > 0) {
          const p = this.layout.passageOf[s]!;
          perPassage.set(p, Math.max(perPassage.get(p) ?? 0, share));
        }
      }
      for (const [p, v] of perPassage) passageRel.set(p, v);
    }
    if (passageRel.size === 0) return [];
    let top = 0;
    for (const v of passageRel.values()) top = Math.max(top, v);
    // Sentences only from relevant passages; within them, those that use the topic's words come first.
    const rel = (s: number): number => {
      const p = this.layout.passageOf[s]!;
      const r = passageRel.get(p);
      if (r === undefined) return 0;
      const docPart = doc === null ? Math.sqrt(this.docWeight[this.layout.docOf[s]!]!) * (0.5 + this.agreement(s)) : 1;
      return (r / top) * (0.4 + 0.6 * this.topicShare(s, topicTerms)) * (0.4 + 0.6 * this.score[s]!) * docPart;
    };
    const passagesByRel = [...passageRel.keys()].sort((a, b) => passageRel.get(b)! - passageRel.get(a)!);
    const pool: number[] = [];
    for (const p of passagesByRel) {
      for (let s = this.passageFirst[p]!; s < this.passageFirst[p]! + this.passages[p]!.sentences.length; s++) pool.push(s);
      if (pool.length >= POOL * 2) break;
    }
    return this.select(pool, rel, want, doc === null);
  }

  /** The vocabulary ids of the content words of a document's headline. */
  private headlineTerms(d: number): number[] {
    const first = this.docFirst[d]!;
    if (first === this.docFirst[d + 1]) return [];
    const title = this.passages[this.layout.passageOf[first]!]!.citation.title;
    return [...new Set(contentTerms(title).map((t) => this.vocabulary.lookup(t)))].filter((t) => t >= 0);
  }

  /**
   * A sentence's value as summary material within its one article, from what the article itself says: its
   * form (length, question, mostly quoted), a mild position prior, and whether it speaks of what the headline
   * names. Not centrality: within one article it rewards the sentences that repeat the lead's words, which
   * is why the lead's facts crowded out the reactions further down.
   */
  private singleRelevance(s: number, headline: readonly number[]): number {
    const { offsets, terms } = this.vectors;
    const k = s - this.docFirst[this.layout.docOf[s]!]!;
    let hits = 0;
    for (const t of headline) {
      for (let q = offsets[s]!; q < offsets[s + 1]!; q++) {
        if (terms[q] === t) {
          hits++;
          break;
        }
      }
    }
    const form = formWeight(this.textOf(s), offsets[s + 1]! - offsets[s]!);
    return (form / (1 + k / SINGLE_PRIOR_SPAN)) * (1 + HEADLINE_WEIGHT * Math.min(1, hits / HEADLINE_SATURATION));
  }

  /** Similarity of a sentence to the corpus centroid. */
  private agreement(s: number): number {
    const { offsets, terms, weights } = this.vectors;
    let dot = 0;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) dot += weights[k]! * this.centroid[terms[k]!]!;
    return dot;
  }

  private topicShare(s: number, topicTerms: readonly number[]): number {
    const known = topicTerms.filter((t) => t >= 0);
    if (topicTerms.length === 0 || known.length === 0) return 0;
    const { offsets, terms } = this.vectors;
    let hits = 0;
    for (const t of known) {
      for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
        if (terms[k] === t) {
          hits++;
          break;
        }
      }
    }
    return hits / topicTerms.length;
  }

  /**
   * Greedy concept coverage over a bounded pool (see facts.ts): each step takes the sentence (with the one it
   * leans on, if any) that adds the most weight of concepts not yet covered, scaled by its relevance. A
   * sentence reporting a fact already chosen (the same fact from another outlet, or nearly the same words)
   * stays out and is credited under the chosen one's `also`. Across outlets the result is in order of
   * importance, reports with a known day in the order of their days; within one article, in reading order.
   */
  private select(candidates: number[], rel: (s: number) => number, want: number, spread: boolean, poolSize = POOL, coverOne = false): SummarySentence[] {
    const relOf = new Map<number, number>();
    const relevance = (s: number): number => {
      let r = relOf.get(s);
      if (r === undefined) relOf.set(s, (r = this.isFurniture(s) ? 0 : rel(s)));
      return r;
    };
    const pool = candidates
      .filter((s) => relevance(s) > 0)
      .sort((a, b) => relevance(b) - relevance(a) || a - b)
      .slice(0, poolSize);
    if (pool.length === 0) return [];
    const maxRel = relevance(pool[0]!);
    this.factSourceMemo ??= { vectors: this.vectors, docOf: this.layout.docOf, docFirst: this.docFirst, nameTerms: this.nameTerms, dayOf: (s) => this.dayOf(s) };
    const facts = new FactSpace(this.factSourceMemo, pool);
    const covered = facts.nothingCovered();
    const units: number[][] = [];
    const chosen: number[] = [];
    const inSummary = new Set<number>();
    /** Sentences that report a fact already in the summary: the chosen sentence they repeat. */
    const repeats = new Map<number, number>();
    const docsUsed = new Map<number, number>();
    // A corpus of one article is summarised as that article is.
    const across = spread && facts.docs > 1;
    const perDocCap = across ? Math.ceil(want / 2) : want;

    while (chosen.length < want) {
      let best: number[] | null = null;
      let bestValue = 0;
      for (const s of pool) {
        if (inSummary.has(s) || repeats.has(s)) continue;
        const unit = this.unitFor(s, inSummary);
        if (!unit || chosen.length + unit.length > want) continue;
        const d = this.layout.docOf[s]!;
        if ((docsUsed.get(d) ?? 0) + unit.length > perDocCap) continue;
        if (unit.some((m) => repeats.has(m) || this.saysChosen(m, chosen))) continue;
        const value = across
          ? this.coverValue(unit, relevance, maxRel, facts, covered)
          : coverOne
            ? this.singleCoverValue(unit, relevance, maxRel, facts, covered)
            : this.mmrValue(unit, relevance, maxRel, chosen);
        if (best === null || value > bestValue) {
          bestValue = value;
          best = unit;
        }
      }
      if (!best) break;
      // A sentence leaning on one already chosen joins that one's unit, so the two stay together.
      const leansOn = this.layout.dependsOn[best[0]!]!;
      const host = leansOn >= 0 && inSummary.has(leansOn) ? units.find((u) => u[u.length - 1] === leansOn) : undefined;
      if (host) host.push(...best);
      else units.push(best);
      for (const m of best) {
        chosen.push(m);
        inSummary.add(m);
        facts.cover(m, covered);
        const d = this.layout.docOf[m]!;
        docsUsed.set(d, (docsUsed.get(d) ?? 0) + 1);
      }
      for (const x of pool) {
        if (inSummary.has(x) || repeats.has(x)) continue;
        const same = best.find((m) => facts.sameFact(m, x));
        if (same !== undefined) repeats.set(x, same);
      }
    }
    const also = new Map<number, number[]>();
    for (const [x, m] of repeats) {
      let list = also.get(m);
      if (!list) also.set(m, (list = []));
      list.push(x);
    }
    const ordered = across ? this.inEventOrder(units) : units.flat().sort((a, b) => a - b);
    return ordered.map((s) => this.sentenceAt(s, (also.get(s) ?? []).sort((a, b) => a - b)));
  }

  /** Across outlets: the weight of the concepts a unit adds, scaled by its relevance, per sentence it takes. */
  private coverValue(unit: readonly number[], relevance: (s: number) => number, maxRel: number, facts: FactSpace, covered: Uint8Array): number {
    let quality = 0;
    for (const m of unit) quality += RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * (relevance(m) / maxRel);
    return (facts.gain(unit, covered) * quality) / (unit.length * unit.length);
  }

  /**
   * One article, no topic: the new concepts a unit adds (every word of the article weighs one), damped by
   * `SINGLE_GAIN_POWER`, times its mean relevance, per sentence it takes. A sentence that brings in another
   * actor, place or event adds words the lead has not used, so the reactions further down compete with the
   * opening on what they add.
   */
  private singleCoverValue(unit: readonly number[], relevance: (s: number) => number, maxRel: number, facts: FactSpace, covered: Uint8Array): number {
    let quality = 0;
    for (const m of unit) quality += relevance(m) / maxRel;
    return (facts.gain(unit, covered) ** SINGLE_GAIN_POWER * quality) / (unit.length * unit.length);
  }

  /**
   * Within one article and a topic: maximal marginal relevance, relevance against similarity to what is chosen. One
   * article names each fact's words once or twice, so outlet counts say nothing there; its sentence scores
   * (centrality, lead, specifics) do.
   */
  private mmrValue(unit: readonly number[], relevance: (s: number) => number, maxRel: number, chosen: readonly number[]): number {
    let value = 0;
    for (const m of unit) {
      let redundancy = 0;
      for (const c of chosen) redundancy = Math.max(redundancy, cosine(this.vectors, m, c));
      value += MMR_LAMBDA * (relevance(m) / maxRel) - (1 - MMR_LAMBDA) * redundancy;
    }
    return value / unit.length;
  }

  /**
   * Whether a sentence says nearly what a chosen one of its own article says. (What another outlet's chosen
   * sentence says is in `repeats` already.)
   */
  private saysChosen(m: number, chosen: readonly number[]): boolean {
    for (const c of chosen) {
      if (this.layout.docOf[m] === this.layout.docOf[c] && cosine(this.vectors, m, c) >= SAME_THING) return true;
    }
    return false;
  }

  /**
   * Units in the order they were chosen (importance), except that the units whose day is known take the
   * places held by such units in the order of their days.
   */
  private inEventOrder(units: number[][]): number[] {
    const dayOfUnit = units.map((u) => u.map((s) => this.dayOf(s)).find((d) => d !== null) ?? null);
    const datedSlots = units.map((_, i) => i).filter((i) => dayOfUnit[i] !== null);
    const byDay = [...datedSlots].sort((a, b) => (dayOfUnit[a]! < dayOfUnit[b]! ? -1 : dayOfUnit[a]! > dayOfUnit[b]! ? 1 : a - b));
    const order = units.map((_, i) => i);
    datedSlots.forEach((slot, k) => (order[slot] = byDay[k]!));
    return order.flatMap((i) => units[i]!);
  }

  /** Whether a sentence is page furniture (a dateline, byline, time stamp, heading, note to the reader). */
  private isFurniture(s: number): boolean {
    this.furniture ??= new Uint8Array(this.layout.passageOf.length);
    if (this.furniture[s] === 0) this.furniture[s] = isFurniture(this.textOf(s)) ? 2 : 1;
    return this.furniture[s] === 2;
  }

  /** The day a sentence says its event happened (a day-precise date that is not a dateline), or null. */
  private dayOf(s: number): string | null {
    let day = this.days.get(s);
    if (day === undefined) {
      const p = this.passages[this.layout.passageOf[s]!]!;
      const mention = findDates(this.textOf(s), p.citation.published).find((m) => m.precision === 'day' && !m.dateline);
      day = mention ? mention.date : null;
      this.days.set(s, day);
    }
    return day;
  }

  private textOf(s: number): string {
    return this.passages[this.layout.passageOf[s]!]!.sentences[this.layout.sentenceOf[s]!]!.text;
  }

  /** The sentences that must come in together for `s` to make sense, or null when it never can. */
  private unitFor(s: number, inSummary: ReadonlySet<number>): number[] | null {
    const unit = [s];
    let at = s;
    while (this.layout.dependsOn[at]! >= 0) {
      const before = this.layout.dependsOn[at]!;
      if (before === at || this.isFurniture(before)) return null;
      if (inSummary.has(before)) break;
      unit.unshift(before);
      if (unit.length > MAX_CHAIN) return null;
      at = before;
    }
    return unit;
  }

  private sentenceAt(s: number, also: readonly number[]): SummarySentence {
    const p = this.passages[this.layout.passageOf[s]!]!;
    return {
      sentence: p.sentences[this.layout.sentenceOf[s]!]!.text,
      citation: p.citation,
      also: also.map((x) => ({ sentence: this.textOf(x), citation: this.passages[this.layout.passageOf[x]!]!.citation })),
    };
  }
}

/** The first n sentences of a document: the lead baseline, for the evaluation. */
export function leadSentences(passages: readonly Passage[], doc: string, n: number): SummarySentence[] {
  const out: SummarySentence[] = [];
  const ofDoc = passages.filter((p) => p.doc === doc).sort((a, b) => a.paragraph - b.paragraph);
  for (const p of ofDoc) {
    for (const s of p.sentences) {
      if (out.length >= n) return out;
      out.push({ sentence: s.text, citation: p.citation });
    }
  }
  return out;
}
