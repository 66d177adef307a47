/**
 * The bot alone in a process, for the soak test: it connects to the fake Discord at SOAK_API_URL (the fake
 * lives in the test's process, so only the bot's memory is measured here) and logs JSON lines to stdout.
 * Run with `node --expose-gc --import tsx`. Over IPC it answers "measure" with the heap after a forced
 * collection and the count of active handles and requests by kind.
 */
import { loadCommands } from '../../commands/index.ts';
import { startBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import { stubEngine } from './engine-stub.ts';
import { FAKE } from './server.ts';
import { fakeConfig } from './interactions.ts';

/** What the soak child reports for one measurement. */
export interface Measurement {
  type: 'measurement';
  heapUsed: number;
  rss: number;
  /** Active handles and requests by kind (process.getActiveResourcesInfo()). */
  resources: Record<string, number>;
  resourceCount: number;
  /** Sizes of what discord.js keeps: users, guild members, REST queues (one per interaction token until swept). */
  kept: { users: number; members: number; restHandlers: number; restHashes: number };
}

const apiUrl = process.env.SOAK_API_URL;
if (!apiUrl) throw new Error('SOAK_API_URL is not set: the soak bot needs the fake Discord address');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('the soak bot must run with --expose-gc to measure the heap after a collection');
if (!process.send) throw new Error('the soak bot must be started with an IPC channel');

const engine = stubEngine();
const bot = await startBot({
  config: fakeConfig(apiUrl),
  engine: () => engine,
  commands: await loadCommands(),
  logger: createLogger({ level: 'info', token: FAKE.token }),
  handleSignals: false,
});

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function measure(): Promise<Measurement> {
  // Several rounds, so that objects freed by finalizers and weak callbacks of one round go in the next.
  for (let i = 0; i < 4; i++) {
    gc?.();
    await tick();
  }
  const resources: Record<string, number> = {};
  const active = process.getActiveResourcesInfo();
  for (const kind of active) resources[kind] = (resources[kind] ?? 0) + 1;
  const { heapUsed, rss } = process.memoryUsage();
  const rest = bot.client.rest as unknown as { handlers: Map<string, unknown>; hashes: Map<string, unknown> };
  const kept = {
    users: bot.client.users.cache.size,
    members: bot.client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0),
    restHandlers: rest.handlers.size,
    restHashes: rest.hashes.size,
  };
  return { type: 'measurement', heapUsed, rss, resources, resourceCount: active.length, kept };
}

process.on('message', (m: { type?: string }) => {
  if (m.type === 'measure') void measure().then((r) => process.send?.(r));
  else if (m.type === 'stop') {
    void bot.stop().then(() => {
      process.disconnect();
      process.exitCode = 0;
    });
  }
});
process.send({ type: 'ready' });
