import { parentPort, workerData } from 'node:worker_threads';
import { READERS, analysisSnapshot, buildAnalysis, type AnalysisName } from './engine.ts';
import { buildPassages, unpackDocuments, type PackedDocuments } from '../text/passages.ts';
import { readPassages, type Reading } from '../text/reading.ts';
import { transferables } from './parallel.ts';

/**
 * A worker thread of `buildInParallel`: builds the analyses it is given from the documents and posts back
 * their snapshots (typed arrays moved, not copied).
 */
const { documents, names } = workerData as { documents: PackedDocuments; names: AnalysisName[] };
const docs = unpackDocuments(documents);
const passages = buildPassages(docs);
const snapshots: Record<string, unknown> = {};
// The analyses that read the passages' reading share one, made here.
let reading: Reading | undefined;
for (const name of names) snapshots[name] = analysisSnapshot(name, buildAnalysis(name, passages, docs, READERS.includes(name) ? (reading ??= readPassages(passages)) : undefined));
parentPort?.postMessage(snapshots, transferables(snapshots));
