import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.ts';
import type { Document } from '../types.ts';
import { corpusFingerprint, loadCorpus } from './load.ts';

/** The engine in service, swapped whole when the corpus changes. */
export interface Swappable<E> {
  current(): E;
}

/** A running corpus watcher. */
export interface CorpusWatcher<E> extends Swappable<E> {
  /** Stops watching; the engine in service stays. */
  close(): void;
  /**
   * Loads the corpus now, whether or not it changed; true when a new engine was swapped in. A promise of
   * that when `build` builds away from this thread (or when a build is already under way: then this reload
   * follows it).
   */
  reload(): boolean | Promise<boolean>;
}

/**
 * Watches the corpus folder and, on a valid change, builds a new engine aside and swaps it in at once;
 * answers in progress keep the engine they started with (they hold the old one, which is never changed).
 * An invalid change keeps the last good corpus in service and logs every problem with its file and field;
 * fixing the file brings the change in.
 *
 * File events (fs.watch) trigger a look after `debounceMs` of quiet; a poll every `pollMs` catches what
 * fs.watch misses (network and container file systems, a folder deleted and made again). A look that finds
 * the article files as they were at the last load does nothing, so temporary files and repeated events do
 * not rebuild the engine or repeat a logged problem.
 */
export function watchCorpus<E>(options: {
  dir: string;
  initial: E;
  /**
   * Builds the engine of the new documents. It may return a promise (a build on another thread, so that
   * this one keeps answering); the engine in service stays until it resolves, and changes made meanwhile
   * are looked at once it has.
   */
  build: (docs: Document[]) => E | Promise<E>;
  logger: Logger;
  /** Quiet time after the last file event before reloading: editors write files in several steps. */
  debounceMs?: number;
  /** How often to look for changes fs.watch did not report; 0 turns polling off. */
  pollMs?: number;
  /** Called after each swap with the new engine and the fingerprint of the files it was built from. */
  onSwap?: (engine: E, fingerprint: string | null) => void;
  /**
   * The fingerprint (corpusFingerprint) of the files the initial engine was built from, taken before they
   * were read, so a change made during the initial build is still seen. Taken now when not given.
   */
  initialFingerprint?: string | null;
}): CorpusWatcher<E> {
  const { dir, logger } = options;
  let engine = options.initial;
  let timer: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let watchedIno: number | undefined;
  let closed = false;
  let seen = options.initialFingerprint !== undefined ? options.initialFingerprint : corpusFingerprint(dir);

  // The build under way, if it is on another thread; a look meanwhile only asks for another afterwards.
  let building: Promise<boolean> | null = null;
  let lookAgain = false;

  const rejected = (e: unknown): false => {
    const problems = (e as { problems?: unknown }).problems;
    if (Array.isArray(problems)) {
      logger.error(
        { event: 'corpus_rejected', dir, problems },
        `corpus change rejected; still serving the last good corpus.\n${(e as Error).message}`,
      );
    } else {
      logger.error({ event: 'corpus_rejected', dir, err: e }, 'corpus change rejected: building the engine failed; still serving the last good corpus');
    }
    return false;
  };

  const swap = (next: E, docs: Document[], fingerprint: string | null): true => {
    engine = next;
    logger.info({ event: 'corpus_reloaded', dir, documents: docs.length, ids: docs.map((d) => d.id) }, `corpus reloaded: ${docs.length} documents`);
    try {
      options.onSwap?.(next, fingerprint);
    } catch (err) {
      logger.error({ err }, 'onSwap callback failed after a corpus reload (the new corpus is in service)');
    }
    return true;
  };

  const reload = (): boolean | Promise<boolean> => {
    if (building) return building.then(() => reload());
    const fingerprint = corpusFingerprint(dir);
    seen = fingerprint;
    let docs: Document[];
    let next: E | Promise<E>;
    try {
      docs = loadCorpus(dir);
      next = options.build(docs);
    } catch (e) {
      return rejected(e);
    }
    if (!(next instanceof Promise)) return swap(next, docs, fingerprint);
    const settled: Promise<boolean> = next.then(
      (built) => (closed ? false : swap(built, docs, fingerprint)),
      (e: unknown) => rejected(e),
    );
    building = settled.finally(() => {
      building = null;
      if (lookAgain) {
        lookAgain = false;
        look();
      }
    });
    return building;
  };

  const look = (): void => {
    if (closed) return;
    const now = corpusFingerprint(dir);
    if (now === null) {
      // The folder is gone (perhaps being replaced): keep serving; the poll looks again.
      return;
    }
    if (building) {
      lookAgain = true;
      return;
    }
    if (now !== seen) void reload();
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(look, options.debounceMs ?? 300);
    timer.unref();
  };

  const folderIno = (): number | undefined => {
    try {
      return statSync(dir).ino;
    } catch {
      return undefined;
    }
  };

  const startWatching = (): void => {
    if (closed) return;
    const ino = folderIno();
    // A folder deleted and made again is a new folder: the old watch sees nothing of it.
    if (watcher && ino === watchedIno) return;
    watcher?.close();
    watcher = undefined;
    if (ino === undefined) return;
    try {
      watchedIno = ino;
      watcher = watch(dir, { persistent: false }, schedule);
      watcher.on('error', (err) => {
        logger.warn({ err, dir }, 'corpus watcher stopped; polling for changes until it can watch again');
        watcher?.close();
        watcher = undefined;
      });
    } catch (err) {
      logger.warn({ err, dir }, 'cannot watch the corpus folder; polling for changes instead');
    }
  };

  startWatching();
  const pollMs = options.pollMs ?? 2000;
  if (pollMs > 0) {
    poller = setInterval(() => {
      startWatching();
      look();
    }, pollMs);
    poller.unref();
  }

  return {
    current: () => engine,
    reload,
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
      watcher = undefined;
    },
  };
}
