import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.ts';
import type { Document } from '../types.ts';
import { loadCorpus } from './load.ts';

/** The engine in service, swapped whole when the corpus changes. */
export interface Swappable<E> {
  current(): E;
}

/**
 * Watches the corpus folder and, on a valid change, builds a new engine aside and swaps it in at once;
 * answers in progress keep the engine they started with. An invalid change keeps the last good corpus in
 * service and logs every problem with its file and field; fixing the file brings the change in.
 */
export function watchCorpus<E>(options: {
  dir: string;
  initial: E;
  build: (docs: Document[]) => E;
  logger: Logger;
  /** Quiet time after the last file event before reloading: editors write files in several steps. */
  debounceMs?: number;
  onSwap?: (engine: E) => void;
}): Swappable<E> & { close(): void; reload(): boolean } {
  let engine = options.initial;
  let timer: NodeJS.Timeout | undefined;
  const reload = (): boolean => {
    try {
      const docs = loadCorpus(options.dir);
      const next = options.build(docs);
      engine = next;
      options.logger.info({ documents: docs.length }, 'corpus reloaded');
      options.onSwap?.(next);
      return true;
    } catch (e) {
      const problems = (e as { problems?: unknown }).problems;
      options.logger.error({ problems, err: problems ? undefined : e }, `corpus change rejected; still serving the last good corpus: ${(e as Error).message}`);
      return false;
    }
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.dir, { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, options.debounceMs ?? 300);
    });
    watcher.on('error', (err) => options.logger.error({ err }, 'corpus watcher failed; changes need a restart'));
  } catch (err) {
    options.logger.error({ err }, 'could not watch the corpus folder; changes need a restart');
  }
  return {
    current: () => engine,
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
