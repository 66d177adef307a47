// The builders alone, not discord.js: the console and the command line need no Discord client, and
// importing discord.js costs a few hundred milliseconds at every start.
import type { ContextMenuCommandBuilder, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Engine } from './engine/engine.ts';
import type { Answer } from './types.ts';

/** Option values as a face collected them: Discord's interaction options, console `name: value` pairs. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** What a handler is given: the engine in service now, and the list of commands (for /help). */
export interface CommandContext {
  engine: Engine;
  commands: readonly Command[];
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
  definition: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | ContextMenuCommandBuilder;
  /** One line for /help and the console. */
  description: string;
  /** How to type it in the console, and an example. */
  usage: string;
  example: string;
  /** Long answers are shown a page at a time. */
  paged?: boolean;
  /**
   * Options only the command line offers, which Discord's definition has no room for (a result count):
   * option name → what to type, e.g. `{ limit: 'N' }`. `run` reads them like any other option.
   */
  cliOptions?: Readonly<Record<string, string>>;
  run(ctx: CommandContext, options: OptionValues): Answer;
  autocomplete?(ctx: CommandContext, option: string, typed: string): Choice[];
}

/** The JSON Discord registers for a command. */
export function commandJSON(command: Command): RESTPostAPIApplicationCommandsJSONBody {
  return command.definition.toJSON();
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
