import { getHeapStatistics } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { Caller } from '../command.ts';
import type { ReplyRequest, WorkedReply } from '../discord/command-reply.ts';
import { SNAPSHOT_PARTS, type Engine } from '../engine/engine.ts';
import { startTsWorker } from '../engine/parallel.ts';
import type { Logger } from '../log.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/**
 * Answers worked out on a second thread, so that the thread speaking to Discord only reads interactions and
 * sends replies. Under a burst the two then work side by side on a machine's two cores: measured through the
 * fake Discord at 1,000 articles, the engine took half of the main thread's time in a burst of 700 (see the
 * README's load figures).
 *
 * The worker holds a copy of the engine in service, handed over as its snapshot parts (a part per turn of
 * the event loop, so a large engine never holds this thread for long). Until it holds the engine asked of,
 * after a corpus change for instance, `answer` resolves to undefined and the caller answers on its own
 * thread: an answer is never worked out on an engine other than the one in service, and never lost. The
 * same holds if the worker stops: every answer waiting on it is then worked out here.
 */
/** How long a reply may take on the answer thread before the caller works it out itself. */
export const REPLY_TIMEOUT_MS = 10_000;

export class AnswerThread {
  private readonly worker: Worker;
  private readonly generations = new WeakMap<Engine, number>();
  private nextGeneration = 0;
  /** The engine the worker holds, and the one on its way to it. */
  private held: Engine | undefined;
  private sending: Engine | undefined;
  private readonly waiting = new Map<number, { resolve: (r: WorkedReply | undefined) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private gone = false;
  /** Replies worked out on the worker, and the time they took there (for the benchmark). */
  readonly stats = { answers: 0, ms: 0, declined: 0 };

  private constructor(private readonly logger: Logger | undefined) {
    this.worker = startTsWorker(new URL('./worker.ts', import.meta.url), {
      // As much heap as this thread may use: the worker holds its own copy of the engine.
      resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 1048576) },
    });
    // A bot stops by closing its connection; an answer thread must not keep the process alive after that.
    this.worker.unref();
    this.worker.on('message', (m: FromWorker) => this.receive(m));
    this.worker.on('error', (err) => {
      this.logger?.error({ err }, 'the answer thread failed; answering on the main thread from now on');
      this.stop();
    });
    this.worker.on('exit', (code) => {
      if (!this.gone) this.logger?.error({ code }, 'the answer thread stopped; answering on the main thread from now on');
      this.stop();
    });
  }

  /** Starts the answer thread and hands it `engine`. */
  static start(engine: Engine, logger?: Logger): AnswerThread {
    const thread = new AnswerThread(logger);
    thread.hold(engine);
    return thread;
  }

  /** Whether the worker holds `engine` and so answers on it. */
  holds(engine: Engine): boolean {
    return !this.gone && this.held === engine;
  }

  /** Resolves once the worker holds `engine`, or has stopped, or after `ms`: whichever comes first. */
  whenHolding(engine: Engine, ms: number): Promise<void> {
    this.hold(engine);
    return new Promise((resolve) => {
      const end = Date.now() + ms;
      const check = (): void => {
        if (this.gone || this.held === engine || Date.now() >= end) resolve();
        else setTimeout(check, 10);
      };
      check();
    });
  }

  /** Hands `engine` to the worker, unless it holds it already or it is on its way. */
  hold(engine: Engine): void {
    if (this.gone || this.held === engine || this.sending === engine) return;
    this.sending = engine;
    const generation = this.nextGeneration++;
    this.generations.set(engine, generation);
    void this.send(engine, generation);
  }

  private async send(engine: Engine, generation: number): Promise<void> {
    for (const name of SNAPSHOT_PARTS) {
      // A newer engine replaces this one on its way: stop sending the old.
      if (this.sending !== engine || this.gone) return;
      this.post({ type: 'part', generation, name, value: engine.snapshotPart(name) });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (this.sending === engine && !this.gone) this.post({ type: 'load', generation });
  }

  /**
   * The reply (the command's answer, rendered at the page asked for) worked out on the answer thread with
   * `engine`, or undefined when the thread cannot give it (it does not hold that engine yet, does not run
   * that command, or has stopped): then the caller works it out itself. Rejects with the command's own error.
   */
  reply(engine: Engine, request: ReplyRequest, caller: Caller | undefined): Promise<WorkedReply | undefined> {
    if (!this.holds(engine)) {
      this.hold(engine);
      return Promise.resolve(undefined);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // A worker stuck on one reply must not hold it for ever: the caller then works it out itself. The bot
      // gives the thread a few replies at a time, so a reply waits at most for those few before its own.
      const timer = setTimeout(() => {
        if (!this.waiting.delete(id)) return;
        this.logger?.warn({ command: request.command, ms: REPLY_TIMEOUT_MS }, 'the answer thread took too long over a reply; working it out on the main thread');
        resolve(undefined);
      }, REPLY_TIMEOUT_MS);
      timer.unref();
      const settle = <T>(f: (v: T) => void) => (v: T): void => {
        clearTimeout(timer);
        f(v);
      };
      this.waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.post({ type: 'run', id, generation: this.generations.get(engine)!, request, caller });
    });
  }

  /** Stops the worker; replies still waiting on it resolve to undefined (to be worked out by the caller). */
  async close(): Promise<void> {
    this.stop();
    await this.worker.terminate();
  }

  private stop(): void {
    this.gone = true;
    this.held = this.sending = undefined;
    for (const w of this.waiting.values()) w.resolve(undefined);
    this.waiting.clear();
  }

  private post(m: ToWorker): void {
    try {
      this.worker.postMessage(m);
    } catch (err) {
      // Only a value that cannot be copied gets here (a bug): answer on this thread from now on.
      this.logger?.error({ err }, 'could not send to the answer thread; answering on the main thread from now on');
      void this.close();
    }
  }

  private receive(m: FromWorker): void {
    if (m.type === 'loaded') {
      const engine = this.sending;
      if (engine && this.generations.get(engine) === m.generation) {
        this.held = engine;
        this.sending = undefined;
        this.logger?.info({ ms: Math.round(m.ms) }, 'the answer thread holds the engine in service');
      }
      return;
    }
    if (m.type === 'load-failed') {
      this.logger?.error({ message: m.message }, 'the answer thread could not read the engine; answering on the main thread');
      if (this.sending && this.generations.get(this.sending) === m.generation) this.sending = undefined;
      return;
    }
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.type === 'reply') {
      this.stats.answers++;
      this.stats.ms += m.ms;
      w.resolve(m.reply);
    } else if (m.type === 'declined') {
      this.stats.declined++;
      w.resolve(undefined);
    } else {
      const err = new Error(m.message);
      if (m.stack) err.stack = m.stack;
      w.reject(err);
    }
  }
}
