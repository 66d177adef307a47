// The builders alone, not discord.js: the console and the command line need no Discord client, and
// importing discord.js costs a few hundred milliseconds at every start.
import type { ContextMenuCommandBuilder, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder, SlashCommandSubcommandsOnlyBuilder } from '@discordjs/builders';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Engine } from './engine/engine.ts';
import type { Logger } from './log.ts';
import type { Answer } from './types.ts';

/** Option values as a face collected them: Discord's interaction options, console `name: value` pairs. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** Who ran a command in Discord, and whether Discord says they may manage the server. */
export interface Caller {
  userId: string;
  guildId: string | null;
  /** The Manage Server permission, from the member's permissions in the interaction. */
  canManageGuild: boolean;
}

/** The corpus folder and the engine in service as it changes, for commands that change the corpus. */
export interface CorpusAccess {
  dir: string;
  /** The engine in service now (the watcher swaps it after a change). */
  current(): Engine;
}

/**
 * What a handler is given: the engine in service now, and the list of commands (for /help); in Discord
 * also who is asking, the corpus folder and a logger.
 */
export interface CommandContext {
  engine: Engine;
  commands: readonly Command[];
  caller?: Caller;
  corpus?: CorpusAccess;
  logger?: Logger;
}

/** One autocomplete suggestion, as Discord shows it. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * A command: its Discord definition and a handler that asks the engine and returns an answer (data, never
 * formatted text). Discord, the console and the command line render the same answer.
 */
export interface Command {
  definition: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder | ContextMenuCommandBuilder;
  /** One line for /help and the console. */
  description: string;
  /** How to type it in the console, and an example. */
  usage: string;
  example: string;
  /** Long answers are shown a page at a time. */
  paged?: boolean;
  /**
   * Answered on the thread that speaks to Discord, never on the answer thread: a command that changes the
   * corpus or needs the live engine and the corpus folder (see src/answer-thread/).
   */
  mainThreadOnly?: boolean;
  /**
   * Options only the command line offers, which Discord's definition has no room for (a result count):
   * option name → what to type, e.g. `{ limit: 'N' }`. `run` reads them like any other option.
   */
  cliOptions?: Readonly<Record<string, string>>;
  /**
   * Only Discord can do it (it needs who is asking, and the corpus folder the live bot watches): elsewhere
   * `run` only refuses. The command line's usage leaves it out and says `instead`, what to type there for the
   * same effect, in one line.
   */
  discordOnly?: { instead: string };
  /** Most commands answer at once; one that waits (on the network, on a reload) returns a promise. */
  run(ctx: CommandContext, options: OptionValues): Answer | Promise<Answer>;
  autocomplete?(ctx: CommandContext, option: string, typed: string): Choice[];
}

/**
 * The JSON Discord registers for a command. `default_member_permissions` goes as the integer Discord's
 * published API schema asks for in a request (the builders write it as a string, which is how Discord
 * returns it).
 */
export function commandJSON(command: Command): RESTPostAPIApplicationCommandsJSONBody {
  const json = command.definition.toJSON();
  const permissions = json.default_member_permissions;
  if (typeof permissions === 'string' && /^\d+$/.test(permissions) && Number.isSafeInteger(Number(permissions))) {
    return { ...json, default_member_permissions: Number(permissions) as unknown as string };
  }
  return json;
}

/** The command's name as Discord and the console know it. */
export function commandName(command: Command): string {
  return command.definition.name;
}

/** One option of a command as its definition declares it. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Discord's option type: 3 text, 4 whole number, 5 true/false, 10 number. */
  type: number;
  /** The values allowed, when the definition lists them. */
  choices: string[];
}

/**
 * The options a command takes, from its Discord definition. A context-menu command has none in Discord; the
 * console and the command line give it the message's words as a required `text` option.
 */
export function commandOptions(command: Command): CommandOption[] {
  const json = commandJSON(command) as {
    type?: number;
    options?: { name: string; description: string; required?: boolean; type: number; choices?: { value: unknown }[] }[];
  };
  const options = (json.options ?? []).map((o) => ({
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    type: o.type,
    choices: (o.choices ?? []).map((c) => String(c.value)),
  }));
  // Discord's command types: 1 a slash command, 2 on a user, 3 on a message.
  const contextMenu = json.type === 2 || json.type === 3;
  return contextMenu ? [{ name: 'text', description: 'The text of a message', required: true, type: 3, choices: [] }] : options;
}
