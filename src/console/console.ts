import { createInterface } from 'node:readline';
import { commandName, commandOptions, type Command, type OptionValues } from '../command.ts';
import type { Engine } from '../engine/engine.ts';
import type { Answer } from '../types.ts';
import { renderText } from './text.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** What a typed line asks for: a command and its options, or a message for the person. */
export type ParsedLine =
  | { type: 'command'; command: Command; options: Record<string, string> }
  | { type: 'quit' }
  | { type: 'empty' }
  | { type: 'message'; text: string };

/** A console name for each command: slash commands by name, "Find sources" as find-sources. */
export function consoleName(command: Command): string {
  return commandName(command).toLowerCase().replace(/\s+/g, '-');
}

function optionNames(command: Command): string[] {
  const names = commandOptions(command).map((o) => o.name);
  // A command without options takes any words typed after it as `text`, which it ignores.
  return names.length ? names : ['text'];
}

/**
 * Parses a console line as typed in Discord: `/ask question: Where did they meet?`. A command with one
 * text option also takes it bare (`/ask Where did they meet?`).
 */
export function parseLine(line: string, commands: readonly Command[]): ParsedLine {
  const trimmed = line.trim();
  if (!trimmed) return { type: 'empty' };
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const name = (m?.[1] ?? '').toLowerCase();
  const rest = m?.[2] ?? '';
  if (name === 'quit' || name === 'exit') return { type: 'quit' };
  const command = commands.find((c) => consoleName(c) === name);
  if (!command) {
    const known = offeredHere(commands).map((c) => `/${consoleName(c)}`).join(', ');
    return { type: 'message', text: `Unknown command "/${name}". Commands: ${known}, /quit. Type /help for examples.` };
  }
  const names = optionNames(command);
  const options: Record<string, string> = {};
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
  const marks = [...rest.matchAll(pattern)];
  if (marks.length === 0) {
    if (rest.trim()) {
      if (names.length === 1) options[names[0]!] = rest.trim();
      else return { type: 'message', text: `Give options as name: value (${names.map((n) => `${n}:`).join(' ')}). Example: ${command.example}` };
    }
  } else {
    if (rest.slice(0, marks[0]!.index).trim()) {
      return { type: 'message', text: `I could not read "${rest.slice(0, marks[0]!.index).trim()}". Give options as name: value. Example: ${command.example}` };
    }
    marks.forEach((mark, i) => {
      const start = mark.index + mark[0].length;
      const end = i + 1 < marks.length ? marks[i + 1]!.index : rest.length;
      options[mark[1]!.toLowerCase()] = rest.slice(start, end).trim();
    });
  }
  return { type: 'command', command, options };
}

/**
 * The commands the console offers: a Discord-only command (it needs who is asking) still answers when typed,
 * with its refusal, but /help and the unknown-command hint leave it out, as the command line's usage does.
 */
export function offeredHere(commands: readonly Command[]): Command[] {
  return commands.filter((c) => !c.discordOnly);
}

/** Runs one parsed command, turning any failure into a friendly answer rather than a stack trace. */
export async function runCommand(command: Command, engine: Engine, commands: readonly Command[], options: OptionValues): Promise<Answer> {
  try {
    return await command.run({ engine, commands: offeredHere(commands) }, options);
  } catch (e) {
    return { kind: 'error', error: { code: 'internal', message: `Something went wrong while answering (${(e as Error).name}). Please try again.` } };
  }
}

/**
 * The local console: a person types the same commands as in Discord and reads the rendered answers. Ends
 * on Ctrl-D or /quit. The engine is a getter because a corpus change swaps it.
 */
export async function runConsole(options: {
  engine: () => Engine;
  commands: readonly Command[];
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const width = Math.min(Math.max((output as { columns?: number }).columns ?? 80, 40), 120);
  const rl = createInterface({ input, output, terminal: interactive, prompt: '> ' });
  const docs = options.engine().documents.length;
  output.write(`Summit sources console: ${docs} document${docs === 1 ? '' : 's'} loaded. Type /help for commands, /quit or Ctrl-D to leave.\n`);
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const parsed = parseLine(line, options.commands);
    if (parsed.type === 'quit') break;
    if (parsed.type === 'message') output.write(`${parsed.text}\n`);
    if (parsed.type === 'command') {
      const answer = await runCommand(parsed.command, options.engine(), options.commands, parsed.options);
      output.write(`${renderText(answer, width)}\n\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  output.write('Bye.\n');
}
