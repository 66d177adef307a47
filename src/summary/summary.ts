import type { Document, Passage, SummaryAnswer, SummarySentence } from '../types.ts';
import { IntList } from '../collections/int-list.ts';
import { fnv1a } from '../text/hash.ts';
import { TermReader, Vocabulary, contentTerms, degreeCentrality, cosine, tfidfVectors, type SparseVectors } from './centrality.ts';
import type { PackedStrings } from '../engine/packing.ts';
import { FactSpace, type FactSource } from './facts.ts';
import { isFurniture } from './furniture.ts';
import { findDates } from '../timeline/dates.ts';

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
/** Candidates of the whole-corpus summary (worked out once): the facts it chooses from lie deeper in each article. */
const POOL_ACROSS = 600;
/** Score every whole-corpus candidate has, whatever its place in its article. */
const UNSCORED = 0.05;
/** Share of a sentence's value that comes with it whatever its relevance: coverage decides the rest. */
const RELEVANCE_FLOOR = 0.3;
/** Documents and sentences per document that feed the whole-corpus pool. */
const POOL_DOCS = 40;
const POOL_PER_DOC = 15;
/**
 * Weight of the specifics (rare names, places, dates, numbers) in a sentence's score, and how many
 * rarest-possible words' worth saturate it. Measured on the fact-coverage evaluation in tests/summary.test.ts.
 */
const SPECIFIC_WEIGHT = 1.5;
const SPECIFIC_SATURATION = 2;
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

// Openings that lean on the sentence before: pronouns, connectives and "the two ..." style back-references.
const DEPENDENT_OPENING =
  /^(?:he|she|it|they|we|his|her|its|their|them|him|this|that|these|those|such|but|however|also|meanwhile|moreover|furthermore|besides|still|yet|and|or|so|then|thus|hence|therefore|instead|nonetheless|nevertheless|likewise|similarly|otherwise|both|neither|either|in addition|in turn|as a result|on the other hand|even so|by contrast|in contrast|at the same time|for his part|for her part|for their part|the two|the pair|the latter|the former|the same|another|others)\b/i;
const QUOTE_OPEN = /^["“‘]/;
// A quote attributed only by a pronoun ("...," he added) names its speaker in an earlier sentence.
const PRONOUN_ATTRIBUTION =
  /["”’]\s*,?\s*(?:(?:he|she|they|it)\s+(?:added|said|says|continued|noted|explained|told|stressed|warned|argued|wrote|insisted|went on)|(?:added|said|says|continued|noted)\s+(?:he|she|they))\b/i;
const REPORTING_VERB = /\b(?:said|says|told|added|noted|stated|stressed|warned|wrote|argued|insisted|explained|according)\b/i;
const QUOTED_SPAN = /["“][^"”]*["”]/g;

/**
 * True when a sentence only makes sense after the one before it: it opens with a pronoun or connective
 * ("It marked their first talks..."), quotes someone named only as "he", or continues a quote without saying
 * who speaks.
 */
export function dependsOnPrevious(sentence: string): boolean {
  const text = sentence.trim();
  if (DEPENDENT_OPENING.test(text)) return true;
  // The attribution pattern needs a closing quotation mark: most sentences have none and skip it.
  if ((text.includes('"') || text.includes('”') || text.includes('’')) && PRONOUN_ATTRIBUTION.test(text)) return true;
  if (QUOTE_OPEN.test(text)) {
    const outside = text.replace(QUOTED_SPAN, ' ');
    // Only quoted words, or nothing that says who speaks: the speaker is named elsewhere.
    if (!/\p{L}/u.test(outside) || !REPORTING_VERB.test(outside)) return true;
  }
  return false;
}

/**
 * Share of a sentence's characters inside quotation marks: the spans `QUOTED_SPAN` matches, found with
 * `indexOf` (an opening mark, then the first closing mark after it) rather than a match object per span.
 */
function quotedShare(text: string): number {
  let quoted = 0;
  let from = 0;
  for (;;) {
    const open = firstOf(text, '"', '“', from);
    if (open < 0) break;
    // No closing mark after this opening one: none after any later opening mark either.
    const close = firstOf(text, '"', '”', open + 1);
    if (close < 0) break;
    quoted += close - open + 1;
    from = close + 1;
  }
  return text.length === 0 ? 0 : quoted / text.length;
}

/** The first place at or after `from` where `a` or `b` stands, or -1. */
function firstOf(text: string, a: string, b: string, from: number): number {
  const i = text.indexOf(a, from);
  const j = text.indexOf(b, from);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

/**
 * How much a sentence can carry on its own, from its form alone: very short sentences, questions and
 * sentences that are mostly someone's quoted opinion carry fewer facts than a reported sentence with names in it.
 */
function formWeight(text: string, termCount: number): number {
  let w = Math.min(1, termCount / 8);
  if (endsWithQuestion(text.trim())) w *= 0.5;
  if (quotedShare(text) > 0.6) w *= 0.7;
  return w;
}

/** `/\?["”’]?$/`: a question mark at the end, possibly before a closing quotation mark. */
function endsWithQuestion(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 63) return true;
  return (last === 34 || last === 0x201d || last === 0x2019) && text.charCodeAt(text.length - 2) === 63;
}

/** Prior probability of the k-th sentence of an article being summary-worthy: the lead counts most. */
function positionPrior(k: number): number {
  return 1 / Math.sqrt(k + 1);
}

interface Layout {
  /** Sentence rows, in reading order: documents by published date then id, then paragraph, then sentence. */
  passageOf: Int32Array;
  sentenceOf: Int32Array;
  docOf: Int32Array;
  /** The sentence a dependent sentence leans on (the one before it in its document), or -1. */
  dependsOn: Int32Array;
}

/**
 * The built state of a Summarizer as plain data: flat typed arrays over sentence rows (reading order) that
 * refer to passages by their index in the engine's passage list and to sentences by their index in the passage.
 */
export interface SummarizerSnapshot {
  version: 3;
  /** Document ids in reading order (published date, then id). */
  docIds: string[];
  docFirst: Int32Array;
  docWeight: Float64Array;
  passageOf: Int32Array;
  sentenceOf: Int32Array;
  docOf: Int32Array;
  dependsOn: Int32Array;
  vectorOffsets: Int32Array;
  vectorTerms: Int32Array;
  vectorWeights: Float32Array;
  /** The vocabulary's terms in id order. */
  vocabulary: PackedStrings;
  score: Float64Array;
  passageFirst: Int32Array;
  /** Passage ids to passage numbers: a hash table of passage numbers + 1, so restoring hashes nothing. */
  passageIndex: Int32Array;
  wholePool: Int32Array;
  centroid: Float64Array;
  /** Per term id: 1 when the corpus mostly writes it as a name (see `FactSource.nameTerms`). */
  nameTerms: Uint8Array;
}

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

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly docIds: readonly string[],
    private readonly docIndex: ReadonlyMap<string, number>,
    private readonly docFirst: Int32Array,
    private readonly docWeight: Float64Array,
    private readonly layout: Layout,
    private readonly vectors: SparseVectors,
    private readonly vocabulary: Vocabulary,
    /** Per-sentence score within its document, scaled so the document's best is 1. */
    private readonly score: Float64Array,
    /** Passage ids to passage numbers (see `passageTable`). */
    private readonly passageIndex: Int32Array,
    private readonly passageFirst: Int32Array,
    private readonly wholePool: Int32Array,
    /** The corpus centroid (unit length): what the articles, taken together, talk about. */
    private readonly centroid: Float64Array,
    /** Per term id: 1 for a term mostly written as a name, place, date or number. */
    private readonly nameTerms: Uint8Array,
  ) {}

  /** The built state as plain data, for `fromSnapshot`. Holds no passage text. */
  toSnapshot(): SummarizerSnapshot {
    return {
      version: 3,
      docIds: [...this.docIds],
      docFirst: this.docFirst,
      docWeight: this.docWeight,
      passageOf: this.layout.passageOf,
      sentenceOf: this.layout.sentenceOf,
      docOf: this.layout.docOf,
      dependsOn: this.layout.dependsOn,
      vectorOffsets: this.vectors.offsets,
      vectorTerms: compact(this.vectors.terms),
      vectorWeights: compact(this.vectors.weights),
      vocabulary: this.vocabulary.toPacked(),
      score: this.score,
      passageFirst: this.passageFirst,
      passageIndex: this.passageIndex,
      wholePool: this.wholePool,
      centroid: this.centroid,
      nameTerms: this.nameTerms,
    };
  }

  /** A Summarizer from `toSnapshot` data and the passages it was built from, without scoring anything again. */
  static fromSnapshot(data: SummarizerSnapshot, passages: Passage[], _docs: readonly Document[]): Summarizer {
    if (data.version !== 3) throw new Error(`Summarizer snapshot version ${String(data.version)} is not supported (expected 3)`);
    if (data.passageFirst.length !== passages.length + 1) {
      throw new Error(`Summarizer snapshot was made for ${data.passageFirst.length - 1} passages, but ${passages.length} were given`);
    }
    const docIndex = new Map<string, number>();
    data.docIds.forEach((id, d) => docIndex.set(id, d));
    const layout: Layout = { passageOf: data.passageOf, sentenceOf: data.sentenceOf, docOf: data.docOf, dependsOn: data.dependsOn };
    const vectors: SparseVectors = { offsets: data.vectorOffsets, terms: data.vectorTerms, weights: data.vectorWeights };
    return new Summarizer(
      passages,
      data.docIds,
      docIndex,
      data.docFirst,
      data.docWeight,
      layout,
      vectors,
      Vocabulary.fromPacked(data.vocabulary),
      data.score,
      data.passageIndex,
      data.passageFirst,
      data.wholePool,
      data.centroid,
      data.nameTerms,
    );
  }

  /** Scores every sentence of the corpus and prepares the whole-corpus candidate pool. */
  static build(passages: Passage[], docs: readonly Document[]): Summarizer {
    const published = new Map<string, string>();
    for (const d of docs) published.set(d.id, d.published);
    const byDoc = new Map<string, number[]>();
    let total = 0;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i]!;
      let list = byDoc.get(p.doc);
      if (!list) byDoc.set(p.doc, (list = []));
      list.push(i);
      total += p.sentences.length;
    }
    const docIds = [...byDoc.keys()].sort((a, b) => {
      const pa = published.get(a) ?? '';
      const pb = published.get(b) ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
    const docIndex = new Map<string, number>();
    for (let d = 0; d < docIds.length; d++) docIndex.set(docIds[d]!, d);

    // One pass over the sentences in reading order lays them out, reads their terms and notes what their
    // score needs from the text (form weight, dependence), so the text is not visited again.
    const passageOf = new Int32Array(total);
    const sentenceOf = new Int32Array(total);
    const docOf = new Int32Array(total);
    const docFirst = new Int32Array(docIds.length + 1);
    const passageFirst = new Int32Array(passages.length + 1);
    const vocabulary = new Vocabulary();
    const reader = new TermReader(vocabulary);
    // Room for 16 terms a sentence up front: growing copies the largest array of the build.
    const raw = new IntList(Math.max(16, total * 16));
    const rawOffsets = new Int32Array(total + 1);
    // The form weight of each sentence, turned into its score further down.
    const score = new Float64Array(total);
    const dependsOn = new Int32Array(total);
    let longest = 0;
    let s = 0;
    for (let d = 0; d < docIds.length; d++) {
      docFirst[d] = s;
      const ps = byDoc.get(docIds[d]!)!.sort((a, b) => passages[a]!.paragraph - passages[b]!.paragraph);
      for (const p of ps) {
        passageFirst[p] = s;
        const sentences = passages[p]!.sentences;
        for (let k = 0; k < sentences.length; k++) {
          const text = sentences[k]!.text;
          passageOf[s] = p;
          sentenceOf[s] = k;
          docOf[s] = d;
          rawOffsets[s] = raw.length;
          score[s] = formWeight(text, reader.read(text, raw));
          // A document's first sentence leaning on nothing can never come in: it points at itself.
          dependsOn[s] = !dependsOnPrevious(text) ? -1 : s === docFirst[d] ? s : s - 1;
          s++;
        }
      }
      longest = Math.max(longest, s - docFirst[d]!);
    }
    docFirst[docIds.length] = total;
    passageFirst[passages.length] = total;
    rawOffsets[total] = raw.length;
    const rawTerms = raw.data.subarray(0, raw.length);
    const sentenceFreq = new Int32Array(vocabulary.size);
    const lastSeen = new Int32Array(vocabulary.size).fill(-1);
    // Per term: written as a name (capital or digit, not opening the sentence) minus written in lower case.
    const nameVotes = new Int32Array(vocabulary.size);
    for (let s = 0; s < total; s++) {
      const from = rawOffsets[s]!;
      const to = rawOffsets[s + 1]!;
      for (let k = from; k < to; k++) {
        const id = rawTerms[k]!;
        const t = id & ~TermReader.NAME_BIT;
        // +1 with NAME_BIT (bit 30), else -1, without a branch.
        nameVotes[t]! += ((id >>> 29) & 2) - 1;
        if (lastSeen[t] !== s) {
          lastSeen[t] = s;
          sentenceFreq[t]!++;
        }
      }
      // The opening word never carries NAME_BIT: its capital says nothing, so its vote is taken back.
      if (to > from) nameVotes[rawTerms[from]! & ~TermReader.NAME_BIT]! += 1;
    }
    // Inverse sentence frequency over the whole corpus: works the same for one article or ten thousand.
    const idf = new Float64Array(vocabulary.size);
    for (let t = 0; t < vocabulary.size; t++) idf[t] = Math.log(1 + total / Math.max(1, sentenceFreq[t]!));
    const maxIdf = Math.log(1 + total);
    const { vectors, names } = tfidfVectors(rawTerms, rawOffsets, idf);
    const scratch = new Float64Array(vocabulary.size);
    const rank = new Float64Array(longest);
    for (let d = 0; d < docIds.length; d++) {
      const first = docFirst[d]!;
      const n = docFirst[d + 1]! - first;
      if (n === 0) continue;
      degreeCentrality(vectors, first, n, scratch, rank);
      let best = 0;
      for (let k = 0; k < n; k++) {
        const s = first + k;
        // Centrality alone drifts to sentences that repeat the article's commonest words ("North Korea",
        // "Russia"); the lead prior and the rare names, places and dates a sentence carries pull it back to
        // the sentences that report who, where and when.
        const specific = names[s]! / maxIdf;
        score[s] = positionPrior(k) * rank[k]! * score[s]! * (1 + SPECIFIC_WEIGHT * Math.min(1, specific / SPECIFIC_SATURATION));
        if (score[s]! > best) best = score[s]!;
      }
      if (best > 0) for (let k = 0; k < n; k++) score[first + k] = score[first + k]! / best;
    }
    const { weight: docWeight, centroid } = documentCentrality(vectors, docFirst, docIds.length, vocabulary.size);
    const layout: Layout = { passageOf, sentenceOf, docOf, dependsOn };
    const passageIndex = passageTable(passages);
    const wholePool = wholeCorpusPool(docFirst, docWeight, score, (s) => isFurniture(passages[passageOf[s]!]!.sentences[sentenceOf[s]!]!.text));
    const nameTerms = new Uint8Array(vocabulary.size);
    for (let t = 0; t < vocabulary.size; t++) nameTerms[t] = nameVotes[t]! > 0 ? 1 : 0;
    return new Summarizer(passages, docIds, docIndex, docFirst, docWeight, layout, vectors, vocabulary, score, passageIndex, passageFirst, wholePool, centroid, nameTerms);
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

/**
 * How central each document is to the corpus: the cosine between its summed sentence vectors and the corpus
 * centroid, scaled so the most central is 1. Articles about what most of the corpus is about lead the
 * whole-corpus summary.
 */
function documentCentrality(v: SparseVectors, docFirst: Int32Array, docs: number, vocabularySize: number): { weight: Float64Array; centroid: Float64Array } {
  const centroid = new Float64Array(vocabularySize);
  // One dense scratch row, cleared through the list of terms it touched: no map per document. The document
  // vectors are summed twice (once for the centroid, once to compare with it) rather than kept: same sums in
  // the same order, and no block of memory as large as all the vectors.
  const row = new Float64Array(vocabularySize);
  const touched = new Int32Array(vocabularySize);
  const sumDocument = (d: number): number => {
    let count = 0;
    for (let k = v.offsets[docFirst[d]!]!; k < v.offsets[docFirst[d + 1]!]!; k++) {
      const t = v.terms[k]!;
      if (row[t] === 0) touched[count++] = t;
      row[t]! += v.weights[k]!;
    }
    return count;
  };
  const normOf = (count: number): number => {
    let norm = 0;
    for (let i = 0; i < count; i++) norm += row[touched[i]!]! ** 2;
    return Math.sqrt(norm) || 1;
  };
  for (let d = 0; d < docs; d++) {
    const count = sumDocument(d);
    const norm = normOf(count);
    for (let i = 0; i < count; i++) {
      const t = touched[i]!;
      centroid[t]! += row[t]! / norm;
      row[t] = 0;
    }
  }
  let centroidNorm = 0;
  for (let t = 0; t < vocabularySize; t++) centroidNorm += centroid[t]! * centroid[t]!;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  for (let t = 0; t < vocabularySize; t++) centroid[t] = centroid[t]! / centroidNorm;
  const weight = new Float64Array(docs);
  let best = 0;
  for (let d = 0; d < docs; d++) {
    const count = sumDocument(d);
    const norm = normOf(count);
    let dot = 0;
    for (let i = 0; i < count; i++) {
      const t = touched[i]!;
      // The document vector's weights are single precision, as the sentence vectors are.
      dot += Math.fround(row[t]! / norm) * centroid[t]!;
      row[t] = 0;
    }
    weight[d] = dot;
    best = Math.max(best, dot);
  }
  if (best > 0) for (let d = 0; d < docs; d++) weight[d] = weight[d]! / best;
  return { weight, centroid };
}

/**
 * Passage ids to passage numbers as an open-addressing table of `number + 1` (0 is an empty slot), hashed on
 * the id. Like a Map filled in passage order, a repeated id finds its last passage. Plain data: a snapshot
 * restores it without hashing 240,000 ids again.
 */
function passageTable(passages: readonly Passage[]): Int32Array {
  let size = 16;
  while (size < passages.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < passages.length; i++) {
    const id = passages[i]!.id;
    let slot = fnv1a(id) & mask;
    while (table[slot] !== 0 && passages[table[slot]! - 1]!.id !== id) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  }
  return table;
}

/** The number of the passage with this id in a `passageTable`, or undefined. */
function passageNumber(table: Int32Array, passages: readonly Passage[], id: string): number | undefined {
  const mask = table.length - 1;
  for (let slot = fnv1a(id) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const p = table[slot]! - 1;
    if (passages[p]!.id === id) return p;
  }
  return undefined;
}

/** A typed array that is a view on part of a larger buffer, copied to its own: serializing writes whole buffers. */
function compact<T extends Int32Array | Float32Array>(a: T): T {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : (a.slice() as T);
}

/** The whole-corpus candidates: the best sentences of the most central documents, page furniture left out. */
function wholeCorpusPool(docFirst: Int32Array, docWeight: Float64Array, score: Float64Array, furniture: (s: number) => boolean): Int32Array {
  const docs = docWeight.length;
  const order = Array.from({ length: docs }, (_, d) => d).sort((a, b) => docWeight[b]! - docWeight[a]! || a - b);
  const pool: number[] = [];
  // A few outlets: most of each article is a candidate, as its later facts are the ones the others lack.
  const perDoc = Math.max(POOL_PER_DOC, Math.floor(POOL_ACROSS / Math.max(1, Math.min(docs, POOL_DOCS))));
  for (const d of order.slice(0, POOL_DOCS)) {
    const sentences: number[] = [];
    for (let s = docFirst[d]!; s < docFirst[d + 1]!; s++) sentences.push(s);
    sentences.sort((a, b) => score[b]! - score[a]! || a - b);
    let taken = 0;
    for (const s of sentences) {
      if (taken === perDoc) break;
      if (furniture(s)) continue;
      pool.push(s);
      taken++;
    }
  }
  return Int32Array.from(pool);
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
