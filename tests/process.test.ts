import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { createLogger } from '../src/log.ts';
import { installProcessGuards, isFatal } from '../src/process.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'process-guards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TOKEN = 'MTE5NzY1NDMyMTAxMjM0NTY3OA.GhIjKl.process-test-token-000';

/**
 * Runs a script in a child process with the logger (JSON lines to stderr) and, unless `guards` is false,
 * the process guards installed. Returns its stdout lines, parsed log lines and exit status.
 */
function child(body: string, options: { guards?: boolean; guardOptions?: string } = {}) {
  const file = join(work, `script-${Math.random().toString(36).slice(2)}.ts`);
  const src = (p: string) => JSON.stringify(pathToFileURL(join(root, p)).href);
  writeFileSync(
    file,
    `import { createLogger } from ${src('src/log.ts')};
import { installProcessGuards } from ${src('src/process.ts')};
const token = ${JSON.stringify(TOKEN)};
const logger = createLogger({ token, destination: process.stderr });
${options.guards === false ? '' : `installProcessGuards(logger${options.guardOptions ? `, ${options.guardOptions}` : ''});`}
const say = (s: string) => process.stdout.write(s + '\\n');
${body}
`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  const logs = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown> & { err?: { message?: string; stack?: string } });
  return { stdout: r.stdout.split('\n').filter(Boolean), logs, status: r.status, stderr: r.stderr };
}

describe('installProcessGuards (in a child process)', () => {
  it('logs an unhandled rejection with its context and keeps answering', () => {
    const r = child(`
say('before');
async function fetchGuilds(): Promise<void> { throw new Error('gateway said no to ' + token); }
void fetchGuilds();
Promise.reject('a plain string reason');
setTimeout(() => say('still answering'), 100);
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toEqual(['before', 'still answering']);
    const rejections = r.logs.filter((l) => l.event === 'unhandledRejection');
    expect(rejections).toHaveLength(2);
    const [first, second] = rejections;
    expect(first?.level).toBe(50);
    expect(first?.msg).toContain('unhandled promise rejection');
    expect(first?.err?.message).toContain('gateway said no');
    expect(first?.err?.stack).toContain('fetchGuilds');
    expect(String(first?.hint)).toMatch(/keeps running/);
    expect(second?.err?.message).toContain('a plain string reason');
    expect(second?.nonError).toBe(true);
    // The token in the error message never reaches the log.
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.stderr).toContain('[REDACTED]');
  });

  it('without the guards, the same rejection takes the process down (the control)', () => {
    const r = child(`
Promise.reject(new Error('unguarded'));
setTimeout(() => say('still answering'), 100);
`, { guards: false });
    expect(r.status).not.toBe(0);
    expect(r.stdout).not.toContain('still answering');
  });

  it('logs an uncaught exception at fatal level and keeps running when it is not fatal', () => {
    const r = child(`
setTimeout(() => { throw new TypeError('cannot read properties of undefined (reading "id")'); }, 10);
setTimeout(() => say('still answering'), 150);
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toEqual(['still answering']);
    const line = r.logs.find((l) => l.event === 'uncaughtException');
    expect(line).toMatchObject({ level: 60, exiting: false, origin: 'uncaughtException' });
    expect(line?.err?.message).toContain('reading "id"');
    expect(line?.err?.stack).toContain('TypeError');
  });

  it('exits with status 1 after logging a clearly fatal error', () => {
    const r = child(`
import assert from 'node:assert';
setTimeout(() => { assert.strictEqual(1, 2, 'passage ids must be unique'); }, 10);
setTimeout(() => say('should not be reached'), 500);
`);
    expect(r.status).toBe(1);
    expect(r.stdout).toEqual([]);
    const line = r.logs.find((l) => l.event === 'uncaughtException');
    expect(line).toMatchObject({ level: 60, exiting: true });
    expect(line?.err?.message).toContain('passage ids must be unique');
  });

  it('exits with status 1 when uncaught exceptions come in a burst', () => {
    const r = child(
      `
for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error('loop ' + i); }, 10 + i);
setTimeout(() => say('should not be reached'), 500);
`,
      { guardOptions: '{ burstLimit: 3, burstWindowMs: 60_000 }' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toEqual([]);
    const lines = r.logs.filter((l) => l.event === 'uncaughtException');
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatchObject({ exiting: true });
    expect(String(lines.at(-1)?.hint)).toContain('loop');
  });
});

describe('installProcessGuards (in process, with a stand-in exit)', () => {
  it('classifies fatal errors', () => {
    expect(isFatal(Object.assign(new Error('x'), { code: 'ERR_ASSERTION' }))).toBe(true);
    expect(isFatal(Object.assign(new Error('x'), { code: 'ENOMEM' }))).toBe(true);
    expect(isFatal(Object.assign(new Error('x'), { fatal: true }))).toBe(true);
    expect(isFatal(new TypeError('x'))).toBe(false);
    expect(isFatal(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isFatal('string')).toBe(false);
    expect(isFatal(null)).toBe(false);
  });

  it('forgets exceptions older than the burst window', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(c, _e, cb) {
        lines.push(String(c));
        cb();
      },
    });
    const logger = createLogger({ destination });
    let t = 0;
    const exits: number[] = [];
    // The handler is called directly, so vitest's own listeners never see these errors.
    const before = process.listeners('uncaughtException').length;
    const uninstall = installProcessGuards(logger, { exit: (c) => exits.push(c), burstLimit: 2, burstWindowMs: 1000, now: () => t });
    try {
      const [onException] = process.listeners('uncaughtException').slice(-1);
      expect(onException).toBeTypeOf('function');
      for (let i = 0; i < 6; i++) {
        t += 600;
        onException?.(new Error(`slow ${i}`), 'uncaughtException');
      }
      expect(exits).toEqual([]);
      // A third within the window (two 600 ms apart and this one at the same moment) is a burst.
      onException?.(new Error('fast'), 'uncaughtException');
      expect(exits).toEqual([1]);
      expect(lines).toHaveLength(7);
    } finally {
      uninstall();
    }
    expect(process.listeners('uncaughtException')).toHaveLength(before);
  });
});
