/**
 * `npm run deploy-commands`: registers every command with one bulk overwrite (PUT), in DISCORD_GUILD_ID's
 * server when set (instant, for development), else globally. Starting the bot never registers anything.
 */
import { REST, Routes } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { commandJSON, commandName, type Command } from '../command.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  names: string[];
}

/** Overwrites the application's commands with these, in one PUT. Throws naming what is missing. */
export async function deployCommands(config: Config, commands: readonly Command[]): Promise<DeployResult> {
  const missing = [!config.discordToken && 'DISCORD_TOKEN', !config.applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (missing.length) throw new Error(`Cannot register commands: ${missing.join(' and ')} must be set`);
  const rest = new REST({ api: config.apiUrl }).setToken(config.discordToken as string);
  const app = config.applicationId as string;
  const route = config.guildId ? Routes.applicationGuildCommands(app, config.guildId) : Routes.applicationCommands(app);
  const registered = (await rest.put(route, { body: commands.map(commandJSON) })) as { name: string }[];
  return {
    scope: config.guildId ? 'guild' : 'global',
    guildId: config.guildId ?? null,
    names: Array.isArray(registered) ? registered.map((c) => c.name) : commands.map(commandName),
  };
}

/** One line per command, for the person who ran the script. */
export function describeDeploy(r: DeployResult): string {
  const where = r.scope === 'guild' ? `in server ${r.guildId} (available now)` : 'globally (may take up to an hour to appear everywhere)';
  return `Registered ${r.names.length} command${r.names.length === 1 ? '' : 's'} ${where}:\n${r.names.map((n) => `  ${/\s|[A-Z]/.test(n) ? n : `/${n}`}`).join('\n')}`;
}

async function main(): Promise<void> {
  try {
    const config = loadConfig();
    const { loadCommands } = await import('../../commands/index.ts');
    const result = await deployCommands(config, await loadCommands());
    console.log(describeDeploy(result));
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : `deploy-commands failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
