/**
 * The bot through the fake Discord: many interactions dispatched at once to the real bot, each timed from
 * dispatch to its callback.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface DiscordResult {
  measured: true;
  corpus: string;
  sent: number;
  answered: number;
  p50: number;
  p99: number;
  max: number;
}

/** Dispatches `count` interactions at once; says why instead when the fake Discord or the bot is missing. */
export async function measureDiscord(root: string, count: number): Promise<DiscordResult | { measured: false; reason: string }> {
  if (!existsSync(join(root, 'tests', 'fake-discord'))) return { measured: false, reason: 'fake Discord not available' };
  return { measured: false, reason: `fake Discord found, but the benchmark does not drive it yet (${count} interactions wanted)` };
}
