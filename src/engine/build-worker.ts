import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { READERS, analysisSnapshot, buildAnalysis, type AnalysisName } from './engine.ts';
import { buildPassages, unpackDocuments, type PackedDocuments } from '../text/passages.ts';
import { Reading, readPassages, type ReadingParts } from '../text/reading.ts';
import { readingSnapshot } from '../text/reading-snapshot.ts';
import { transferables } from './parallel.ts';
import type { DocumentsRead } from '../quotes/extract-quotes.ts';

/**
 * A worker thread of `buildInParallel`: builds the analyses it is given from the documents and posts back
 * their snapshots (typed arrays moved, not copied). The main thread sends it, on `port`, one message: the
 * reading it made of the same passages (its per-token lists in shared memory) or null, and then sets
 * `signal[0]`; with `quotesFrom`, a second: the quotes' documents past the first `quotesFrom` as it read
 * them, or null (then read here), and sets `signal[1]`. An analysis that reads the reading asks for it when it needs it (the quotes after finding them):
 * the worker waits on the signal then, and reads the passages itself only when it got null (and then sends
 * that reading back with the analyses).
 */
const { documents, names, port, signal, quotesFrom } = workerData as { documents: PackedDocuments; names: AnalysisName[]; port: MessagePort; signal: Int32Array; quotesFrom?: number };
const docs = unpackDocuments(documents);
const passages = buildPassages(docs);
const snapshots: Record<string, unknown> = {};
let reading: Reading | undefined;

// The main thread's messages, each of them once: the reading, and the quotes' documents it read. They come in
// that order, but the quotes ask for their documents first.
const mail: { reading?: ReadingParts | null; documents?: DocumentsRead | null } = {};

/** The message of one kind, waited for (on its flag) if it has not come. */
function receive<K extends keyof typeof mail>(kind: K, flag: number): NonNullable<(typeof mail)[K]> | null {
  Atomics.wait(signal, flag, 0);
  while (!(kind in mail)) {
    const message = receiveMessageOnPort(port)?.message as typeof mail | undefined;
    if (!message) return null;
    Object.assign(mail, message);
  }
  return mail[kind] ?? null;
}

/** The main thread's reading, waited for if need be, or this thread's own when it has none. */
function takeReading(): Reading {
  if (reading) return reading;
  const parts = receive('reading', 0);
  reading = parts ? new Reading(...parts) : readPassages(passages);
  // A reading made here goes back with the analyses: the main thread, which made none, need not make it.
  if (!parts) snapshots.reading = readingSnapshot(reading);
  return reading;
}

for (const name of names) {
  const split = name === 'quotes' && quotesFrom !== undefined ? { from: quotesFrom, rest: () => receive('documents', 1) } : undefined;
  snapshots[name] = analysisSnapshot(name, buildAnalysis(name, passages, docs, READERS.includes(name) ? takeReading : undefined, split));
}
port.close();
parentPort?.postMessage(snapshots, transferables(snapshots));
