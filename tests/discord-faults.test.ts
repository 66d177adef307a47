/**
 * Network faults, end to end: the real bot against the fake Discord, which cuts the gateway, tells it to
 * reconnect, invalidates its session, stops acknowledging heartbeats, and answers REST calls with 429,
 * 500, "Unknown interaction", a reset socket or a refused connection. After each fault the next
 * interaction must be answered, nothing may reject unhandled, and what happened must be in the log (which
 * never holds the bot token or an interaction token).
 */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import type { Config } from '../src/config.ts';
import { DEFER_AFTER_MS, startBot, type RunningBot } from '../src/discord/bot.ts';
import { createLogger } from '../src/log.ts';
import { stubEngine } from './fake-discord/engine-stub.ts';
import { createdAgo, fakeConfig, newUser, slash, type InteractionPayload } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, isInteractionCallback, isOriginalEdit, type Recorded } from './fake-discord/server.ts';

interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

const WARN = 40;
const ERROR = 50;

let fake: FakeDiscord;
let bot: RunningBot;
const logLines: LogLine[] = [];
let rawLog = '';
/** Every interaction token sent to the bot: none may reach the log. */
const interactionTokens: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  // A short heartbeat so that a zombie connection is noticed in about a second.
  fake = await new FakeDiscord({ heartbeatIntervalMs: 400 }).start();
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      rawLog += String(chunk);
      for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const config: Config = fakeConfig(fake.apiUrl);
  const engine = stubEngine();
  bot = await startBot({
    config,
    engine: () => engine,
    commands: await loadCommands(),
    logger: createLogger({ level: 'info', destination, token: FAKE.token }),
    handleSignals: false,
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});

afterEach(() => {
  expect(unhandled).toEqual([]);
  expect(fake.rejections).toEqual([]);
});

const isEdit = (r: Recorded) => isOriginalEdit(r) && r.status === 200;
/** The answer delivered in the interaction callback itself (type 4), which Discord accepted. */
const isAnswer = (r: Recorded) => isInteractionCallback(r) && r.status === 204 && (r.body as { type?: number }).type === 4;

function dispatch(payload: InteractionPayload): string {
  interactionTokens.push(payload.token);
  fake.dispatch('INTERACTION_CREATE', payload);
  return payload.token;
}

/** Sends /sources from a new user and resolves once its answer has been delivered in the callback. */
async function answered(): Promise<Recorded[]> {
  const token = dispatch(slash('sources', {}, newUser()));
  await fake.waitFor((r) => r.token === token && isAnswer(r), 15_000);
  const reqs = fake.requestsFor(token);
  expect((reqs.at(-1)?.body as { data?: { embeds?: { fields?: unknown[] }[] } }).data?.embeds?.[0]?.fields).toHaveLength(2);
  return reqs;
}

/** Sends /sources as if Discord created it a while ago, so the bot defers; resolves once the edit was accepted. */
async function answeredLate(): Promise<Recorded[]> {
  const token = dispatch(createdAgo(slash('sources', {}, newUser()), DEFER_AFTER_MS + 500));
  await fake.waitFor((r) => r.token === token && isEdit(r), 15_000);
  const reqs = fake.requestsFor(token);
  expect((reqs.at(-1)?.body as { embeds?: { fields?: unknown[] }[] }).embeds?.[0]?.fields).toHaveLength(2);
  return reqs;
}

/** Resolves with the first log line (already written or to come) that matches. */
async function logged(pred: (l: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
    const line = logLines.find(pred);
    if (line) return line;
  }
  throw new Error('no such log line within the time allowed');
}

/** Log lines written from now on. */
function since(): () => LogLine[] {
  const from = logLines.length;
  return () => logLines.slice(from);
}

const summary = (reqs: Recorded[]) => reqs.map((r) => `${r.method} ${isInteractionCallback(r) ? 'callback' : isOriginalEdit(r) ? 'edit' : r.path} ${r.status}`);

describe('gateway faults', () => {
  it('answers before any fault', async () => {
    await answered();
  });

  it('resumes after the socket is cut without a close frame, and answers what came meanwhile', async () => {
    const log = since();
    const back = fake.nextGatewayEvent();
    fake.dropGatewayConnections();
    // Dispatched while the bot is away: Discord replays it on RESUME.
    const meanwhile = dispatch(slash('sources', {}, newUser()));
    expect(await back).toBe('RESUMED');
    await fake.waitFor((r) => r.token === meanwhile && isAnswer(r));
    expect(fake.closeCodes).toContain(1006);
    await answered();
    expect(log().map((l) => l.msg)).toEqual(expect.arrayContaining(['gateway connection lost; reconnecting', 'gateway session resumed']));
    expect(log().find((l) => l.msg === 'gateway session resumed')).toMatchObject({ replayed: expect.any(Number) });
  });

  it('resumes after RECONNECT (op 7)', async () => {
    const resumes = fake.resumes.length;
    const back = fake.nextGatewayEvent();
    fake.requestReconnect();
    expect(await back).toBe('RESUMED');
    expect(fake.resumes.length).toBe(resumes + 1);
    expect(fake.resumes.at(-1)?.token).toBe(FAKE.token);
    await answered();
  });

  it('resumes on the same socket after a resumable INVALID SESSION (op 9, d: true)', async () => {
    const closes = fake.closeCodes.length;
    const back = fake.nextGatewayEvent();
    fake.invalidateSessions(true);
    expect(await back).toBe('RESUMED');
    expect(fake.closeCodes.length).toBe(closes);
    await answered();
  });

  it('identifies again after a non-resumable INVALID SESSION (op 9, d: false)', async () => {
    const log = since();
    const identifies = fake.identifies.length;
    const back = fake.nextGatewayEvent();
    fake.invalidateSessions(false);
    expect(await back).toBe('READY');
    expect(fake.identifies.length).toBe(identifies + 1);
    expect(fake.identifies.at(-1)).toMatchObject({ token: FAKE.token, intents: 1 });
    await answered();
    expect(log().map((l) => l.msg)).toContain('gateway session ready');
  }, 20_000);

  it('treats unacknowledged heartbeats as a dead connection and resumes on a new one', async () => {
    const log = since();
    const from = fake.gatewayEvents.length;
    const back = fake.nextGatewayEvent();
    fake.stopAckingHeartbeats();
    expect(await back).toBe('RESUMED');
    const events = fake.gatewayEvents.slice(from);
    expect(events.indexOf('HEARTBEAT_UNACKED')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('HEARTBEAT_UNACKED')).toBeLessThan(events.indexOf('RESUMED'));
    await answered();
    expect(log().map((l) => l.msg)).toContain('gateway connection lost; reconnecting');
  });
});

describe('REST faults', () => {
  it('waits out a 429 on the interaction callback and still delivers the answer', async () => {
    const log = since();
    fake.failNext({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const reqs = await answered();
    expect(summary(reqs)).toEqual(['POST callback 429', 'POST callback 204']);
    expect(log().find((l) => l.status === 429)).toMatchObject({
      level: WARN,
      method: 'POST',
      route: '/interactions/:id/:token/callback',
      retryAfterSeconds: 1,
      scope: 'user',
      global: false,
    });
  });

  it('retries a 500 on the interaction callback, logs it, and delivers the answer', async () => {
    const log = since();
    fake.failNext({ kind: 'server-error' });
    const reqs = await answered();
    expect(summary(reqs)).toEqual(['POST callback 500', 'POST callback 204']);
    expect(log().find((l) => l.status === 500)).toMatchObject({ level: WARN, route: '/interactions/:id/:token/callback', attempt: 1 });
  });

  it('logs a 500 on the edit that carries a deferred answer, and the next interaction is answered', async () => {
    const log = since();
    fake.failNext({ kind: 'server-error' }, isOriginalEdit);
    const reqs = await answeredLate();
    expect(summary(reqs)).toEqual(['POST callback 204', 'PATCH edit 500', 'PATCH edit 200']);
    expect(log().find((l) => l.status === 500)).toMatchObject({ level: WARN, method: 'PATCH', route: '/webhooks/:id/:token/messages/@original' });
    await answered();
  });

  it('when Discord keeps answering 500, logs the failure with an id, tells the user, and carries on', async () => {
    const log = since();
    // The first attempt and the three retries discord.js makes.
    for (let n = 0; n < 4; n++) fake.failNext({ kind: 'server-error' });
    const token = dispatch(slash('sources', {}, newUser()));
    const note = await fake.waitFor((r) => r.token === token && isInteractionCallback(r) && r.status === 204);
    expect(summary(fake.requestsFor(token))).toEqual([...Array(4).fill('POST callback 500'), 'POST callback 204']);
    const failed = await logged((l) => l.msg === 'interaction failed' && log().includes(l));
    expect(failed).toMatchObject({ level: ERROR, command: 'sources', err: { type: 'HTTPError', status: 500 } });
    const body = note.body as { type: number; data: { flags: number; embeds?: { description?: string }[]; content?: string } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(JSON.stringify(body.data)).toContain(`error id \`${String(failed.errorId)}\``);
    await answered();
  });

  it('logs a refused connection on a REST call, and answers once Discord is reachable again', async () => {
    const log = since();
    fake.refuseConnections();
    let token: string;
    try {
      token = dispatch(slash('sources', {}, newUser()));
      const failed = await logged((l) => l.msg === 'could not tell the user about an error' && log().includes(l));
      expect(JSON.stringify(failed.err)).toContain('ECONNREFUSED');
      const first = log().find((l) => l.msg === 'interaction failed');
      expect(first).toMatchObject({ level: ERROR, command: 'sources', errorId: failed.errorId });
      expect(JSON.stringify(first?.err)).toContain('ECONNREFUSED');
    } finally {
      await fake.acceptConnections();
    }
    // Nothing reached Discord for it, and the gateway stayed up throughout.
    expect(fake.requestsFor(token)).toEqual([]);
    await answered();
  });

  it('logs a socket reset by Discord on the callback, tells the user, and carries on', async () => {
    const log = since();
    fake.failNext({ kind: 'reset' });
    const token = dispatch(slash('sources', {}, newUser()));
    await fake.waitFor((r) => r.token === token && isInteractionCallback(r) && r.status === 204);
    expect(summary(fake.requestsFor(token))).toEqual(['POST callback 0', 'POST callback 204']);
    expect(await logged((l) => l.msg === 'interaction failed' && log().includes(l))).toMatchObject({ level: ERROR, command: 'sources' });
    await answered();
  });

  it('logs "Unknown interaction" (an expired token) as a warning, sends nothing more for it, and carries on', async () => {
    const log = since();
    fake.failNext({ kind: 'unknown-interaction' });
    const token = dispatch(slash('sources', {}, newUser()));
    const line = await logged((l) => l.msg?.startsWith('interaction expired') === true && log().includes(l));
    expect(line).toMatchObject({ level: WARN, command: 'sources', code: 10062 });
    expect(log().filter((l) => l.level >= ERROR)).toEqual([]);
    await answered();
    expect(summary(fake.requestsFor(token))).toEqual(['POST callback 404']);
  });

  it('logs an interaction that expired between the acknowledgement and the answer as a warning', async () => {
    const log = since();
    fake.failNext({ kind: 'unknown-interaction' }, isOriginalEdit);
    const token = dispatch(createdAgo(slash('sources', {}, newUser()), DEFER_AFTER_MS + 500));
    const line = await logged((l) => l.msg?.startsWith('interaction expired') === true && log().includes(l));
    expect(line).toMatchObject({ level: WARN, command: 'sources', code: 10015 });
    await answered();
    expect(summary(fake.requestsFor(token))).toEqual(['POST callback 204', 'PATCH edit 404']);
    expect(log().filter((l) => l.level >= ERROR)).toEqual([]);
  });
});

describe('the log through all of it', () => {
  it('recorded errors, and never the bot token or an interaction token', () => {
    expect(logLines.some((l) => l.level >= ERROR)).toBe(true);
    expect(rawLog).not.toContain(FAKE.token);
    expect(interactionTokens.length).toBeGreaterThan(10);
    for (const t of interactionTokens) expect(rawLog).not.toContain(t);
    expect(bot.client.isReady()).toBe(true);
  });
});
