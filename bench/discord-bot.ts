/**
 * The real bot in a process of its own for the Discord part of the benchmark, as in production: the fake Discord
 * stays in the benchmark process, so its work (schema checks, HTTP serving) is not charged to the bot.
 *
 *   node --import tsx bench/discord-bot.ts <api url> <token> <application id> <corpus dir>
 *
 * Prints "ready" on standard output once logged in.
 */
import { Writable } from 'node:stream';
import { loadCommands } from '../commands/index.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { startBot } from '../src/discord/bot.ts';
import { Engine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log.ts';

const [apiUrl, token, applicationId, corpusDir] = process.argv.slice(2);
if (!apiUrl || !token || !applicationId || !corpusDir) throw new Error('discord-bot: usage: discord-bot.ts <api url> <token> <application id> <corpus dir>');
const engine = Engine.build(loadCorpus(corpusDir));
const silent = new Writable({ write: (_c, _e, done) => done() });
const bot = await startBot({
  config: { discordToken: token, applicationId, guildId: undefined, apiUrl, corpusDir, logLevel: 'silent', shardCount: undefined, snapshot: { mode: 'off', file: '' } },
  engine: () => engine,
  commands: await loadCommands(),
  logger: createLogger({ level: 'silent', destination: silent, token }),
  handleSignals: false,
});
process.stdout.write('ready\n');
// The benchmark ends the bot by closing standard input.
process.stdin.resume();
process.stdin.on('end', () => void bot.stop().then(() => process.exit(0)));
