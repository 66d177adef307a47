/**
 * The real bot in a process of its own for the Discord part of the benchmark, as in production: the fake Discord
 * stays in the benchmark process, so its work (schema checks, HTTP serving) is not charged to the bot.
 *
 *   node --import tsx bench/discord-bot.ts <api url> <token> <application id> <corpus dir> [<query seed>]
 *
 * With a query seed it first prints one line "queries <json>": questions drawn from this corpus by
 * bench/queries.ts (the engine is built here, so the benchmark process need not build another). Prints "ready"
 * on standard output once logged in, and when standard input ends a line "cpu <json>": the process's CPU time
 * since ready (every thread), and the time of working out the answers alone: those the main thread worked out
 * are run again (commands and renderer) with nothing else going on, those the answer thread worked out are
 * timed there. BENCH_ANSWER_THREAD=0 runs the bot without the answer thread.
 */
import { Writable } from 'node:stream';
import { loadCommands } from '../commands/index.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { startBot } from '../src/discord/bot.ts';
import { Engine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log.ts';
import { makeQueries } from './queries.ts';
import type { Command, CommandContext, OptionValues } from '../src/command.ts';
import { renderAnswer } from '../src/discord/render.ts';
import type { Answer } from '../src/types.ts';

const [apiUrl, token, applicationId, corpusDir, querySeed] = process.argv.slice(2);
if (!apiUrl || !token || !applicationId || !corpusDir) throw new Error('discord-bot: usage: discord-bot.ts <api url> <token> <application id> <corpus dir> [<query seed>]');
const docs = loadCorpus(corpusDir);
const engine = Engine.build(docs);
if (querySeed !== undefined) {
  const speakerNames = engine.speakers().speakers.flatMap((s) => [s.name, ...s.aliases]);
  const qs = makeQueries(docs, engine.passages, speakerNames, [], Number(querySeed), 700);
  process.stdout.write(`queries ${JSON.stringify({ articles: docs.length, ask: qs.ask, whoSaid: qs.whoSaid, timeline: qs.timeline, timelineTopic: qs.timelineTopic })}\n`);
}
// Every command run is recorded, to be run again at the end with nothing else going on: the CPU time of the
// answers alone (engine and renderer), against the process's CPU time while it served them.
const calls: { command: Command; options: OptionValues }[] = [];
const commands = (await loadCommands()).map((c) => ({
  ...c,
  run: (context: CommandContext, options: OptionValues) => {
    calls.push({ command: c, options });
    return c.run(context, options);
  },
}));
// As `npm start` on a machine of two cores or more, unless BENCH_ANSWER_THREAD=0 (to measure without it).
const threaded = process.env.BENCH_ANSWER_THREAD !== '0';
const silent = new Writable({ write: (_c, _e, done) => done() });
const bot = await startBot({
  config: { discordToken: token, applicationId, guildId: undefined, apiUrl, corpusDir, logLevel: 'silent', shardCount: undefined, snapshot: { mode: 'off', file: '' }, answerThread: threaded ? 'on' : 'off' },
  engine: () => engine,
  commands,
  logger: createLogger({ level: 'silent', destination: silent, token }),
  handleSignals: false,
  answerThread: threaded,
});
const cpuAtReady = process.cpuUsage();
process.stdout.write('ready\n');
// The benchmark ends the bot by closing standard input.
process.stdin.resume();
process.stdin.on('end', async () => {
  const cpu = process.cpuUsage(cpuAtReady);
  const context: CommandContext = { engine, commands };
  const before = process.cpuUsage();
  // Awaited, should a command ever answer asynchronously; nothing else runs meanwhile.
  for (const { command, options } of calls) renderAnswer(await (command.run(context, options) as Answer | Promise<Answer>), { page: 0 });
  const answering = process.cpuUsage(before);
  // Answers worked out on the answer thread are timed there (its commands are its own, not the wrapped ones
  // above, which only see the answers the main thread worked out itself); rendering them is not in that time.
  const threadStats = bot.answerThread?.stats ?? { answers: 0, ms: 0 };
  const report = { cpuMs: (cpu.user + cpu.system) / 1000, answerMs: (answering.user + answering.system) / 1000 + threadStats.ms, answers: calls.length + threadStats.answers, threaded };
  process.stdout.write(`cpu ${JSON.stringify(report)}\n`);
  void bot.stop().then(() => process.exit(0));
});
