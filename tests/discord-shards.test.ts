/**
 * `npm run start:sharded` end to end: discord.js's ShardingManager runs the bot in two processes against the
 * fake Discord, which gives each shard only the servers Discord routes to it ((guild_id >> 22) % 2) and sends
 * each interaction only to the shard that owns its server. Every interaction must be answered exactly once,
 * by the process of that shard; SIGTERM stops the manager and both shards, each closing its gateway cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser, slash, type InteractionPayload } from './fake-discord/interactions.ts';
import { spawnBot } from './fake-discord/process.ts';
import { FAKE, FakeDiscord, isInteractionCallback, shardOf, type FakeGuild } from './fake-discord/server.ts';

const SHARDS = 2;
/** Four servers, two per shard: consecutive timestamps in the snowflake alternate between the shards. */
const GUILDS: FakeGuild[] = [0n, 1n, 2n, 3n].map((n) => ({
  id: String((((BigInt(FAKE.guildId) >> 22n) + n) << 22n) | 2n),
  channelId: String(BigInt(FAKE.channelId) + n),
}));

interface LogLine {
  pid?: number;
  msg?: string;
  user?: string;
  shards?: number[];
  totalShards?: number;
  guilds?: number;
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord({ guilds: GUILDS }).start();
});
afterAll(async () => {
  await fake.close();
});

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, ok: () => boolean, timeoutMs: number): Promise<void> {
  for (const end = Date.now() + timeoutMs; !ok(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('npm run start:sharded', () => {
  it('runs two shards that each answer the interactions of their own servers, and stops them on SIGTERM', async () => {
    expect(GUILDS.map((g) => shardOf(g.id, SHARDS)).sort()).toEqual([0, 0, 1, 1]);
    const { child, stdout, stderr, exited } = spawnBot('src/discord/shard.ts', { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: String(SHARDS), CORPUS_DIR: 'corpus', LOG_LEVEL: 'info' });
    // The shards' processes share the manager's stdout: one JSON line per write, each with its pid.
    const lines = (): LogLine[] =>
      stdout()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as LogLine);
    const connected = () => lines().filter((l) => l.msg === 'connected to Discord');

    try {
      let gone = false;
      void exited.then(() => (gone = true));
      // The manager waits 5.5 s between spawning shards, as Discord's identify limit asks.
      await until('both shards to connect', () => connected().length === SHARDS || gone, 25_000);
      expect(gone, `the manager exited early: ${stderr()}`).toBe(false);

      // Each shard identified with its own [id, count] and got only its own servers.
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
      const byPid = new Map(connected().map((l) => [l.pid, l]));
      expect(byPid.size).toBe(SHARDS);
      expect(connected().map((l) => [l.shards, l.totalShards, l.guilds]).sort()).toEqual([[[0], 2, 2], [[1], 2, 2]]);
      const sessionShard = new Map(fake.identifies.map((i) => [i.session, i.shard?.[0]]));

      const sent: { payload: InteractionPayload; shard: number }[] = [];
      for (let round = 0; round < 3; round++) {
        for (const g of GUILDS) {
          const payload = slash('sources', {}, newUser(), { guildId: g.id, channelId: g.channelId });
          const sessions = fake.dispatch('INTERACTION_CREATE', payload);
          // Discord sends a server's interactions to the one shard that owns it, and only there.
          expect(sessions.map((s) => sessionShard.get(s))).toEqual([shardOf(g.id, SHARDS)]);
          sent.push({ payload, shard: shardOf(g.id, SHARDS) });
        }
      }
      await Promise.all(sent.map(({ payload }) => fake.waitFor((r) => r.token === payload.token && isInteractionCallback(r) && r.status === 204, 15_000)));
      // Let any stray second answer arrive before counting.
      await new Promise((r) => setTimeout(r, 300));

      for (const { payload, shard } of sent) {
        const reqs = fake.requestsFor(payload.token);
        expect(reqs.map((r) => `${r.method} ${isInteractionCallback(r) ? 'callback' : r.path} ${r.status}`)).toEqual(['POST callback 204']);
        const body = reqs[0]?.body as { type: number; data: { flags?: number; embeds?: { fields?: unknown[] }[] } };
        expect(body.type).toBe(4);
        expect(body.data.flags).toBe(64);
        expect(body.data.embeds?.[0]?.fields?.length).toBeGreaterThan(0);
        // The process that logged the answer runs the shard that owns the server.
        const answered = lines().filter((l) => l.msg === 'answered' && l.user === payload.member.user.id);
        expect(answered).toHaveLength(1);
        expect(byPid.get(answered[0]?.pid)?.shards).toEqual([shard]);
      }
      expect(new Set(sent.map((s) => s.shard))).toEqual(new Set([0, 1]));
      expect(fake.rejections).toEqual([]);

      child.kill('SIGTERM');
      const { code, signal } = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      for (const pid of byPid.keys()) expect(isAlive(pid as number), `shard process ${String(pid)} still running`).toBe(false);
      // Both shards closed their gateway connection cleanly before the manager exited.
      expect(fake.closeCodes.filter((c) => c === 1000)).toHaveLength(SHARDS);
      expect(fake.gatewayClosed).toBe(true);
      expect(stdout() + stderr()).not.toContain(FAKE.token);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      for (const l of connected()) if (l.pid && isAlive(l.pid)) process.kill(l.pid, 'SIGKILL');
    }
  }, 40_000);
});
