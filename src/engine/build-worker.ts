import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { READERS, analysisSnapshot, buildAnalysis, type AnalysisName } from './engine.ts';
import { buildPassages, unpackDocuments, type PackedDocuments } from '../text/passages.ts';
import { Reading, readPassages, type ReadingParts } from '../text/reading.ts';
import { readingSnapshot } from '../text/reading-snapshot.ts';
import { transferables } from './parallel.ts';
import type { DocumentsRead } from '../quotes/extract-quotes.ts';
import { QuoteBook } from '../quotes/quotes.ts';

/**
 * A worker thread of `buildInParallel`: builds the analyses it is given from the documents and posts back
 * their snapshots (typed arrays moved, not copied). The main thread sends it, on `port`, the reading it made
 * of the same passages (its per-token lists in shared memory) or null, and then sets `signal[0]`. With
 * `quoteChunk`, the quotes' documents are read a chunk of that many at a time, this thread and the main one
 * each claiming the next chunk (`signal[1]`, the next unclaimed) until none is left; the main thread sends each
 * chunk it read (or null: it is then read here) and counts it in `signal[2]`. An analysis that reads the
 * reading asks for it when it needs it (the quotes after finding them): the worker waits on the signal then,
 * and reads the passages itself only when it got null (and then sends that reading back with the analyses).
 * With `quoteWordsThere` as well, the quotes' words are read on the main thread: once every chunk is read, the
 * worker posts on `port` where the quotes stand (`quoteSpans`), then merges the speakers and hands back only
 * the speakers' part of the quotes' snapshot (`quoteSpeakers`).
 */
const { documents, names, port, signal, quoteChunk, quoteWordsThere } = workerData as { documents: PackedDocuments; names: AnalysisName[]; port: MessagePort; signal: Int32Array; quoteChunk?: number; quoteWordsThere?: boolean };
const docs = unpackDocuments(documents);
const passages = buildPassages(docs);
const snapshots: Record<string, unknown> = {};
let reading: Reading | undefined;

// The main thread's messages: the reading (once), then the chunks of the quotes' documents it read.
const mail: { reading?: ReadingParts | null; chunks: Map<number, DocumentsRead | null> } = { chunks: new Map() };

/** Takes every message the main thread has sent so far, without waiting. */
function drain(): void {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const message = m.message as { reading?: ReadingParts | null; chunk?: number; read?: DocumentsRead | null };
    if ('reading' in message) mail.reading = message.reading ?? null;
    if (message.chunk !== undefined) mail.chunks.set(message.chunk, message.read ?? null);
  }
}

/** The main thread's reading, waited for (on its flag) if it has not come; null when it sent none. */
function receiveReading(): ReadingParts | null {
  Atomics.wait(signal, 0, 0);
  drain();
  return mail.reading ?? null;
}

/** The chunk of the quotes' documents the main thread claimed, waited for until it has sent it. */
function receiveChunk(chunk: number): DocumentsRead | null {
  for (;;) {
    // (Counted before looking, so that a chunk sent after the look wakes the wait at once.)
    const sent = Atomics.load(signal, 2);
    drain();
    if (mail.chunks.has(chunk)) {
      const read = mail.chunks.get(chunk) ?? null;
      mail.chunks.delete(chunk);
      return read;
    }
    Atomics.wait(signal, 2, sent);
  }
}

/** The next chunk of the quotes' documents unclaimed, claimed here; the main thread's chunks so far taken in on the way. */
function claim(chunks: number): number | null {
  // (Copying in what the main thread sent as it comes keeps that work off the end of the build.)
  drain();
  const chunk = Atomics.add(signal, 1, 1);
  return chunk < chunks ? chunk : null;
}

/** The main thread's reading, waited for if need be, or this thread's own when it has none. */
function takeReading(): Reading {
  if (reading) return reading;
  const parts = receiveReading();
  reading = parts ? new Reading(...parts) : readPassages(passages);
  // A reading made here goes back with the analyses: the main thread, which made none, need not make it.
  if (!parts) snapshots.reading = readingSnapshot(reading);
  return reading;
}

for (const name of names) {
  const split = name === 'quotes' && quoteChunk !== undefined ? { size: quoteChunk, claim, taken: receiveChunk } : undefined;
  if (split && quoteWordsThere) {
    // The quotes' words are read on the main thread, from where the quotes stand, while the speakers are merged here.
    snapshots.quoteSpeakers = QuoteBook.buildSpeakerPart(passages, split, (spans) => port.postMessage({ quoteSpans: spans }, transferables(spans)));
    continue;
  }
  snapshots[name] = analysisSnapshot(name, buildAnalysis(name, passages, docs, READERS.includes(name) ? takeReading : undefined, split));
}
port.close();
parentPort?.postMessage(snapshots, transferables(snapshots));
