import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commandName, type Command } from '../src/command.ts';

const here = dirname(fileURLToPath(import.meta.url));

function isCommand(x: unknown): x is Command {
  return typeof x === 'object' && x !== null && 'definition' in x && typeof (x as Command).run === 'function';
}

/**
 * Finds every command module in this folder (one file each, default export `satisfies Command`), so adding a
 * command means adding a file. Sorted by name for a stable /help and registration.
 */
export async function loadCommands(): Promise<Command[]> {
  const files = readdirSync(here).filter((f) => /\.(ts|js)$/.test(f) && !/^index\./.test(f) && !f.endsWith('.d.ts'));
  const commands: Command[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { default?: unknown };
    if (!isCommand(mod.default)) throw new Error(`commands/${f} does not export a command (default export with definition and run)`);
    commands.push(mod.default);
  }
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(commandName(c))) throw new Error(`Two command modules define "${commandName(c)}"`);
    names.add(commandName(c));
  }
  return commands.sort((a, b) => commandName(a).localeCompare(commandName(b)));
}
