/**
 * The real bot in a process of its own for the Discord part of the benchmark, as in production: the fake Discord
 * stays in the benchmark process, so its work (schema checks, HTTP serving) is not charged to the bot.
 *
 *   node --import tsx bench/discord-bot.ts <api url> <token> <application id> <corpus dir> [<query seed>]
 *
 * With a query seed it first prints one line "queries <json>": questions drawn from this corpus by
 * bench/queries.ts (the engine is built here, so the benchmark process need not build another). Prints "ready"
 * on standard output once logged in, and when standard input ends a line "cpu <json>": the process's CPU time
 * since ready, and the CPU time of working out the same answers again (commands and renderer) with nothing
 * else going on: what a worker thread could take off the thread that speaks to Discord.
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
process.stdin.on('end', async () => {
  const cpu = process.cpuUsage(cpuAtReady);
  const context: CommandContext = { engine, commands };
  const before = process.cpuUsage();
  // Awaited, should a command ever answer asynchronously; nothing else runs meanwhile.
  for (const { command, options } of calls) renderAnswer(await (command.run(context, options) as Answer | Promise<Answer>), { page: 0 });
  const answering = process.cpuUsage(before);
  const report = { cpuMs: (cpu.user + cpu.system) / 1000, answerMs: (answering.user + answering.system) / 1000, answers: calls.length };
  process.stdout.write(`cpu ${JSON.stringify(report)}\n`);
  void bot.stop().then(() => process.exit(0));
});
