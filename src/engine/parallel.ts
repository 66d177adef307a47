import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type WorkerOptions } from 'node:worker_threads';
import type { Document } from '../types.ts';
import type { DocumentsRead } from '../quotes/extract-quotes.ts';
import type { QuoteWordSpans } from '../quotes/quote-word-tables.ts';
import { ANALYSIS_NAMES, Engine, type AnalysisName, type AsideSnapshots, type EngineSnapshot } from './engine.ts';
import { packDocuments } from '../text/passages.ts';
import { readingParts, type Reading } from '../text/reading.ts';

/**
 * Building a large corpus on two threads: a worker thread builds the analyses in WORKER_ANALYSES while this
 * thread builds the passages and the others, and hands them back as snapshots. The result is the engine
 * `Engine.build` makes; only the time differs.
 */

// Measured at 10,000 articles on one thread (3 December 2026): quotes 8.2 s, timeline 3.9 s, search 1.6 s,
// summary 1.2 s, the reading 1.0 s, passages 0.3 s. Quotes alone in the worker balance the two threads best
// now that search and the summary read the shared reading (with the summary there too, the worker's 10 s
// were the build's: 14.5-15.2 s from files against 11.7-12.5 s now).
export const WORKER_ANALYSES: readonly AnalysisName[] = ['quotes'];
// Starting a worker (and the TypeScript loader in it) costs a few hundred milliseconds: not worth it for a
// corpus that builds in about that time.
const MIN_PASSAGES = 20_000;
// The quotes' documents are read in chunks of this many, each by whichever thread claims it first: the worker
// from the start, this thread once its own analyses are built, so that both read until the last chunk, however
// fast each is (this thread reads a document a quarter to a half slower than the worker, and other work on the
// machine slows either). A fixed share read here (30% of the documents, session 50) left the worker up to a
// sixth of the build reading alone. Small enough that the thread left reading the last chunk is not kept long
// (about a fifth of a second at 10,000 articles on a quiet machine); large enough that the messages are few.
const QUOTE_CHUNK = 50;
/** The ArrayBuffers inside a value, to move them to another thread instead of copying them. */
export function transferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      // A view on part of a buffer shares it with other data: moving it would take that data away too.
      if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) found.add(v.buffer);
      return;
    }
    if (Array.isArray(v)) {
      // Arrays of numbers or strings hold no buffers; looking only at the first item keeps this cheap.
      if (v.length > 0 && typeof v[0] === 'object') for (const x of v) visit(x);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return [...found];
}

/**
 * A worker thread running a TypeScript module, as this thread runs it: the worker registers tsx (named by its
 * path, so that it is found whatever the working directory and under a test runner that does not use tsx
 * itself) before it imports its entry; a worker's `--import` would come too late for its entry module.
 */
export function startTsWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const href = entry.href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(href)}, ${JSON.stringify(href)}))`, { ...options, eval: true });
}

/** Builds the analyses named in a worker thread, resolving to their snapshots. */
export function buildInWorker(documents: readonly Document[], names: readonly AnalysisName[]): Promise<Partial<Pick<EngineSnapshot, AnalysisName>>> {
  const worker = startWorker(documents, names);
  worker.shareReading(null);
  // The reading the worker made for them stays behind: asked for are the analyses.
  return worker.snapshots.then(({ reading: _reading, ...analyses }) => analyses);
}

/** A build worker: the snapshots it will hand back, and how to give it the reading made on this thread. */
interface BuildWorker {
  snapshots: Promise<AsideSnapshots>;
  /** The next chunk of the quotes' documents (of `chunks`), claimed for this thread, or null when all are claimed. */
  claim(chunks: number): number | null;
  /** Gives the worker a chunk of the quotes' documents this thread claimed, as read here, or null (it then reads it). */
  shareChunk(chunk: number, read: DocumentsRead | null): void;
  /**
   * Where the quotes stand, once the worker has read every chunk of the quotes' documents, for this thread to
   * read their words while the worker merges the speakers (started with chunks only; null without).
   */
  quoteSpans: Promise<QuoteWordSpans> | null;
  /**
   * Gives the worker this thread's reading of the passages, or null (it then reads them itself). Call once.
   * The reading's per-token lists should be in shared memory (`readPassages(passages, true)`): the worker
   * then reads the same lists, which are neither copied nor moved.
   */
  shareReading(reading: Reading | null): void;
}

/**
 * Starts a worker that builds the analyses named. The reading goes to it on a port of its own, with a flag
 * in shared memory: the worker's build runs without turning its event loop, and it takes the reading,
 * waiting on the flag if it must, only when an analysis asks for it (see build-worker.ts).
 */
function startWorker(documents: readonly Document[], names: readonly AnalysisName[], quoteChunk?: number): BuildWorker {
  let worker: Worker | undefined;
  const channel = new MessageChannel();
  // A flag for the reading, the quotes' next chunk unclaimed, and how many chunks this thread has handed over.
  const signal = new Int32Array(new SharedArrayBuffer(12));
  // With chunks, the quotes' words are read here: the worker says where the quotes stand on the port.
  const quoteWordsThere = quoteChunk !== undefined;
  const quoteSpans = quoteWordsThere
    ? new Promise<QuoteWordSpans>((resolve) => {
        channel.port1.on('message', (message: { quoteSpans?: QuoteWordSpans }) => {
          if (message.quoteSpans) resolve(message.quoteSpans);
        });
      })
    : null;
  const snapshots = new Promise<AsideSnapshots>((resolve, reject) => {
    const w = startTsWorker(new URL('./build-worker.ts', import.meta.url), {
      workerData: { documents: packDocuments(documents), names, port: channel.port2, signal, quoteChunk, quoteWordsThere },
      transferList: [channel.port2],
      // As much heap as this thread may use: the worker holds its own copy of the passages.
      resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 1048576) },
    });
    worker = w;
    let settled = false;
    w.once('message', (result: AsideSnapshots) => {
      settled = true;
      channel.port1.close();
      // Once the thread has stopped: what it held (the shared reading too) is given back before the build is done.
      void w.terminate().then(
        () => resolve(result),
        () => resolve(result),
      );
    });
    w.once('error', (err) => {
      settled = true;
      reject(err);
      channel.port1.close();
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`the build worker stopped with exit code ${code} before sending its analyses`));
      channel.port1.close();
    });
  });
  return {
    snapshots,
    quoteSpans,
    claim: (chunks) => {
      // (Without a worker there is no one to hand a chunk to.)
      if (!worker) return null;
      const chunk = Atomics.add(signal, 1, 1);
      return chunk < chunks ? chunk : null;
    },
    shareChunk: (chunk, read) => {
      if (!worker) return;
      try {
        channel.port1.postMessage({ chunk, read });
      } catch {
        // (What cannot be copied to the worker, the worker reads itself.)
        channel.port1.postMessage({ chunk, read: null });
      }
      Atomics.add(signal, 2, 1);
      Atomics.notify(signal, 2);
    },
    shareReading: (reading) => {
      if (!worker) return;
      channel.port1.postMessage({ reading: reading ? readingParts(reading) : null });
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    },
  };
}

/**
 * Builds the engine, on two threads when the corpus is large enough for it to pay (see MIN_PASSAGES);
 * `Engine.build` otherwise. Same engine either way.
 */
export async function buildInParallel(documents: readonly Document[], options: { minPassages?: number } = {}): Promise<Engine> {
  return buildWithWorker(documents, WORKER_ANALYSES, options.minPassages, QUOTE_CHUNK);
}

/**
 * Builds the engine of a changed corpus while this thread goes on answering: every analysis in a worker
 * thread, this thread only splitting the passages and reading the analyses back (about a second at 10,000
 * articles, where building here would hold it for twenty). `Engine.build`, at once, below MIN_PASSAGES.
 */
export function buildAway(documents: readonly Document[], options: { minPassages?: number } = {}): Engine | Promise<Engine> {
  return buildWithWorker(documents, ANALYSIS_NAMES, options.minPassages);
}

/**
 * The analyses in `elsewhere` built in a worker thread, the rest here; all here below `minPassages`. With
 * `quoteChunk`, this thread, its own analyses built, helps the worker read the quotes' documents, a chunk of
 * that many at a time.
 */
function buildWithWorker(documents: readonly Document[], elsewhere: readonly AnalysisName[], minPassages = MIN_PASSAGES, quoteChunk?: number): Engine | Promise<Engine> {
  const passages = documents.reduce((n, d) => n + d.paragraphs.length, 0);
  if (passages < minPassages) return Engine.build(documents);
  let worker: BuildWorker | undefined;
  const size = quoteChunk !== undefined && elsewhere.includes('quotes') ? quoteChunk : undefined;
  return Engine.buildSplit(
    documents,
    elsewhere,
    () => (worker = startWorker(documents, elsewhere, size)).snapshots,
    (reading) => worker?.shareReading(reading),
    size === undefined ? undefined : { size, claim: (chunks) => worker?.claim(chunks) ?? null, share: (chunk, read) => worker?.shareChunk(chunk, read), words: () => worker?.quoteSpans ?? null },
  );
}
