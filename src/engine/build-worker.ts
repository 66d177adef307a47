import { parentPort, workerData } from 'node:worker_threads';
import { READERS, analysisSnapshot, buildAnalysis, type AnalysisName } from './engine.ts';
import { buildPassages, unpackDocuments, type PackedDocuments } from '../text/passages.ts';
import { Reading, readPassages, type ReadingParts } from '../text/reading.ts';
import { readingSnapshot } from '../text/reading-snapshot.ts';
import { transferables } from './parallel.ts';

/**
 * A worker thread of `buildInParallel`: builds the analyses it is given from the documents and posts back
 * their snapshots (typed arrays moved, not copied). The main thread sends it one message, the reading it
 * made of the same passages or null; an analysis that reads it waits for that message, and the worker
 * reads the passages itself only when it is null (and then sends that reading back with the analyses).
 */
const { documents, names } = workerData as { documents: PackedDocuments; names: AnalysisName[] };
const shared = new Promise<ReadingParts | null>((resolve) => parentPort?.once('message', (m: { reading: ReadingParts | null }) => resolve(m.reading)));
const docs = unpackDocuments(documents);
const passages = buildPassages(docs);
const snapshots: Record<string, unknown> = {};
let reading: Reading | undefined;
for (const name of names) {
  if (READERS.includes(name) && !reading) {
    const parts = await shared;
    reading = parts ? new Reading(...parts) : readPassages(passages);
    // A reading made here goes back with the analyses: the main thread, which made none, need not make it.
    if (!parts) snapshots.reading = readingSnapshot(reading);
  }
  snapshots[name] = analysisSnapshot(name, buildAnalysis(name, passages, docs, READERS.includes(name) ? reading : undefined));
}
parentPort?.postMessage(snapshots, transferables(snapshots));
