import { loadConfig, ConfigError, wantsAnswerThread } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import type { Engine } from './engine/engine.ts';
import { buildAway } from './engine/parallel.ts';
import { openEngineParallel, saveSnapshotLater, type OpenedEngine } from './startup.ts';
import { loadCommands } from '../commands/index.ts';
import { runConsole } from './console/console.ts';
import { watchCorpus } from './corpus/watch.ts';
import { installProcessGuards } from './process.ts';
import { warmUpInTurns } from './engine/warm-up.ts';

/**
 * `npm start` (through src/main.ts): with DISCORD_TOKEN the Discord bot, without it the local console on
 * the corpus. A bad configuration or corpus stops here with a message that names what is wrong.
 */
export async function serve(): Promise<void> {
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
  let opened: OpenedEngine;
  try {
    opened = await openEngineParallel(config, logger);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  warmUp(opened.engine, logger);
  const commands = await loadCommands();
  if (opened.from === 'files') void saveSnapshotLater(config, logger, { engine: opened.engine, fingerprint: opened.fingerprint, buildMs: opened.ms });
  // The watcher's builds are timed so that `auto` saves a snapshot only for a corpus slow to build.
  const buildTimes = new WeakMap<Engine, number>();
  const live = watchCorpus({
    dir: config.corpusDir,
    initial: opened.engine,
    initialFingerprint: opened.fingerprint,
    // A large corpus is rebuilt on a worker thread, so the bot keeps answering from the old one meanwhile.
    build: (docs) => {
      const t0 = performance.now();
      const timed = (engine: Engine): Engine => {
        buildTimes.set(engine, performance.now() - t0);
        return engine;
      };
      const built = buildAway(docs);
      return built instanceof Promise ? built.then(timed) : timed(built);
    },
    onSwap: (engine, fingerprint) => {
      warmUp(engine, logger);
      void saveSnapshotLater(config, logger, { engine, fingerprint, buildMs: buildTimes.get(engine) ?? 0 });
    },
    logger,
  });
  if (bot) {
    const { startBot } = await import('./discord/bot.ts');
    await startBot({ config, engine: live.current, commands, logger, answerThread: wantsAnswerThread(config.answerThread) });
  } else {
    await runConsole({ engine: live.current, commands });
    live.close();
  }
}

/** Makes the engine's first-use tables between answers (warm-up.ts); a failure only leaves them to first use. */
function warmUp(engine: Engine, logger: Logger): void {
  const t0 = performance.now();
  warmUpInTurns(engine).then(
    (busy) => logger.debug({ event: 'warmed_up', ms: Math.round(performance.now() - t0), busyMs: Math.round(busy) }, 'first-use tables made'),
    (err: unknown) => logger.warn({ event: 'warm_up_failed', err }, 'could not make the first-use tables ahead; they are made at first use'),
  );
}
