import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv, type DotenvPopulateInput } from 'dotenv';
import { z } from 'zod';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const SNAPSHOT_MODES = ['auto', 'always', 'off'] as const;
const ANSWER_THREAD_MODES = ['auto', 'on', 'off'] as const;

const optional = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits');

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, 'must be a bot token (no spaces, at least 20 characters)')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  ),
  CORPUS_DIR: optional(z.string()),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` }).default('info'),
  ),
  SNAPSHOT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(SNAPSHOT_MODES, { error: `must be one of ${SNAPSHOT_MODES.join(', ')}` }).default('auto'),
  ),
  SNAPSHOT_FILE: optional(z.string()),
  ANSWER_THREAD: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(ANSWER_THREAD_MODES, { error: `must be one of ${ANSWER_THREAD_MODES.join(', ')}` }).default('auto'),
  ),
  SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  ),
});

/** The bot's configuration, validated. */
export interface Config {
  discordToken: string | undefined;
  applicationId: string | undefined;
  guildId: string | undefined;
  /** REST base without a trailing slash, e.g. https://discord.com/api */
  apiUrl: string;
  corpusDir: string;
  logLevel: (typeof LEVELS)[number];
  shardCount: number | undefined;
  /**
   * Saving the built engine and starting from it while the corpus files are unchanged: `auto` saves it when
   * building took a second or more, `always` whatever the time, `off` never uses one.
   */
  snapshot: { mode: (typeof SNAPSHOT_MODES)[number]; file: string };
  /**
   * The bot works out answers on a second thread while the first speaks to Discord: `auto` when the machine
   * has two cores or more, `on`, `off` (it then holds a second copy of the engine in memory).
   */
  answerThread: (typeof ANSWER_THREAD_MODES)[number];
}

/**
 * Where a corpus folder's snapshot goes by default: the project's own `.cache/` (gitignored), one file per
 * corpus folder. Not under node_modules/, which `npm ci` deletes: at 10,000 articles the snapshot saves a
 * minute at every start, and reinstalling the packages should not cost that.
 */
export function defaultSnapshotFile(corpusDir: string): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const folder = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(root, '.cache', `engine-${folder}.snapshot`);
}

/** A configuration problem; the message names every variable that is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** Where `.env` is read from, and whether: by default only when reading the process's own environment. */
export interface DotenvOptions {
  dotenv?: boolean;
  /** The file; default `.env` in the working folder (the project, under npm). */
  dotenvPath?: string;
}

/**
 * Puts the variables of a `.env` file beneath the environment: a variable already set, even blank, is
 * kept. Every entry point reads its configuration through this, so `npm start`, the command line, the
 * sharded bot and deploy-commands agree on the corpus and the snapshot.
 */
export function applyDotenv(env: NodeJS.ProcessEnv, options: DotenvOptions = {}): void {
  if (!(options.dotenv ?? env === process.env)) return;
  loadDotenv({ quiet: true, processEnv: env as DotenvPopulateInput, ...(options.dotenvPath ? { path: options.dotenvPath } : {}) });
}

/**
 * Only the snapshot settings, for a face that must not refuse to answer over a malformed Discord variable
 * it does not use. Throws a ConfigError naming a malformed SNAPSHOT or SNAPSHOT_FILE.
 */
export function loadSnapshotConfig(env: NodeJS.ProcessEnv, corpusDir: string): Config['snapshot'] {
  const parsed = schema.pick({ SNAPSHOT: true, SNAPSHOT_FILE: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return { mode: parsed.data.SNAPSHOT, file: parsed.data.SNAPSHOT_FILE ?? defaultSnapshotFile(corpusDir) };
}

/**
 * The command line's configuration: the corpus folder (`corpusDir`, from --corpus, else CORPUS_DIR, else
 * `corpus`) and the snapshot settings, read from the environment after `.env` as `npm start` reads them,
 * without the Discord variables. Throws a ConfigError naming a malformed variable.
 */
export function loadCorpusConfig(env: NodeJS.ProcessEnv = process.env, options: DotenvOptions & { corpusDir?: string } = {}): Pick<Config, 'corpusDir' | 'snapshot'> {
  applyDotenv(env, options);
  const parsed = schema.pick({ CORPUS_DIR: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const corpusDir = options.corpusDir ?? parsed.data.CORPUS_DIR ?? 'corpus';
  return { corpusDir, snapshot: loadSnapshotConfig(env, corpusDir) };
}

/**
 * Reads the configuration from the environment (after `.env`, which never overrides what is already set)
 * and validates it. Throws a ConfigError naming each malformed variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: DotenvOptions = {}): Config {
  applyDotenv(env, options);
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const corpusDir = c.CORPUS_DIR ?? 'corpus';
  return {
    discordToken: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    guildId: c.DISCORD_GUILD_ID,
    apiUrl: c.DISCORD_API_URL.replace(/\/+$/, ''),
    corpusDir,
    logLevel: c.LOG_LEVEL,
    shardCount: c.SHARD_COUNT,
    snapshot: { mode: c.SNAPSHOT, file: c.SNAPSHOT_FILE ?? defaultSnapshotFile(corpusDir) },
    answerThread: c.ANSWER_THREAD,
  };
}

/**
 * Whether the bot should answer on a second thread, by ANSWER_THREAD and the machine's cores. `auto` leaves
 * it off in a shard process of `npm run start:sharded` (discord.js sets SHARDING_MANAGER there): the shards'
 * processes already share the cores.
 */
export function wantsAnswerThread(mode: Config['answerThread'], cores = availableParallelism(), sharded = Boolean(process.env.SHARDING_MANAGER)): boolean {
  return mode === 'on' || (mode === 'auto' && cores >= 2 && !sharded);
}
