import { parentPort } from 'node:worker_threads';
import { commandName, type Command, type CommandContext } from '../command.ts';
import { renderReply, type ReplyRequest } from '../discord/command-reply.ts';
import { Engine, type EngineSnapshot } from '../engine/engine.ts';
import { loadCommands } from '../../commands/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { warmUp } from './warm-up.ts';

/**
 * The answer thread (see thread.ts): holds a copy of the engine in service and works out the replies of the
 * commands that only read it (the answer, then the page asked for), in the order they are asked.
 */
const port = parentPort;
if (!port) throw new Error('answer-thread/worker.ts runs as a worker thread, not on its own');

const commands = await loadCommands();
const byName = new Map<string, Command>(commands.filter((c) => !c.mainThreadOnly).map((c) => [commandName(c), c]));
let engine: Engine | undefined;
let generation = -1;
let incoming: { generation: number; parts: Partial<EngineSnapshot> } | undefined;

const post = (m: FromWorker): void => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if (m.type === 'part') {
    if (incoming?.generation !== m.generation) incoming = { generation: m.generation, parts: {} };
    (incoming.parts as Record<string, unknown>)[m.name] = m.value;
    return;
  }
  if (m.type === 'load') {
    const t0 = performance.now();
    try {
      if (incoming?.generation !== m.generation) throw new Error(`no parts arrived for engine ${m.generation}`);
      engine = Engine.fromSnapshot(incoming.parts as EngineSnapshot);
      warmUp(engine, commands);
      generation = m.generation;
      post({ type: 'loaded', generation, ms: performance.now() - t0 });
    } catch (err) {
      post({ type: 'load-failed', generation: m.generation, message: err instanceof Error ? err.message : String(err) });
    } finally {
      incoming = undefined;
    }
    return;
  }
  const command = byName.get(m.request.command);
  if (!engine || m.generation !== generation || !command) return post({ type: 'declined', id: m.id });
  void reply(m.id, command, { engine, commands, ...(m.caller ? { caller: m.caller } : {}) }, m.request);
});

async function reply(id: number, command: Command, ctx: CommandContext, request: ReplyRequest): Promise<void> {
  const t0 = performance.now();
  try {
    const worked = renderReply(await command.run(ctx, request.options), request);
    post({ type: 'reply', id, reply: worked, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
  }
}
