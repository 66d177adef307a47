import { parseArgs } from 'node:util';
import type { Engine } from './engine/engine.ts';
import { loadSnapshotConfig } from './config.ts';
import { createLogger } from './log.ts';
import { openEngine, saveSnapshotLater } from './startup.ts';
import { addArticle, addFromFile, isWebAddress, type AddOptions } from './corpus/add-article.ts';
import { allowPrivateFromEnv } from './corpus/address.ts';
import { renderText } from './console/text.ts';
import { isError, badInput, numberOption } from './options.ts';
import type { Answer, ErrorAnswer } from './types.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [arguments] [--json] [--corpus <dir>]

Commands:
  sources                       the documents in the corpus
  passage <passage id>          one paragraph, e.g. yonhap-kim-putin-summit#p2
  ask <question> [--limit N]    the passages that best answer a question
  who-said <words> [--limit N]  who said those words
  quotes <speaker>              every quote of a speaker
  speakers                      everyone quoted, with aliases and roles
  timeline [--from D] [--to D] [--topic words] [--source id]
  summary [--length short|medium|long] [--topic words] [--source id]
  ingest <url | page.html | file.txt> [--published YYYY-MM-DD] [--outlet X] [--url U] [--title T] [--id ID] [--out dir] [--force]
                                add an article (--published needed only when the page or text does not say)`;

/** A refusal that ends the command line with exit status 2. */
class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        corpus: { type: 'string' },
        limit: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        topic: { type: 'string' },
        source: { type: 'string' },
        length: { type: 'string' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        title: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError('bad_arguments', `${(e as Error).message}\n\n${USAGE}`);
  }
}

function needText(rest: string[], what: string, example: string): string {
  const text = rest.join(' ').trim();
  if (!text) throw new UsageError('missing_argument', `Please give ${what}, for example: ${example}`);
  return text;
}

type CliResult = { stdout: string; stderr: string; status: number };

/** Runs one command line and returns what to print and the exit status. Exported for tests. */
export function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliResult {
  const wantsJson = argv.includes('--json');
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help) return { stdout: `${USAGE}\n`, stderr: '', status: 0 };
    // No command is bad input like any other: a message on stderr and, under --json, the error object.
    if (!command) throw new UsageError('missing_command', `Please give a command.\n\n${USAGE}`);
    const answer = answerFor(command, rest, values, () => {
      // A blank CORPUS_DIR means unset, as in the bot's configuration.
      const corpusDir = values.corpus ?? (env.CORPUS_DIR?.trim() || 'corpus');
      const config = { corpusDir, snapshot: loadSnapshotConfig(env, corpusDir) };
      // The command line's output is its answer alone; a snapshot that cannot be used or saved only costs time.
      const logger = createLogger({ level: 'silent' });
      const opened = openEngine(config, logger);
      if (opened.from === 'files') void saveSnapshotLater(config, logger, { engine: opened.engine, fingerprint: opened.fingerprint, buildMs: opened.ms }, { now: true });
      return opened.engine;
    });
    return printed(answer, wantsJson);
  } catch (e) {
    return failed(e, wantsJson);
  }
}

/**
 * Runs one command line, including those that wait on the network (`ingest <url>`): the entry point.
 * Every other command runs as `runCli` runs it.
 */
export async function runCliAsync(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const wantsJson = argv.includes('--json');
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (command !== 'ingest' || values.help) return runCli(argv, env);
    const input = needText(rest, 'a web address, a saved page or a text file', 'ingest https://example.com/news/story');
    const added = await addArticle(input, { ...ingestOptions(values), limits: { allowPrivate: allowPrivateFromEnv(env) } });
    return printed({ kind: 'ingest', ...added }, wantsJson);
  } catch (e) {
    return failed(e, wantsJson);
  }
}

function ingestOptions(values: Values): AddOptions {
  return {
    published: values.published,
    outlet: values.outlet,
    url: values.url,
    title: values.title,
    id: values.id,
    out: values.out ?? values.corpus ?? 'corpus',
    force: values.force ?? false,
  };
}

function printed(answer: Answer | ErrorAnswer, wantsJson: boolean): CliResult {
  if (isError(answer)) throw new UsageError(answer.error.code, answer.error.message);
  const width = Math.min(Math.max(process.stdout.columns ?? 80, 40), 120);
  return { stdout: (wantsJson ? JSON.stringify(stripKind(answer)) : renderText(answer, width)) + '\n', stderr: '', status: 0 };
}

function failed(e: unknown, wantsJson: boolean): CliResult {
  const code = e instanceof UsageError ? e.code : ((e as { code?: unknown }).code as string | undefined) ?? errorCode(e);
  const message = (e as Error).message ?? String(e);
  return {
    stdout: wantsJson ? `${JSON.stringify({ error: { code: String(code), message } })}\n` : '',
    stderr: `${message}\n`,
    status: 2,
  };
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

type Values = ReturnType<typeof parse>['values'];

function answerFor(command: string, rest: string[], values: Values, engine: () => Engine): Answer | ErrorAnswer {
  const limit = (fallback: number) => {
    const n = numberOption({ limit: values.limit }, 'limit', fallback, 1, 50);
    if (typeof n !== 'number') throw new UsageError(n.error.code, n.error.message);
    return n;
  };
  switch (command) {
    case 'sources':
      return engine().sources();
    case 'passage':
      return engine().passage(needText(rest, 'a passage id', 'passage yonhap-kim-putin-summit#p2'));
    case 'ask':
      return engine().ask(needText(rest, 'a question', 'ask "Where was the summit held?"'), limit(3));
    case 'who-said':
      return engine().whoSaid(needText(rest, 'some words', `who-said "we've come here"`), limit(5));
    case 'quotes':
      return engine().quotes(needText(rest, 'a speaker', 'quotes Putin'));
    case 'speakers':
      return engine().speakers();
    case 'timeline':
      return engine().timeline({ from: values.from ?? null, to: values.to ?? null, topic: values.topic ?? null, source: values.source ?? null });
    case 'summary': {
      const length = values.length ?? 'medium';
      if (length !== 'short' && length !== 'medium' && length !== 'long') return badInput('--length must be short, medium or long.');
      return engine().summary({ length, topic: values.topic ?? null, source: values.source ?? null });
    }
    case 'ingest': {
      const input = needText(rest, 'a web address, a saved page or a text file', 'ingest https://example.com/news/story');
      // A web address waits on the network: the entry point (runCliAsync) fetches it; files are read here.
      if (isWebAddress(input)) throw new UsageError('needs_async', 'ingest <url> runs through runCliAsync (the command line entry point).');
      return { kind: 'ingest', ...addFromFile(input, ingestOptions(values)) };
    }
    default:
      throw new UsageError('unknown_command', `Unknown command "${command}".\n\n${USAGE}`);
  }
}

// Run only when executed, not when imported by a test.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli.ts')) {
  const { stdout, stderr, status } = await runCliAsync(process.argv.slice(2));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = status;
}
