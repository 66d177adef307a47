import type { Document, Passage } from '../types.ts';
import { IntList } from '../collections/int-list.ts';
import { Vocabulary, degreeCentrality, tfidfVectors, type SparseVectors } from './centrality.ts';
import { SummaryTerms } from './summary-terms.ts';
import { readPassages, type Reading } from '../text/reading.ts';
import { isFurniture } from './furniture.ts';
import { passageTable } from './passage-index.ts';
import { dependsOnPrevious, formWeight, positionPrior } from './sentence-form.ts';

// Building the summary: every sentence of the corpus read once, in reading order, into term vectors; a score
// for each within its document; how central each document is; the whole-corpus candidate pool.

/** Candidates of the whole-corpus summary (worked out once): the facts it chooses from lie deeper in each article. */
export const POOL_ACROSS = 600;
/** Documents and sentences per document that feed the whole-corpus pool. */
const POOL_DOCS = 40;
const POOL_PER_DOC = 15;
/**
 * Weight of the specifics (rare names, places, dates, numbers) in a sentence's score, and how many
 * rarest-possible words' worth saturate it. Measured on the fact-coverage evaluation in tests/summary.test.ts.
 */
const SPECIFIC_WEIGHT = 1.5;
const SPECIFIC_SATURATION = 2;

export interface Layout {
  /** Sentence rows, in reading order: documents by published date then id, then paragraph, then sentence. */
  passageOf: Int32Array;
  sentenceOf: Int32Array;
  docOf: Int32Array;
  /** The sentence a dependent sentence leans on (the one before it in its document), or -1. */
  dependsOn: Int32Array;
}

/** Everything a summary reads that does not depend on the topic, worked out once. Holds no passage text. */
export interface SummaryIndex {
  /** Document ids in reading order (published date, then id). */
  docIds: readonly string[];
  docIndex: ReadonlyMap<string, number>;
  /** Where each document's sentences start, and where the last ends. */
  docFirst: Int32Array;
  /** How central each document is to the corpus (see `documentCentrality`). */
  docWeight: Float64Array;
  layout: Layout;
  vectors: SparseVectors;
  vocabulary: Vocabulary;
  /** Per-sentence score within its document, scaled so the document's best is 1. */
  score: Float64Array;
  /** Passage ids to passage numbers (see `passageTable`). */
  passageIndex: Int32Array;
  /** Where each passage's sentences start, and where the last ends. */
  passageFirst: Int32Array;
  wholePool: Int32Array;
  /** The corpus centroid (unit length): what the articles, taken together, talk about. */
  centroid: Float64Array;
  /** Per term id: 1 for a term mostly written as a name, place, date or number. */
  nameTerms: Uint8Array;
}

/** Scores every sentence of the corpus, from its reading, and prepares the whole-corpus candidate pool. */
export function buildSummaryIndex(passages: Passage[], docs: readonly Document[], reading: Reading = readPassages(passages)): SummaryIndex {
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

  // One pass over the sentences in reading order lays them out, takes their terms from the reading and notes what their
  // score needs from the text (form weight, dependence), so the text is not visited again.
  const passageOf = new Int32Array(total);
  const sentenceOf = new Int32Array(total);
  const docOf = new Int32Array(total);
  const docFirst = new Int32Array(docIds.length + 1);
  const passageFirst = new Int32Array(passages.length + 1);
  const vocabulary = new Vocabulary();
  const reader = new SummaryTerms(vocabulary, reading);
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
      const firstRow = reading.sentenceFirst[p]!;
      for (let k = 0; k < sentences.length; k++) {
        const text = sentences[k]!.text;
        passageOf[s] = p;
        sentenceOf[s] = k;
        docOf[s] = d;
        rawOffsets[s] = raw.length;
        score[s] = formWeight(text, reader.read(firstRow + k, text, raw));
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
      const t = id & ~SummaryTerms.NAME_BIT;
      // +1 with NAME_BIT (bit 30), else -1, without a branch.
      nameVotes[t]! += ((id >>> 29) & 2) - 1;
      if (lastSeen[t] !== s) {
        lastSeen[t] = s;
        sentenceFreq[t]!++;
      }
    }
    // The opening word never carries NAME_BIT: its capital says nothing, so its vote is taken back.
    if (to > from) nameVotes[rawTerms[from]! & ~SummaryTerms.NAME_BIT]! += 1;
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
  return { docIds, docIndex, docFirst, docWeight, layout, vectors, vocabulary, score, passageIndex, passageFirst, wholePool, centroid, nameTerms };
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
