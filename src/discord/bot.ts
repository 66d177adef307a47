/**
 * The Discord face: a discord.js client with only the Guilds intent that routes interactions to commands,
 * renders their answers, and never leaves a user hanging (every interaction is acknowledged within
 * Discord's 3 seconds, errors become a private note with an id, excess requests get a cooldown note).
 *
 * Interactions are answered in arrival order, one per turn of the event loop (arrival-queue.ts), so under a
 * burst the first answers leave while later ones are still being worked out. Answers go out in the
 * interaction callback itself (one request) whenever they are ready in time; one that waited in the queue
 * too long is deferred while it waits and its answer edited in at its turn. Those edits go through a REST
 * client of their own (reply-edits.ts): discord.js would count them against its 50 requests/second global
 * limit, which Discord does not apply to interactions (the callback route is exempt in discord.js too: its
 * BurstHandler never touches the global counter).
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildMember,
  HTTPError,
  MessageFlags,
  Options,
  PermissionFlagsBits,
  RESTEvents,
  RESTJSONErrorCodes,
  type REST,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type CommandInteractionOption,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Caller, Choice, Command, CommandContext, OptionValues } from '../command.ts';
import { commandName } from '../command.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import { ArrivalQueue, type Turn } from './arrival-queue.ts';
import { AnswerThread } from '../answer-thread/thread.ts';
import { warmUp } from '../answer-thread/warm-up.ts';
import { parsePageId, SHARE_ID } from './buttons.ts';
import { renderReply, type ReplyRequest, type WorkedReply } from './command-reply.ts';
import { replyEditor, type ReplyEdit } from './reply-edits.ts';
import { renderChoices, renderNote, renderShared, type RenderedMessage } from './render.ts';

/** How many commands one person may run in a window. */
export interface CooldownOptions {
  limit: number;
  windowMs: number;
}

export const DEFAULT_COOLDOWN: CooldownOptions = { limit: 5, windowMs: 10_000 };

/** Users (and members per server) kept in discord.js's caches: the most recent ones. */
export const PEOPLE_CACHE_SIZE = 200;
/** How often discord.js drops idle REST queues (one is made per interaction token). */
export const REST_HANDLER_SWEEP_MS = 30_000;
/**
 * How long after Discord created an interaction its answer may take before the bot defers instead (Discord
 * drops an interaction not acknowledged within 3 seconds).
 */
export const DEFER_AFTER_MS = 2_000;
/** How many answers the answer thread is given at once (see startBot). */
export const ANSWER_THREAD_IN_FLIGHT = 4;
/** How long start-up waits for the answer thread to hold the engine before taking interactions anyway. */
export const ANSWER_THREAD_START_MS = 30_000;

export interface BotOptions {
  config: Config;
  /** The engine in service now: a getter, because a corpus change swaps it. */
  engine: () => Engine;
  commands: readonly Command[];
  logger: Logger;
  cooldown?: CooldownOptions;
  /** Close the gateway and exit on SIGINT/SIGTERM (default true; tests running in-process turn it off). */
  handleSignals?: boolean;
  /** See DEFER_AFTER_MS. */
  deferAfterMs?: number;
  /** The corpus folder /corpus adds to and removes from (default: the configuration's). */
  corpusDir?: string;
  /**
   * Work out answers on a second thread (src/answer-thread/) while this one speaks to Discord (default
   * false: `npm start` turns it on by ANSWER_THREAD).
   */
  answerThread?: boolean;
}

export interface RunningBot {
  client: Client;
  /** The REST client that edits deferred replies (see reply-edits.ts). */
  replyEdits: REST;
  /** The answer thread, when the bot was started with one. */
  answerThread?: AnswerThread;
  stop(): Promise<void>;
}

/** Per-user sliding-window rate limit, kept small: users with no recent command are forgotten. */
export class Cooldown {
  private readonly hits = new Map<string, number[]>();
  constructor(readonly options: CooldownOptions) {}

  /** Records a command by this user; returns when they may try again if they are over the limit. */
  take(userId: string, now = Date.now()): { ok: true } | { ok: false; retryAt: number } {
    const since = now - this.options.windowMs;
    const recent = (this.hits.get(userId) ?? []).filter((t) => t > since);
    if (recent.length >= this.options.limit) {
      this.hits.set(userId, recent);
      return { ok: false, retryAt: (recent[0] ?? now) + this.options.windowMs };
    }
    recent.push(now);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return { ok: true };
  }

  private prune(now: number): void {
    for (const [user, times] of this.hits) if (!times.some((t) => t > now - this.options.windowMs)) this.hits.delete(user);
  }
}

/** A short id to quote in an error message and find in the log. */
function errorId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Whether Discord no longer knows the interaction: the 3-second window for the first answer was missed
 * ("Unknown interaction") or its 15-minute token expired before the answer ("Unknown Webhook"). Nothing
 * can reach the user any more, so it is a warning, not a failure to report to them.
 */
export function isGoneInteraction(err: unknown): boolean {
  return err instanceof DiscordAPIError && (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.UnknownWebhook);
}

/** An interaction or webhook token in an address: a 15-minute credential, kept out of the log. */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?]+/g;

/** The address with interaction tokens masked. */
export function maskTokens(url: string): string {
  return url.replace(TOKEN_IN_PATH, '$1:token');
}

/** The error, with the interaction token in its request address masked before it is logged. */
function loggable(err: unknown): unknown {
  if ((err instanceof DiscordAPIError || err instanceof HTTPError) && typeof err.url === 'string') err.url = maskTokens(err.url);
  return err;
}

/** The name to credit someone by: server nickname, else display name; never a mention. */
function displayName(i: Interaction): string {
  const m = i.member;
  if (m instanceof GuildMember) return m.displayName;
  if (m && typeof m === 'object' && 'nick' in m && typeof m.nick === 'string' && m.nick) return m.nick;
  return i.user.displayName;
}

function replyOptions(m: RenderedMessage): InteractionReplyOptions {
  return {
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    allowedMentions: m.allowed_mentions,
    flags: m.flags as InteractionReplyOptions['flags'],
  };
}

/** A page turn replaces the message in place; it stays as private as it was. */
function updateOptions(m: RenderedMessage): InteractionUpdateOptions {
  return { content: m.content ?? null, embeds: m.embeds, components: m.components, allowedMentions: m.allowed_mentions };
}

/** Edits keep the ephemeral state set when the reply was deferred; a message cannot change it. */
function editOptions(m: RenderedMessage): InteractionEditReplyOptions {
  return { content: m.content ?? null, embeds: m.embeds, components: m.components, allowedMentions: m.allowed_mentions };
}

function slashOptions(i: ChatInputCommandInteraction): OptionValues {
  const out: Record<string, string | number | boolean> = {};
  const collect = (data: readonly CommandInteractionOption[]): void => {
    for (const o of data) {
      // A subcommand (or group) carries its own options: its name is given as `subcommand`.
      if (o.type === ApplicationCommandOptionType.Subcommand) out.subcommand = o.name;
      if (o.type === ApplicationCommandOptionType.SubcommandGroup) out.group = o.name;
      if (o.options) collect(o.options);
      else if (o.value !== undefined && o.value !== null) out[o.name] = o.value;
    }
  };
  collect(i.options.data);
  return out;
}

/** Who is asking, with the Manage Server permission as Discord computed it for the member. */
function callerOf(i: Interaction): Caller {
  return { userId: i.user.id, guildId: i.guildId, canManageGuild: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false };
}

const EPHEMERAL = MessageFlags.Ephemeral as number;

type RepliableAnswerable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

export type RouterOptions = Omit<BotOptions, 'config' | 'handleSignals' | 'answerThread'> & {
  /** How a deferred reply is edited (default: discord.js's editReply); startBot sends edits outside the global limit. */
  editReply?: ReplyEdit;
  /** Where answers are worked out when it holds the engine in service (see src/answer-thread/). */
  answerThread?: AnswerThread;
};

/** Routes interactions; exported for tests that drive it without a gateway. */
export class InteractionRouter {
  private readonly byName: Map<string, Command>;
  private readonly cooldown: Cooldown;
  /** Deferrals made while an interaction waited its turn (see ArrivalQueue), under way or done. */
  private readonly early = new WeakMap<Interaction, Promise<unknown>>();
  /** Ends an interaction's turn of the queue once its answer is worked out, before it is sent. */
  private readonly workedOut = new WeakMap<Interaction, () => void>();

  constructor(private readonly options: RouterOptions) {
    this.byName = new Map(options.commands.map((c) => [commandName(c), c]));
    this.cooldown = new Cooldown(options.cooldown ?? DEFAULT_COOLDOWN);
  }

  private context(i: Interaction): CommandContext {
    const ctx: CommandContext = { engine: this.options.engine(), commands: this.options.commands, caller: callerOf(i), logger: this.options.logger };
    if (this.options.corpusDir) ctx.corpus = { dir: this.options.corpusDir, current: this.options.engine };
    return ctx;
  }

  /** The interaction as a turn of the arrival queue: handled in its turn, deferred if it waits too long. */
  turn(i: Interaction): Turn {
    return {
      createdAt: i.createdTimestamp,
      acknowledge: () => this.acknowledgeEarly(i),
      // Its turn ends once the answer is worked out (see respond), or the interaction is handled.
      run: () =>
        new Promise<void>((workedOut) => {
          this.workedOut.set(i, workedOut);
          void this.handle(i).finally(() => workedOut());
        }),
    };
  }

  /**
   * Defers an interaction still waiting its turn, the way its answer will need: a private deferral for a
   * command, a deferred update for its asker's page turn. Anything else (autocomplete, sharing, the notes
   * other buttons get) cannot be acknowledged ahead without knowing its answer: false.
   */
  acknowledgeEarly(i: Interaction): boolean {
    if (this.early.has(i)) return true;
    let ack: Promise<unknown>;
    if (i.isChatInputCommand() || i.isMessageContextMenuCommand()) ack = i.deferReply({ flags: 'Ephemeral' });
    else if (i.isButton() && this.isOwnPageTurn(i)) ack = i.deferUpdate();
    else return false;
    // Awaited in the interaction's turn, which reports a failure; until then it must not count as unhandled.
    ack.catch(() => undefined);
    this.early.set(i, ack);
    return true;
  }

  private isOwnPageTurn(i: ButtonInteraction): boolean {
    if (i.customId === SHARE_ID) return false;
    const target = parsePageId(i.customId);
    return target !== null && target !== 'expired' && target.userId === i.user.id;
  }

  /** Handles one interaction; never throws. */
  async handle(i: Interaction): Promise<void> {
    const log = this.options.logger;
    let what = 'interaction';
    let options: OptionValues = {};
    try {
      if (i.isAutocomplete()) return await this.autocomplete(i);
      if (i.isChatInputCommand()) {
        what = i.commandName;
        options = slashOptions(i);
        return await this.command(i, i.commandName, options);
      }
      if (i.isMessageContextMenuCommand()) {
        what = i.commandName;
        options = { text: i.targetMessage.content };
        return await this.command(i, i.commandName, options);
      }
      if (i.isButton()) {
        what = `button ${i.customId}`;
        return await this.button(i);
      }
      if (i.isRepliable()) await i.reply(replyOptions(renderNote('I do not know what to do with that.')));
    } catch (err) {
      if (isGoneInteraction(err)) {
        const code = (err as DiscordAPIError).code;
        log.warn({ command: what, user: i.user.id, code, err: loggable(err) }, 'interaction expired or was already answered; nothing more to send');
        return;
      }
      const id = errorId();
      log.error({ errorId: id, command: what, options, user: i.user.id, err: loggable(err) }, 'interaction failed');
      await this.fail(i, id).catch((e: unknown) => log.error({ errorId: id, err: loggable(e) }, 'could not tell the user about an error'));
    }
  }

  private async fail(i: Interaction, id: string): Promise<void> {
    if (i.isAutocomplete()) {
      if (!i.responded) await i.respond([]);
      return;
    }
    if (!i.isRepliable()) return;
    const note = renderNote(`Something went wrong on my side, sorry. Please try again in a moment. (error id \`${id}\`)`, { error: true });
    if (i.deferred || i.replied) {
      // A deferred command's reply is private already; a deferred page update would overwrite the page.
      if (i.isButton()) await i.followUp(replyOptions(note));
      else await i.editReply(editOptions(note));
    } else await i.reply(replyOptions(note));
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const command = this.byName.get(i.commandName);
    const focused = i.options.getFocused(true);
    if (!command?.autocomplete) return void (await i.respond([]));
    let choices: Choice[];
    try {
      choices = command.autocomplete(this.context(i), focused.name, String(focused.value));
    } catch (err) {
      this.options.logger.error({ errorId: errorId(), command: i.commandName, option: focused.name, typed: focused.value, err: loggable(err) }, 'autocomplete failed');
      choices = [];
    }
    await i.respond(renderChoices(choices));
  }

  /**
   * The reply to a command: on the answer thread when there is one that can give it, here otherwise (on the
   * engine in service then). Awaited, so that a command that ever answers asynchronously is handled too.
   */
  private async work(i: Interaction, request: ReplyRequest): Promise<WorkedReply> {
    const command = this.byName.get(request.command);
    const thread = this.options.answerThread;
    if (command && thread && !command.mainThreadOnly) {
      const worked = await thread.reply(this.options.engine(), request, callerOf(i));
      if (worked) return worked;
    }
    if (!command) return renderReply({ kind: 'error', error: { code: 'unknown_command', message: `I do not know the command "${request.command}" any more. /help lists what I can do.` } }, request);
    return renderReply(await command.run(this.context(i), request.options), request);
  }

  /**
   * Sends the message `produce` makes as the interaction's callback: a private reply to a command, or the
   * page in place of the old one for a button. Only when it cannot be ready in time does it acknowledge
   * first (a private deferral, or a deferred update) and then edit the reply: when the queue acknowledged
   * it while it waited its turn, when it is already older than the budget on arrival, or when an
   * asynchronous answer is not ready within what is left of it. Age is measured from the interaction's
   * snowflake, so a local clock running ahead makes the bot defer more often, never answer late. Returns
   * whether it deferred.
   */
  private async respond(i: RepliableAnswerable, how: 'reply' | 'update', produce: () => RenderedMessage | Promise<RenderedMessage>): Promise<boolean> {
    const budget = this.options.deferAfterMs ?? DEFER_AFTER_MS;
    const age = Date.now() - i.createdTimestamp;
    const defer = (): Promise<unknown> => (how === 'update' && i.isButton() ? i.deferUpdate() : i.deferReply({ flags: 'Ephemeral' }));
    let acknowledged = this.early.get(i) ?? (age >= budget ? defer() : undefined);
    // Started at once, not after the deferral's round trip: the answer is worked out in this interaction's
    // turn of the queue, and the reply leaves before the next is looked at.
    const pending = (async () => produce())();
    const workedOut = (): void => this.workedOut.get(i)?.();
    pending.then(workedOut, workedOut);
    if (!acknowledged) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, budget - age))));
      const ready = await Promise.race([pending.then(() => true, () => true), late]);
      clearTimeout(timer);
      if (!ready) acknowledged = defer();
    }
    if (acknowledged) await acknowledged;
    const message = await pending;
    if (acknowledged) await this.edit(i, message);
    else if (how === 'update' && i.isButton()) await i.update(updateOptions(message));
    // Every answer to a command is private; the renderer marks it so, and a reply must say it itself.
    else await i.reply({ ...replyOptions(message), flags: ((message.flags ?? 0) | EPHEMERAL) as InteractionReplyOptions['flags'] });
    return acknowledged !== undefined;
  }

  /** A private note as the reply, or as the edit of the deferral made while the interaction waited its turn. */
  private async note(i: RepliableAnswerable, m: RenderedMessage): Promise<void> {
    const early = this.early.get(i);
    if (!early) return void (await i.reply(replyOptions(m)));
    await early;
    await this.edit(i, m);
  }

  private async edit(i: RepliableAnswerable, m: RenderedMessage): Promise<void> {
    if (this.options.editReply) await this.options.editReply(i, m);
    else await i.editReply(editOptions(m));
  }

  private async command(i: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, name: string, options: OptionValues): Promise<void> {
    const gate = this.cooldown.take(i.user.id);
    if (!gate.ok) {
      const at = Math.ceil(gate.retryAt / 1000);
      await this.note(i, renderNote(`You are asking faster than I can answer. Please try again <t:${at}:R>.`));
      return;
    }
    let kind = '';
    const deferred = await this.respond(i, 'reply', async () => {
      const worked = await this.work(i, { command: name, options, userId: i.user.id, page: 0, paged: Boolean(this.byName.get(name)?.paged) });
      kind = worked.kind;
      return worked.message;
    });
    this.options.logger.info({ command: name, user: i.user.id, kind, deferred }, 'answered');
  }

  private async button(i: ButtonInteraction): Promise<void> {
    if (i.customId === SHARE_ID) {
      const embeds = i.message.embeds.map((e) => e.toJSON());
      if (embeds.length === 0) return void (await i.reply(replyOptions(renderNote('There is nothing in that message to share.'))));
      await i.reply(replyOptions(renderShared(embeds, displayName(i))));
      this.options.logger.info({ user: i.user.id, message: i.message.id }, 'shared');
      return;
    }
    const target = parsePageId(i.customId);
    if (target === null) {
      await i.reply(replyOptions(renderNote('That button is no longer active. Run the command again for a fresh answer.')));
      return;
    }
    if (target === 'expired') {
      await i.reply(replyOptions(renderNote('These pages have expired. Run the command again to page through a fresh answer.')));
      return;
    }
    if (target.userId !== i.user.id) {
      await i.reply(replyOptions(renderNote(`Only the person who asked can turn these pages. Run /${target.command} yourself to get your own copy.`)));
      return;
    }
    await this.respond(i, 'update', async () => (await this.work(i, { command: target.command, options: target.options, userId: target.userId, page: target.page, paged: true })).message);
  }
}

/** The route as people write it (discord.js percent-encodes the @ of @original). */
function readableRoute(route: string): string {
  try {
    return decodeURIComponent(route);
  } catch {
    return route;
  }
}

/**
 * Logs what the connection goes through. discord.js recovers by itself (resume after a dropped socket,
 * RECONNECT or missed heartbeat acknowledgements; identify again after an invalid session; REST retries
 * after a 429, a 5xx or a reset socket): these lines say it happened.
 */
function watchConnection(client: Client, logger: Logger, rests: readonly REST[]): void {
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardError, (err, shard) => logger.error({ shard, err }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (e, shard) => logger.error({ shard, code: e.code }, 'gateway disconnected for good'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway session ready'));
  for (const rest of rests) rest.on(RESTEvents.Response, (request, response) => {
    // Only the status and headers matter; the clone's body would otherwise wait to be read.
    if (response.body && 'cancel' in response.body) response.body.cancel().catch(() => undefined);
    const status = response.status;
    if (status !== 429 && status < 500) return;
    // The route has the interaction token masked; the path does not.
    const where = { method: request.method.toUpperCase(), route: readableRoute(request.route), status, attempt: request.retries + 1 };
    if (status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      logger.warn({ ...where, retryAfterSeconds: retryAfter, scope: response.headers.get('x-ratelimit-scope'), global: response.headers.has('x-ratelimit-global') }, 'Discord rate limited a request; retrying after the wait it asked for');
    } else {
      const retrying = request.retries < rest.options.retries;
      logger.warn({ ...where, retrying }, retrying ? 'Discord answered a request with a server error; retrying' : 'Discord answered a request with a server error; giving up');
    }
  });
}

/**
 * Connects to Discord (REST base from `config.apiUrl`, gateway address from its /gateway/bot) and answers
 * interactions until stopped. Never registers commands: that is `npm run deploy-commands`.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: the bot cannot connect to Discord without it');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      api: config.apiUrl,
      // discord.js keeps a request queue per interaction token; sweep idle ones every 30 s, not every hour.
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
    },
    allowedMentions: { parse: [] },
    // Every interaction carries its user and member, so the bot needs no cache of people: without a limit it
    // would keep everyone who ever used it.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: PEOPLE_CACHE_SIZE, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: PEOPLE_CACHE_SIZE, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });
  const editor = replyEditor({ api: config.apiUrl, handlerSweepInterval: REST_HANDLER_SWEEP_MS });
  const { answerThread: threaded, ...routed } = options;
  const answerThread = threaded ? AnswerThread.start(options.engine(), logger) : undefined;
  // The answer thread warms itself up; without it, this thread does, before the gateway brings anything.
  if (!answerThread) warmUp(options.engine(), options.commands);
  const router = new InteractionRouter({ ...routed, corpusDir: options.corpusDir ?? config.corpusDir, editReply: editor.edit, ...(answerThread ? { answerThread } : {}) });
  // With an answer thread, a few under way at once keep it busy (one worked out while others' answers
  // travel back) while the rest wait in the queue, where their age and the pace decide deferrals.
  const queue = new ArrivalQueue({ acknowledgeAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS, ...(answerThread ? { inFlight: ANSWER_THREAD_IN_FLIGHT } : {}) });
  client.on(Events.InteractionCreate, (i) => queue.push(router.turn(i)));
  watchConnection(client, logger, [client.rest, editor.rest]);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.discordToken);
  await ready;
  // Taking interactions before the answer thread holds the engine would answer them here, on this thread,
  // while the thread starts on the same cores: wait for it (it starts while the gateway connects), but
  // never for long, since this thread answers anything the answer thread cannot.
  if (answerThread) await answerThread.whenHolding(options.engine(), ANSWER_THREAD_START_MS);
  // Under the ShardingManager each process runs some shards of totalShards: say which, to read logs by shard.
  const shards = client.options.shards === 'auto' ? undefined : client.options.shards;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards, totalShards: client.options.shardCount, commands: options.commands.length }, 'connected to Discord');

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await client.destroy();
      editor.stop();
      await answerThread?.close();
      logger.info('disconnected from Discord');
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  if (options.handleSignals ?? true) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { client, replyEdits: editor.rest, stop, ...(answerThread ? { answerThread } : {}) };
}
