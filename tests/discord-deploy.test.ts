/**
 * `npm run deploy-commands` against the fake Discord: one bulk PUT of every command, in a server or
 * globally, each definition valid by Discord's schema (the fake rejects anything else). Also checks that the
 * fake itself rejects what Discord would, so the end-to-end tests can fail.
 */
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import { commandJSON, commandName } from '../src/command.ts';
import type { Config } from '../src/config.ts';
import { deployCommands, describeDeploy } from '../src/discord/deploy.ts';
import { FAKE, FakeDiscord } from './fake-discord/server.ts';
import { fakeConfig } from './fake-discord/interactions.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake.close();
});

const config = (guildId?: string): Config => fakeConfig(fake.apiUrl, { guildId });

describe('deploy-commands', () => {
  afterEach(() => {
    expect(fake.rejections).toEqual([]);
  });

  it('registers every command in the server with one PUT, with valid definitions', async () => {
    const commands = await loadCommands();
    const before = fake.requests.length;
    const result = await deployCommands(config(FAKE.guildId), commands);
    const made = fake.requests.slice(before);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${FAKE.applicationId}/guilds/${FAKE.guildId}/commands`]);
    expect(result).toEqual({ scope: 'guild', guildId: FAKE.guildId, names: commands.map(commandName) });
    const names = result.names;
    for (const n of ['ask', 'who-said', 'quotes', 'timeline', 'summary', 'sources', 'help', 'Find sources']) expect(names).toContain(n);
    expect(describeDeploy(result)).toContain(`Registered ${commands.length} commands in server ${FAKE.guildId}`);
    const body = made[0]?.body as { name: string; type?: number; options?: { name: string; autocomplete?: boolean; max_length?: number; required?: boolean }[] }[];
    const quotes = body.find((c) => c.name === 'quotes');
    expect(quotes?.options?.[0]).toMatchObject({ name: 'speaker', autocomplete: true, required: true });
    expect(body.find((c) => c.name === 'ask')?.options?.[0]).toMatchObject({ name: 'question', required: true, max_length: 300 });
    expect(body.find((c) => c.name === 'Find sources')?.type).toBe(3);
    expect(body.find((c) => c.name === 'timeline')?.options?.map((o) => o.name)).toEqual(['from', 'to', 'topic', 'source']);
  });

  it('registers globally without a server id', async () => {
    const result = await deployCommands(config(), await loadCommands());
    expect(result.scope).toBe('global');
    expect(fake.registered.get(`/api/v10/applications/${FAKE.applicationId}/commands`)).toHaveLength(result.names.length);
  });

  it('says which variable is missing', async () => {
    await expect(deployCommands({ ...config(), applicationId: undefined }, [])).rejects.toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('runs as `npm run deploy-commands` and says what it registered', async () => {
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/deploy.ts'], {
        env: { ...process.env, DISCORD_TOKEN: FAKE.token, DISCORD_APPLICATION_ID: FAKE.applicationId, DISCORD_GUILD_ID: FAKE.guildId, DISCORD_API_URL: fake.apiUrl },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
      child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Registered \d+ commands in server 200000000000000002/);
    expect(out.stdout).toContain('/who-said');
    expect(out.stdout).toContain('Find sources');
  });
});

describe('the fake Discord rejects what Discord would', () => {
  async function call(method: string, path: string, body: unknown, auth = true): Promise<number> {
    const res = await fetch(`${fake.apiUrl}/v10${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${FAKE.token}` } : {}) },
      body: JSON.stringify(body),
    });
    return res.status;
  }

  it('a command definition with a too-long description or bad name', async () => {
    const ok = commandJSON((await loadCommands())[0]!);
    fake.rejections.length = 0;
    expect(await call('PUT', `/applications/${FAKE.applicationId}/commands`, [{ ...ok, description: 'x'.repeat(101) }])).toBe(400);
    expect(await call('PUT', `/applications/${FAKE.applicationId}/commands`, [{ ...ok, name: 'Has Spaces' }])).toBe(400);
    expect(await call('PUT', `/applications/${FAKE.applicationId}/commands`, [ok], false)).toBe(401);
    expect(fake.rejections).toHaveLength(2);
    fake.rejections.length = 0;
  });

  it('interaction callbacks over the limits, and a second acknowledgement', async () => {
    const base = '/interactions/1/tok-limits/callback';
    expect(await call('POST', base, { type: 4, data: { content: 'x'.repeat(2001) } })).toBe(400);
    expect(await call('POST', base, { type: 4, data: { embeds: [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2100) }] } })).toBe(400);
    expect(await call('POST', base, { type: 4, data: { embeds: [{ fields: [{ name: 'n', value: '' }] }] } })).toBe(400);
    expect(await call('POST', base, { type: 8, data: { choices: [{ name: 'n', value: 'v'.repeat(101) }] } })).toBe(400);
    expect(await call('POST', base, { type: 4, data: { components: [{ type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'c'.repeat(101) }] }] } })).toBe(400);
    expect(await call('POST', base, { type: 4, data: { content: 'fine', flags: 64, allowed_mentions: { parse: [] } } })).toBe(204);
    expect(await call('POST', base, { type: 4, data: { content: 'again' } })).toBe(400);
    expect(fake.rejections).toHaveLength(6);
    fake.rejections.length = 0;
  });
});
