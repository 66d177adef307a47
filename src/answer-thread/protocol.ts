import type { Caller } from '../command.ts';
import type { ReplyRequest, WorkedReply } from '../discord/command-reply.ts';
import type { EngineSnapshot } from '../engine/engine.ts';

/**
 * The messages between the thread that speaks to Discord and the answer thread. An engine travels as its
 * snapshot parts, one message each, so that copying a large one never holds the sending thread for long;
 * `generation` numbers the engines sent, so that an answer is only ever worked out on the engine it was
 * asked of.
 */
export type ToWorker =
  | { type: 'part'; generation: number; name: keyof EngineSnapshot; value: unknown }
  | { type: 'load'; generation: number }
  | { type: 'run'; id: number; generation: number; request: ReplyRequest; caller: Caller | undefined };

export type FromWorker =
  | { type: 'loaded'; generation: number; ms: number }
  | { type: 'load-failed'; generation: number; message: string }
  /** `ms`: the time the command and its rendering took in the worker, for the benchmark's account of time. */
  | { type: 'reply'; id: number; reply: WorkedReply; ms: number }
  /** The worker holds another engine than the one asked of, or does not run that command: answer elsewhere. */
  | { type: 'declined'; id: number }
  | { type: 'error'; id: number; message: string; stack: string | undefined };
