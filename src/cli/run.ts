import { parseArgs } from 'node:util';
import { loadCommands } from '../../commands/index.ts';
import { commandName, commandOptions, type Command, type CommandContext, type OptionValues } from '../command.ts';
import { loadCorpusConfig, type Config } from '../config.ts';
import { consoleName } from '../console/console.ts';
import { renderText } from '../console/text.ts';
import type { Engine } from '../engine/engine.ts';
import { createLogger } from '../log.ts';
import { isError } from '../options.ts';
import { openEngine, saveSnapshotLater } from '../startup.ts';
import type { Answer } from '../types.ts';
import { LOCAL_COMMANDS, type FlagValues, type LocalCommand } from './local.ts';
import { cliExample, discordOnlyEntries, usage, usageEntries } from './usage.ts';

/** What the command line prints and its exit status. */
export interface CliResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** A refusal that ends the command line with exit status 2. */
class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// The command line's own `help` is its usage text; Discord's /help lists the commands as typed there.
const SKIPPED = new Set(['help']);

/** The flags every command line understands, whatever the command. */
const GLOBAL_FLAGS = { json: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Every flag any command takes: the options of the commands in `commands/` (from their definitions and
 * `cliOptions`) and those of the command line's own commands. A flag another command takes is accepted
 * and left unused, as it always was.
 */
function flagSpec(commands: readonly Command[], local: readonly LocalCommand[]): FlagSpec {
  const spec: FlagSpec = { ...GLOBAL_FLAGS };
  for (const c of commands) {
    for (const o of commandOptions(c)) spec[o.name] ??= { type: o.type === 5 ? 'boolean' : 'string' };
    for (const name of Object.keys(c.cliOptions ?? {})) spec[name] ??= { type: 'string' };
  }
  for (const l of local) for (const [name, type] of Object.entries(l.flags)) spec[name] ??= { type };
  return spec;
}

/**
 * Runs one command line and returns what to print and the exit status: the commands of `commands/` (as
 * Discord and the console run them) and the command line's own (passage, speakers, ingest). Exported for tests.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const wantsJson = argv.includes('--json');
  try {
    const commands = (await loadCommands()).filter((c) => !SKIPPED.has(commandName(c)));
    // A command only Discord runs stays runnable (it answers its own refusal) but is not offered.
    const entries = usageEntries(commands, LOCAL_COMMANDS);
    const discordOnly = discordOnlyEntries(commands);
    const text = usage(entries, discordOnly);
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: flagSpec(commands, LOCAL_COMMANDS) });
    } catch (e) {
      throw new UsageError('bad_arguments', `${(e as Error).message}\n\n${text}`);
    }
    const { values, positionals } = parsed as { values: FlagValues; positionals: string[] };
    const [name, ...rest] = positionals;
    if (values.help || name === 'help') {
      // Under --json, one JSON object as for every answer: the commands as the usage text lists them.
      const help = { commands: entries.map((e) => ({ ...e, example: e.example ?? null })), discordOnly };
      return { stdout: `${wantsJson ? JSON.stringify(help) : text}\n`, stderr: '', status: 0 };
    }
    // No command is bad input like any other: a message on stderr and, under --json, the error object.
    if (!name) throw new UsageError('missing_command', `Please give a command.\n\n${text}`);
    // Read as `npm start` reads it (.env beneath the environment), so both answer from the same corpus.
    let config: Pick<Config, 'corpusDir' | 'snapshot'> | undefined;
    const configured = () => (config ??= loadCorpusConfig(env, { corpusDir: typeof values.corpus === 'string' ? values.corpus : undefined }));
    let opened: Engine | undefined;
    const engine = (): Engine => (opened ??= openFor(configured()));
    const command = commands.find((c) => consoleName(c) === name);
    const local = LOCAL_COMMANDS.find((c) => c.name === name);
    let answer;
    if (command) answer = await runRegistered(command, commands, rest, values, engine);
    else if (local) answer = await local.run(local.needs ? needText(rest, local.needs.what, local.needs.example) : rest.join(' ').trim(), values, { engine, corpusDir: () => configured().corpusDir, env });
    else throw new UsageError('unknown_command', `Unknown command "${name}".\n\n${text}`);
    if (isError(answer)) throw new UsageError(answer.error.code, answer.error.message);
    const width = Math.min(Math.max(process.stdout.columns ?? 80, 40), 120);
    return { stdout: (wantsJson ? JSON.stringify(stripKind(answer)) : renderText(answer, width)) + '\n', stderr: '', status: 0 };
  } catch (e) {
    const code = e instanceof UsageError ? e.code : ((e as { code?: unknown }).code as string | undefined) ?? errorCode(e);
    const message = (e as Error).message ?? String(e);
    return {
      stdout: wantsJson ? `${JSON.stringify({ error: { code: String(code), message } })}\n` : '',
      stderr: `${message}\n`,
      status: 2,
    };
  }
}

/**
 * Runs a command of `commands/`: the words after its name are its required text option, flags its other
 * options; the command's own code checks their values, as for Discord and the console.
 */
async function runRegistered(command: Command, commands: readonly Command[], rest: string[], values: FlagValues, engine: () => Engine): Promise<Answer> {
  const options: Record<string, string | number | boolean | undefined> = {};
  const names = [...commandOptions(command).map((o) => o.name), ...Object.keys(command.cliOptions ?? {})];
  for (const n of names) if (values[n] !== undefined) options[n] = values[n];
  const required = commandOptions(command).find((o) => o.required);
  if (required && options[required.name] === undefined) {
    options[required.name] = needText(rest, `the ${required.name}`, cliExample(command, commands) ?? `${consoleName(command)} <${required.name}>`);
  }
  // The corpus is read when the handler asks for the engine, not before.
  const ctx: CommandContext = {
    get engine() {
      return engine();
    },
    commands,
  };
  return await command.run(ctx, options as OptionValues);
}

function needText(rest: string[], what: string, example: string): string {
  const text = rest.join(' ').trim();
  if (!text) throw new UsageError('missing_argument', `Please give ${what}, for example: ${example}`);
  return text;
}

/** The engine for the corpus the command line names (or CORPUS_DIR), from its snapshot when it can. */
function openFor(config: Pick<Config, 'corpusDir' | 'snapshot'>): Engine {
  // The command line's output is its answer alone; a snapshot that cannot be used or saved only costs time.
  const logger = createLogger({ level: 'silent' });
  const opened = openEngine(config, logger);
  if (opened.from === 'files') void saveSnapshotLater(config, logger, { engine: opened.engine, fingerprint: opened.fingerprint, buildMs: opened.ms }, { now: true });
  return opened.engine;
}

function errorCode(e: unknown): string {
  const name = (e as Error)?.name ?? '';
  if (name === 'CorpusError') return 'bad_corpus';
  if (name === 'ConfigError') return 'bad_config';
  return 'error';
}

function stripKind(answer: Answer): Omit<Answer, 'kind'> {
  const { kind: _kind, ...rest } = answer;
  return rest;
}
