/**
 * The real bot in a process of its own for the Discord part of the benchmark, as in production: the fake Discord
 * stays in the benchmark process, so its work (schema checks, HTTP serving) is not charged to the bot.
 *
 *   node --import tsx bench/discord-bot.ts <api url> <token> <application id> <corpus dir> [<query seed>]
 *
 * With a query seed it first prints one line "queries <json>": questions drawn from this corpus by
 * bench/queries.ts (the engine is built here, so the benchmark process need not build another). Prints "ready"
 * on standard output once logged in, and when standard input ends a line "cpu <json>": the process's CPU time
 * since ready and the part of it spent in the commands (the engine's work), to tell what a worker thread
 * could take off the thread that speaks to Discord.
 */
import { Writable } from 'node:stream';
import { loadCommands } from '../commands/index.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { startBot } from '../src/discord/bot.ts';
import { Engine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log.ts';
import { makeQueries } from './queries.ts';

const [apiUrl, token, applicationId, corpusDir, querySeed] = process.argv.slice(2);
if (!apiUrl || !token || !applicationId || !corpusDir) throw new Error('discord-bot: usage: discord-bot.ts <api url> <token> <application id> <corpus dir> [<query seed>]');
const docs = loadCorpus(corpusDir);
const engine = Engine.build(docs);
if (querySeed !== undefined) {
  const speakerNames = engine.speakers().speakers.flatMap((s) => [s.name, ...s.aliases]);
  const qs = makeQueries(docs, engine.passages, speakerNames, [], Number(querySeed), 700);
  process.stdout.write(`queries ${JSON.stringify({ articles: docs.length, ask: qs.ask, whoSaid: qs.whoSaid, timeline: qs.timeline, timelineTopic: qs.timelineTopic })}\n`);
}
let answerMs = 0;
let answers = 0;
const commands = (await loadCommands()).map((c) => ({
  ...c,
  run: (...args: Parameters<typeof c.run>) => {
    const t = performance.now();
    try {
      return c.run(...args);
    } finally {
      answerMs += performance.now() - t;
      answers++;
    }
  },
}));
const silent = new Writable({ write: (_c, _e, done) => done() });
const bot = await startBot({
  config: { discordToken: token, applicationId, guildId: undefined, apiUrl, corpusDir, logLevel: 'silent', shardCount: undefined, snapshot: { mode: 'off', file: '' } },
  engine: () => engine,
  commands,
  logger: createLogger({ level: 'silent', destination: silent, token }),
  handleSignals: false,
});
const cpuAtReady = process.cpuUsage();
process.stdout.write('ready\n');
// The benchmark ends the bot by closing standard input.
process.stdin.resume();
process.stdin.on('end', () => {
  const cpu = process.cpuUsage(cpuAtReady);
  process.stdout.write(`cpu ${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, answerMs, answers })}\n`);
  void bot.stop().then(() => process.exit(0));
});
