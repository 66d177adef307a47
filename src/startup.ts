import { loadCorpus, corpusFingerprint } from './corpus/load.ts';
import { Engine } from './engine/engine.ts';
import { buildInParallel } from './engine/parallel.ts';
import { loadSnapshot, loadSnapshotInParallel, saveSnapshot, saveSnapshotInTurns, snapshotKey } from './engine/snapshot.ts';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';

// Below this a corpus builds about as fast as a snapshot of it is read back; `auto` keeps no file for it.
const AUTO_MIN_BUILD_MS = 1000;

/** The engine ready to serve, and how it was made. */
export interface OpenedEngine {
  engine: Engine;
  /** The corpus files it was made from (corpusFingerprint), taken before they were read. */
  fingerprint: string | null;
  from: 'snapshot' | 'files';
  /** Time to make it, in milliseconds: reading the snapshot, or loading and building from the files. */
  ms: number;
}

/**
 * The engine for the configured corpus: from its snapshot when one was saved for these very files and this
 * code, otherwise built from the files. Throws the corpus loader's CorpusError when the files are not a
 * usable corpus. A snapshot that cannot be used is only logged: the files are always there to build from.
 * Builds on this thread alone (the command line); `openEngineParallel` uses a worker thread as well.
 */
export function openEngine(config: Pick<Config, 'corpusDir' | 'snapshot'>, logger: Logger): OpenedEngine {
  const fingerprint = corpusFingerprint(config.corpusDir);
  const t0 = performance.now();
  const restored = fromSnapshot(config, logger, fingerprint);
  if (restored) return restored;
  const engine = Engine.build(loadCorpus(config.corpusDir));
  return { engine, fingerprint, from: 'files', ms: performance.now() - t0 };
}

/**
 * As `openEngine`, on two threads: the snapshot is read and checked on a second thread while this one
 * lists the corpus files and reads back what is already checked, and a large corpus is built on two
 * threads (see parallel.ts). `npm start`.
 */
export async function openEngineParallel(config: Pick<Config, 'corpusDir' | 'snapshot'>, logger: Logger): Promise<OpenedEngine> {
  const t0 = performance.now();
  let fingerprint: string | null | undefined;
  const keyOf = (): string => {
    fingerprint = corpusFingerprint(config.corpusDir);
    // A folder that cannot be listed matches no snapshot; loading the corpus then says what is wrong.
    return fingerprint === null ? '' : snapshotKey(config.corpusDir, fingerprint);
  };
  if (config.snapshot.mode !== 'off') {
    const found = await loadSnapshotInParallel(config.snapshot.file, keyOf);
    const restored = reportSnapshot(config, logger, found, fingerprint ?? null, t0);
    if (restored) return restored;
  }
  if (fingerprint === undefined) keyOf();
  const engine = await buildInParallel(loadCorpus(config.corpusDir));
  return { engine, fingerprint: fingerprint ?? null, from: 'files', ms: performance.now() - t0 };
}

function fromSnapshot(config: Pick<Config, 'corpusDir' | 'snapshot'>, logger: Logger, fingerprint: string | null): OpenedEngine | null {
  if (config.snapshot.mode === 'off' || fingerprint === null) return null;
  const t0 = performance.now();
  return reportSnapshot(config, logger, loadSnapshot(config.snapshot.file, snapshotKey(config.corpusDir, fingerprint)), fingerprint, t0);
}

/** The opened engine when the snapshot was used; otherwise null, with why it was not in the log. */
function reportSnapshot(
  config: Pick<Config, 'snapshot'>,
  logger: Logger,
  found: ReturnType<typeof loadSnapshot>,
  fingerprint: string | null,
  t0: number,
): OpenedEngine | null {
  if ('engine' in found) {
    const ms = performance.now() - t0;
    logger.info({ event: 'snapshot_loaded', file: config.snapshot.file, ms: Math.round(ms), documents: found.engine.documents.length }, `started from the snapshot in ${Math.round(ms)} ms`);
    return { engine: found.engine, fingerprint, from: 'snapshot', ms };
  }
  const level = found.miss === 'unreadable' ? 'warn' : 'debug';
  logger[level]({ event: 'snapshot_unused', file: config.snapshot.file, reason: found.miss }, `not starting from the snapshot: ${found.why}; building from the corpus files`);
  return null;
}

/**
 * Saves the engine as the snapshot of the corpus files it was built from, when the configuration asks for
 * it (`always`, or `auto` and building took at least a second): a part at a time, letting a serving bot
 * answer between parts, or at once with `now` (a command line about to exit). Failures are logged, never
 * thrown: a missing snapshot only costs time at the next start. Resolves to whether a snapshot was saved.
 */
export function saveSnapshotLater(
  config: Pick<Config, 'corpusDir' | 'snapshot'>,
  logger: Logger,
  made: { engine: Engine; fingerprint: string | null; buildMs: number },
  options: { now?: boolean } = {},
): Promise<boolean> {
  const { mode, file } = config.snapshot;
  if (mode === 'off' || made.fingerprint === null) return Promise.resolve(false);
  if (mode === 'auto' && made.buildMs < AUTO_MIN_BUILD_MS) return Promise.resolve(false);
  const key = snapshotKey(config.corpusDir, made.fingerprint);
  const t0 = performance.now();
  const saved = (bytes: number): boolean => {
    const ms = Math.round(performance.now() - t0);
    logger.info({ event: 'snapshot_saved', file, bytes, ms }, `saved the snapshot (${Math.round(bytes / 1048576)} MB) in ${ms} ms`);
    return true;
  };
  const failed = (err: unknown): boolean => {
    logger.warn({ event: 'snapshot_not_saved', file, err }, `could not save the snapshot to ${file}; the next start builds from the corpus files`);
    return false;
  };
  if (!options.now) return saveSnapshotInTurns(file, made.engine, key).then(saved, failed);
  try {
    return Promise.resolve(saved(saveSnapshot(file, made.engine, key)));
  } catch (err) {
    return Promise.resolve(failed(err));
  }
}
