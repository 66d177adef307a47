import { loadConfig, ConfigError } from './config.ts';
import { createLogger } from './log.ts';
import { loadCorpus } from './corpus/load.ts';
import { Engine } from './engine/engine.ts';
import { loadCommands } from '../commands/index.ts';
import { runConsole } from './console/console.ts';
import { watchCorpus } from './corpus/watch.ts';
import { installProcessGuards } from './process.ts';

/**
 * `npm start`: with DISCORD_TOKEN the Discord bot, without it the local console on the corpus. A bad
 * configuration or corpus stops here with a message that names what is wrong.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const bot = Boolean(config.discordToken);
  const logger = createLogger({ level: bot ? config.logLevel : 'warn', pretty: !bot, token: config.discordToken });
  installProcessGuards(logger);
  let engine: Engine;
  try {
    engine = Engine.build(loadCorpus(config.corpusDir));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  const commands = await loadCommands();
  const live = watchCorpus({ dir: config.corpusDir, initial: engine, build: (docs) => Engine.build(docs), logger });
  if (bot) {
    const { startBot } = await import('./discord/bot.ts');
    await startBot({ config, engine: live.current, commands, logger });
  } else {
    await runConsole({ engine: live.current, commands });
    live.close();
  }
}

await main();
