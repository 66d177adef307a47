/**
 * `npm run start:sharded`: runs the bot in SHARD_COUNT processes (or as many as Discord recommends) with
 * discord.js's ShardingManager. Each shard is `src/main.ts` run through tsx.
 */
import { REST, Routes, ShardingManager } from 'discord.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { requireNode } from '../node-version.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** Shards to run: SHARD_COUNT, else Discord's recommendation from /gateway/bot at the configured API. */
export async function shardCount(config: Config): Promise<number> {
  if (config.shardCount) return config.shardCount;
  // ShardingManager's own 'auto' asks discord.com directly; ask the configured API so proxies work.
  const rest = new REST({ api: config.apiUrl }).setToken(config.discordToken as string);
  const info = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  return Math.max(1, info.shards ?? 1);
}

async function main(): Promise<void> {
  // Each shard would stop on an old Node.js; say so once, before starting any.
  requireNode();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(1);
  }
  if (!config.discordToken) {
    console.error('DISCORD_TOKEN is not set: sharding only makes sense for the Discord bot.');
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, token: config.discordToken });
  const totalShards = await shardCount(config);
  const manager = new ShardingManager(MAIN, { token: config.discordToken, totalShards, execArgv: ['--import', 'tsx'], respawn: true });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, totalShards }, 'shard started'));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping shards');
    void stopShards(manager).then((codes) => {
      logger.info({ codes }, 'shards stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ amount: totalShards });
}

/** How long a shard gets to close its gateway connection after SIGTERM before it is killed. */
const SHARD_STOP_MS = 10_000;

/**
 * Sends each shard process SIGTERM (its bot closes the gateway and exits) and waits for them all, killing
 * any that hang. Shard.kill() alone would do, but the manager must not exit before its shards have.
 */
async function stopShards(manager: ShardingManager): Promise<Record<number, number | string | null>> {
  const codes: Record<number, number | string | null> = {};
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      // Shard.kill() drops the exit listener, so the manager does not respawn what it is stopping.
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        shard.kill();
        codes[shard.id] = child?.exitCode ?? child?.signalCode ?? null;
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => resolve(void (codes[shard.id] = code ?? signal))));
      shard.kill();
      const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
  return codes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
