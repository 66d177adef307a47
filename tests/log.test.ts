import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { createLogger, scrubSecret } from '../src/log.ts';

/** A logger writing into an array of raw lines. */
function capture(options: { token?: string; pretty?: boolean } = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger({ ...options, destination, level: 'trace' }), lines };
}

const TOKEN = 'MTE5NzY1NDMyMTAxMjM0NTY3OA.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456';

describe('log redaction', () => {
  it('redacts the token by field path even when the logger was not told the token', () => {
    const { logger, lines } = capture();
    logger.info({ token: 'secret-one' }, 'a');
    logger.info({ config: { discordToken: 'secret-two' } }, 'b');
    logger.info({ env: { DISCORD_TOKEN: 'secret-three' } }, 'c');
    logger.info({ request: { headers: { authorization: 'Bot secret-four' } } }, 'd');
    logger.info({ headers: { Authorization: 'Bot secret-five' } }, 'e');
    logger.info({ client: { token: 'secret-six' } }, 'f');
    const all = lines.join('');
    for (const s of ['secret-one', 'secret-two', 'secret-three', 'secret-four', 'secret-five', 'secret-six']) expect(all).not.toContain(s);
    expect(all).toContain('[REDACTED]');
  });

  it('keeps the line JSON when a backslash stands just before an escaped token (found by fast-check)', () => {
    const token = '\u0001aaaaaaaaaaaaaaaaaaaa';
    const { logger, lines } = capture({ token });
    logger.info(`\\${token}`);
    logger.info({ nested: JSON.stringify({ t: `\\${token}` }) }, 'json inside a string');
    for (const line of lines) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(JSON.stringify(parsed)).not.toContain('aaaaaaaaaaaaaaaaaaaa');
    }
  });

  it('scrubs the token from messages, errors, stacks, child bindings and nested values', () => {
    const { logger, lines } = capture({ token: TOKEN });
    logger.info(`connecting with ${TOKEN}`);
    logger.error({ err: new Error(`401 for token ${TOKEN}`) }, 'login failed');
    logger.child({ session: `Bot ${TOKEN}` }).warn('child');
    logger.info({ deep: { a: [{ b: { c: `x${TOKEN}y` } }] } }, 'nested');
    logger.info({ [TOKEN]: 1 }, 'as a key');
    logger.info({ url: `https://example.test/?t=${encodeURIComponent(TOKEN)}` }, 'in a url');
    logger.info({ json: JSON.stringify({ token: TOKEN }) }, 'inside a JSON string');
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).toContain('[REDACTED]');
    }
  });

  it('scrubs the pretty (console) output too', () => {
    const { logger, lines } = capture({ token: TOKEN, pretty: true });
    logger.error({ err: new Error(`bad token ${TOKEN}`) }, `login with ${TOKEN} failed`);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[REDACTED]');
  });

  it('never lets any token through, whatever its characters and wherever it stands', () => {
    // Tokens the configuration accepts: at least 20 characters, no whitespace; JSON-escaped characters included.
    const token = fc
      .string({ unit: fc.constantFrom(...'abcXYZ019._-"\\/<>&%+=\u0001\u00e9\u2028😀'.split(/(?:)/u)), minLength: 20, maxLength: 60 })
      .filter((t) => !/\s/.test(t));
    const where = fc.constantFrom('msg', 'err', 'field', 'nested', 'child', 'array', 'key');
    fc.assert(
      fc.property(token, where, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (t, w, before, after) => {
        const { logger, lines } = capture({ token: t });
        const s = `${before}${t}${after}`;
        if (w === 'msg') logger.info(s);
        else if (w === 'err') logger.error({ err: new Error(s) }, 'failed');
        else if (w === 'field') logger.info({ value: s }, 'x');
        else if (w === 'nested') logger.info({ a: { b: { c: s } } }, 'x');
        else if (w === 'child') logger.child({ bound: s }).info('x');
        else if (w === 'array') logger.info({ list: [1, s] }, 'x');
        else logger.info({ [s]: true }, 'x');
        expect(lines).toHaveLength(1);
        const line = lines[0] ?? '';
        expect(line).not.toContain(t);
        expect(line).not.toContain(JSON.stringify(t).slice(1, -1));
        // Still a valid JSON line: scrubbing never breaks the log format.
        expect(() => JSON.parse(line)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('scrubSecret leaves text without the secret alone', () => {
    expect(scrubSecret('nothing to hide', TOKEN)).toBe('nothing to hide');
    expect(scrubSecret(`a ${TOKEN} b ${TOKEN}`, TOKEN)).toBe('a [REDACTED] b [REDACTED]');
    expect(scrubSecret('text', undefined)).toBe('text');
    expect(scrubSecret('text', '')).toBe('text');
  });
});
