/**
 * `npm start` with DISCORD_TOKEN connects to (fake) Discord through DISCORD_API_URL, and SIGTERM closes the
 * gateway connection and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBot } from './fake-discord/process.ts';
import { FAKE, FakeDiscord } from './fake-discord/server.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake.close();
});

describe('npm start with a token', () => {
  it('logs in, then closes the gateway and exits 0 on SIGTERM', async () => {
    const { child, stdout, stderr, exited } = spawnBot('src/main.ts', { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: 'corpus', LOG_LEVEL: 'info' });

    await Promise.race([fake.whenReady(), exited.then(() => Promise.reject(new Error(`bot exited before logging in: ${stderr()}`)))]);
    // Connected means the client saw READY: wait for its log line rather than a fixed delay.
    for (let i = 0; i < 200 && !stdout().includes('connected to Discord'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(stdout()).toContain('connected to Discord');
    expect(fake.gatewayClosed).toBe(false);

    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal, stderr: stderr() }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(fake.gatewayClosed).toBe(true);
    expect(fake.closeCodes).toEqual([1000]);
    expect(stdout()).not.toContain(FAKE.token);
    const lines = stdout().trim().split('\n').map((l) => JSON.parse(l) as { msg?: string });
    expect(lines.map((l) => l.msg)).toContain('disconnected from Discord');
  }, 60_000);
});
