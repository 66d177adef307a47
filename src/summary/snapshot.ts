import type { Passage } from '../types.ts';
import type { PackedStrings } from '../engine/packing.ts';
import { Vocabulary, type SparseVectors } from './centrality.ts';
import type { Layout, SummaryIndex } from './build.ts';

// How the summary is kept between runs: its index as flat typed arrays, no passage text.

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

/** The built index as plain data, for `summaryIndexFromSnapshot`. Holds no passage text. */
export function summarySnapshot(index: SummaryIndex): SummarizerSnapshot {
  return {
    version: 3,
    docIds: [...index.docIds],
    docFirst: index.docFirst,
    docWeight: index.docWeight,
    passageOf: index.layout.passageOf,
    sentenceOf: index.layout.sentenceOf,
    docOf: index.layout.docOf,
    dependsOn: index.layout.dependsOn,
    vectorOffsets: index.vectors.offsets,
    vectorTerms: compact(index.vectors.terms),
    vectorWeights: compact(index.vectors.weights),
    vocabulary: index.vocabulary.toPacked(),
    score: index.score,
    passageFirst: index.passageFirst,
    passageIndex: index.passageIndex,
    wholePool: index.wholePool,
    centroid: index.centroid,
    nameTerms: index.nameTerms,
  };
}

/** The index again from `summarySnapshot` data and the passages it was built from, without scoring anything again. */
export function summaryIndexFromSnapshot(data: SummarizerSnapshot, passages: readonly Passage[]): SummaryIndex {
  if (data.version !== 3) throw new Error(`Summarizer snapshot version ${String(data.version)} is not supported (expected 3)`);
  if (data.passageFirst.length !== passages.length + 1) {
    throw new Error(`Summarizer snapshot was made for ${data.passageFirst.length - 1} passages, but ${passages.length} were given`);
  }
  const docIndex = new Map<string, number>();
  data.docIds.forEach((id, d) => docIndex.set(id, d));
  const layout: Layout = { passageOf: data.passageOf, sentenceOf: data.sentenceOf, docOf: data.docOf, dependsOn: data.dependsOn };
  const vectors: SparseVectors = { offsets: data.vectorOffsets, terms: data.vectorTerms, weights: data.vectorWeights };
  return {
    docIds: data.docIds,
    docIndex,
    docFirst: data.docFirst,
    docWeight: data.docWeight,
    layout,
    vectors,
    vocabulary: Vocabulary.fromPacked(data.vocabulary),
    score: data.score,
    passageIndex: data.passageIndex,
    passageFirst: data.passageFirst,
    wholePool: data.wholePool,
    centroid: data.centroid,
    nameTerms: data.nameTerms,
  };
}

/** A typed array that is a view on part of a larger buffer, copied to its own: serializing writes whole buffers. */
function compact<T extends Int32Array | Float32Array>(a: T): T {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : (a.slice() as T);
}
