import type { Logger } from './log.ts';

/** What the guards may do beyond logging; the defaults act on the real process. */
export interface ProcessGuardOptions {
  /** Ends the process after a fatal error (default: flush the log and `process.exit(code)`). */
  exit?: (code: number) => void;
  /** More uncaught exceptions than this within `burstWindowMs` means the bot is failing in a loop. */
  burstLimit?: number;
  burstWindowMs?: number;
  now?: () => number;
}

/** Error codes after which the process cannot be trusted to go on: memory is gone or an invariant broke. */
const FATAL_CODES = new Set(['ERR_OUT_OF_MEMORY', 'ENOMEM', 'ERR_WORKER_OUT_OF_MEMORY', 'ERR_ASSERTION']);

/**
 * True for an uncaught exception the bot must not survive: out of memory, a failed assertion (an invariant
 * of ours is broken), or anything marked `fatal: true`. Everything else is taken to be one failed callback.
 */
export function isFatal(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; fatal?: unknown; name?: unknown };
  return e.fatal === true || (typeof e.code === 'string' && FATAL_CODES.has(e.code)) || e.name === 'AssertionError';
}

/** An Error for whatever was thrown or rejected with, so the log always has a message and a stack. */
function asError(reason: unknown): { err: Error; nonError: boolean } {
  if (reason instanceof Error) return { err: reason, nonError: false };
  let text: string;
  try {
    text = typeof reason === 'string' ? reason : JSON.stringify(reason) ?? String(reason);
  } catch {
    text = String(reason);
  }
  return { err: new Error(`non-Error value thrown: ${text}`), nonError: true };
}

/**
 * Installs process-wide handlers so that nothing takes the bot down silently. Returns a function that
 * removes them (for tests).
 *
 * - An unhandled promise rejection is logged at error level with its stack and a hint, and the bot keeps
 *   running: a rejection is one failed request or timer, and the interaction router already answers users.
 * - An uncaught exception is logged at fatal level. The bot keeps running, because in this program such an
 *   exception comes from one event callback (a gateway event, a timer) and the engine it serves is
 *   immutable, so no shared state was left half-changed. It exits with status 1 (for a supervisor to
 *   restart it) when the error is clearly fatal (see `isFatal`), or when uncaught exceptions come in a burst
 *   (more than `burstLimit` within `burstWindowMs`), which means it is failing in a loop rather than once.
 */
export function installProcessGuards(logger: Logger, options: ProcessGuardOptions = {}): () => void {
  const now = options.now ?? Date.now;
  const burstLimit = options.burstLimit ?? 10;
  const burstWindowMs = options.burstWindowMs ?? 60_000;
  const exit =
    options.exit ??
    ((code: number) => {
      // pino writes synchronously to stdout/stderr and files by default; flush covers an async destination.
      try {
        logger.flush();
      } finally {
        process.exit(code);
      }
    });
  const recent: number[] = [];

  const onRejection = (reason: unknown): void => {
    const { err, nonError } = asError(reason);
    logger.error(
      {
        event: 'unhandledRejection',
        err,
        nonError,
        hint: 'A promise was rejected and nothing handled it; the bot keeps running. Find the call in the stack and await it inside try/catch or add .catch().',
      },
      `unhandled promise rejection: ${err.message}`,
    );
  };

  const onException = (thrown: unknown, origin: string): void => {
    const { err, nonError } = asError(thrown);
    const t = now();
    recent.push(t);
    while (recent.length > 0 && (recent[0] ?? t) <= t - burstWindowMs) recent.shift();
    const fatal = isFatal(thrown);
    const burst = recent.length > burstLimit;
    const exiting = fatal || burst;
    logger.fatal(
      {
        event: 'uncaughtException',
        origin,
        err,
        nonError,
        exiting,
        hint: exiting
          ? fatal
            ? 'This error leaves the process unusable; exiting with status 1 so a supervisor can restart the bot.'
            : `${recent.length} uncaught exceptions within ${Math.round(burstWindowMs / 1000)} s: the bot is failing in a loop; exiting with status 1 so a supervisor can restart it.`
          : 'An exception escaped an event callback; the bot keeps running. Find the throw in the stack and catch it where it happens.',
      },
      `uncaught exception: ${err.message}`,
    );
    if (exiting) exit(1);
  };

  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
