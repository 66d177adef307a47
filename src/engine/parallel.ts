import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type WorkerOptions } from 'node:worker_threads';
import type { Document } from '../types.ts';
import type { DocumentsRead } from '../quotes/extract-quotes.ts';
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
// The share of the quotes' documents (the last ones) this thread reads once its own analyses are built, while
// the worker reads the others. Measured at 10,000 articles (6 December 2026, CPU time per thread, the machine
// loaded): with the quotes whole in the worker, this thread 20 s and the worker 50 s; with 35% read here, this
// thread 17 s of its own analyses and 16 s of quotes, the worker 30 s of quotes, waiting 4 s for the rest, 4 s
// to finish. 30% evens the two.
const QUOTES_HERE = 0.3;

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
  /** Gives the worker the quotes' later documents as this thread read them, or null (it then reads them). Call once. */
  shareDocuments(read: DocumentsRead | null): void;
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
function startWorker(documents: readonly Document[], names: readonly AnalysisName[], quotesFrom?: number): BuildWorker {
  let worker: Worker | undefined;
  const channel = new MessageChannel();
  // One flag for the reading, one for the quotes' documents read here.
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const snapshots = new Promise<AsideSnapshots>((resolve, reject) => {
    const w = startTsWorker(new URL('./build-worker.ts', import.meta.url), {
      workerData: { documents: packDocuments(documents), names, port: channel.port2, signal, quotesFrom },
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
    shareDocuments: (read) => {
      if (!worker) return;
      channel.port1.postMessage({ documents: read });
      Atomics.store(signal, 1, 1);
      Atomics.notify(signal, 1);
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
  return buildWithWorker(documents, WORKER_ANALYSES, options.minPassages, QUOTES_HERE);
}

/**
 * Builds the engine of a changed corpus while this thread goes on answering: every analysis in a worker
 * thread, this thread only splitting the passages and reading the analyses back (about a second at 10,000
 * articles, where building here would hold it for twenty). `Engine.build`, at once, below MIN_PASSAGES.
 */
export function buildAway(documents: readonly Document[], options: { minPassages?: number } = {}): Engine | Promise<Engine> {
  return buildWithWorker(documents, ANALYSIS_NAMES, options.minPassages);
}

/** The analyses in `elsewhere` built in a worker thread, the rest here; all here below `minPassages`. */
function buildWithWorker(documents: readonly Document[], elsewhere: readonly AnalysisName[], minPassages = MIN_PASSAGES, quotesHere = 0): Engine | Promise<Engine> {
  const passages = documents.reduce((n, d) => n + d.paragraphs.length, 0);
  if (passages < minPassages) return Engine.build(documents);
  let worker: BuildWorker | undefined;
  // The quotes' documents past this many are read here, once this thread's own analyses are built.
  const quotesFrom = quotesHere > 0 && elsewhere.includes('quotes') ? documents.length - Math.round(documents.length * quotesHere) : undefined;
  return Engine.buildSplit(
    documents,
    elsewhere,
    () => (worker = startWorker(documents, elsewhere, quotesFrom)).snapshots,
    (reading) => worker?.shareReading(reading),
    quotesFrom === undefined ? undefined : { from: quotesFrom, share: (read) => worker?.shareDocuments(read) },
  );
}
