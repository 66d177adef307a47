/**
 * `npm run start:sharded`: runs the bot in SHARD_COUNT processes (or as many as Discord recommends) with
 * discord.js's ShardingManager. Each shard is `src/main.ts` run through tsx.
 */
import { REST, Routes, ShardingManager } from 'discord.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger } from '../log.ts';

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
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ amount: totalShards });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
