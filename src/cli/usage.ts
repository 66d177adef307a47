import { commandName, commandOptions, type Command } from '../command.ts';
import { parseLine, consoleName } from '../console/console.ts';
import type { LocalCommand } from './local.ts';

/** How the command line is started, as the usage text shows it. */
export const INVOCATION = 'npm run --silent cli -- <command> [arguments] [--json] [--corpus <dir>]';

/**
 * A command's arguments as typed on the command line: its required text option as the words after the
 * name, every other option as a flag; the flags Discord has no room for (`cliOptions`) after them.
 */
export function commandArgs(command: Command): string {
  const parts: string[] = [];
  for (const o of commandOptions(command)) {
    const value = o.choices.length ? o.choices.join('|') : o.type === 5 ? '' : `<${o.name}>`;
    parts.push(o.required ? `<${o.name}>` : `[--${o.name}${value ? ` ${value}` : ''}]`);
  }
  for (const [name, value] of Object.entries(command.cliOptions ?? {})) parts.push(`[--${name} ${value}]`);
  return parts.join(' ');
}

/** The command's own example (written for Discord and the console) as a command line, or undefined. */
export function cliExample(command: Command, commands: readonly Command[]): string | undefined {
  const parsed = parseLine(command.example, commands);
  if (parsed.type !== 'command' || parsed.command !== command) return undefined;
  const required = commandOptions(command).filter((o) => o.required).map((o) => o.name);
  const words = [consoleName(command)];
  for (const name of required) if (parsed.options[name] !== undefined) words.push(shellWord(parsed.options[name]!));
  for (const [name, value] of Object.entries(parsed.options)) if (!required.includes(name)) words.push(`--${name}`, shellWord(value));
  return words.join(' ');
}

// Words with spaces or quotes are shown in double quotes, as a shell reads them.
function shellWord(s: string): string {
  return /^[\w.#:/@+-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** One command as the usage lists it. */
export interface UsageEntry {
  name: string;
  /** The command line that runs it, with its arguments. */
  usage: string;
  description: string;
  example: string | undefined;
}

/** A command only Discord runs, and what to do on the command line instead. */
export interface DiscordOnlyEntry {
  /** As typed in Discord, e.g. `/corpus`. */
  name: string;
  instead: string;
}

/**
 * Every command the command line runs, with its arguments, what it does, and an example when it has one,
 * by name. Commands only Discord runs are left out: typed here they only refuse (see `discordOnlyEntries`).
 */
export function usageEntries(commands: readonly Command[], local: readonly LocalCommand[]): UsageEntry[] {
  const entry = (name: string, args: string, description: string, example: string | undefined): UsageEntry => ({
    name,
    usage: [name, args].filter(Boolean).join(' '),
    description,
    example,
  });
  return [
    ...commands.filter((c) => !c.discordOnly).map((c) => entry(consoleName(c), commandArgs(c), c.description, cliExample(c, commands))),
    ...local.map((c) => entry(c.name, c.args, c.description, c.needs?.example)),
    entry('help', '', 'This text (also --help).', undefined),
  ].sort((a, b) => a.name.localeCompare(b.name));
}

/** The commands only Discord runs, each with what the command line offers instead, by name. */
export function discordOnlyEntries(commands: readonly Command[]): DiscordOnlyEntry[] {
  return commands
    .flatMap((c) => (c.discordOnly ? [{ name: `/${commandName(c)}`, instead: c.discordOnly.instead }] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The usage text for a person. */
export function usage(entries: readonly UsageEntry[], discordOnly: readonly DiscordOnlyEntry[] = []): string {
  const lines = [`Usage: ${INVOCATION}`, '', 'Commands:'];
  for (const e of entries) {
    lines.push(`  ${e.usage}`, `      ${e.description}`);
    if (e.example) lines.push(`      e.g. ${e.example}`);
  }
  if (discordOnly.length) lines.push('', 'Only in Discord:', ...discordOnly.map((d) => `  ${d.name}: here, ${d.instead}`));
  return lines.join('\n');
}
