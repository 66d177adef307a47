/**
 * Under a burst, first come, first answered: the arrival queue on its own (order, one answer per event-loop
 * turn, acknowledging those that wait too long), then the real bot against the fake Discord, where the first
 * interaction's answer must reach Discord before the last interaction of the burst is worked out.
 */
import { Writable } from 'node:stream';
import { RESTEvents } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import { commandName, type Command } from '../src/command.ts';
import { ArrivalQueue, type Turn } from '../src/discord/arrival-queue.ts';
import { DEFER_AFTER_MS, startBot, type RunningBot } from '../src/discord/bot.ts';
import { createLogger } from '../src/log.ts';
import { stubEngine } from './fake-discord/engine-stub.ts';
import { createdAgo, fakeConfig, newUser, slash, type InteractionPayload } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, isInteractionCallback, isOriginalEdit, type Recorded } from './fake-discord/server.ts';

const turnOfLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the arrival queue', () => {
  /** A turn that records when it ran and when it was acknowledged; `canDefer` false plays an autocomplete. */
  function recorder(events: string[], clock: { now: number }) {
    return (name: string, createdAt = clock.now, canDefer = true): Turn => ({
      createdAt,
      acknowledge: () => {
        if (canDefer) events.push(`ack ${name}`);
        return canDefer;
      },
      run: async () => {
        events.push(`run ${name}`);
        // What the bot does right after working an answer out: start sending it (here, a callback one turn on).
        setImmediate(() => events.push(`sent ${name}`));
      },
    });
  }

  it('runs turns in arrival order, one per turn of the event loop, each sent before the next runs', async () => {
    const events: string[] = [];
    const clock = { now: 1_000_000 };
    const queue = new ArrivalQueue({ acknowledgeAfterMs: 2000, now: () => clock.now });
    const turn = recorder(events, clock);
    for (const n of ['a', 'b', 'c', 'd']) queue.push(turn(n));
    expect(events).toEqual([]);
    while (queue.length > 0 || events.length < 8) await turnOfLoop();
    expect(events).toEqual(['run a', 'sent a', 'run b', 'sent b', 'run c', 'sent c', 'run d', 'sent d']);
  });

  it('acknowledges every waiting turn that reached the age limit before answering the oldest, and answers it later in its turn', async () => {
    const events: string[] = [];
    const clock = { now: 1_000_000 };
    const queue = new ArrivalQueue({ acknowledgeAfterMs: 2000, now: () => clock.now });
    const turn = recorder(events, clock);
    queue.push(turn('old', clock.now - 2500));
    queue.push(turn('fresh'));
    queue.push(turn('older', clock.now - 2100));
    await turnOfLoop();
    expect(events.slice(0, 3)).toEqual(['ack old', 'ack older', 'run old']);
    while (queue.length > 0) await turnOfLoop();
    await turnOfLoop();
    expect(events.filter((e) => e.startsWith('run'))).toEqual(['run old', 'run fresh', 'run older']);
    // Each is acknowledged once, however many turns it waits.
    expect(events.filter((e) => e === 'ack older')).toHaveLength(1);
  });

  it('acknowledges ahead, from half the age limit on, the turns that will not come before the age limit at the pace turns are taking', async () => {
    const clock = { now: 1_000_000 };
    const queue = new ArrivalQueue({ acknowledgeAfterMs: 2000, now: () => clock.now });
    const seen: { ackAge?: number; runAge?: number }[] = [];
    for (let n = 0; n < 40; n++) {
      const createdAt = clock.now;
      const s: { ackAge?: number; runAge?: number } = {};
      seen.push(s);
      queue.push({
        createdAt,
        acknowledge: () => ((s.ackAge = clock.now - createdAt), true),
        run: async () => {
          s.runAge = clock.now - createdAt;
          // Each answer takes 100 ms: the 21st is answered past the limit.
          clock.now += 100;
        },
      });
    }
    while (queue.length > 0) await turnOfLoop();
    for (const s of seen) {
      expect(s.runAge).toBeDefined();
      // Answered in time, or acknowledged before the limit.
      expect(s.runAge! < 2000 || (s.ackAge !== undefined && s.ackAge < 2000)).toBe(true);
    }
    const acknowledged = seen.filter((s) => s.ackAge !== undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(19);
    // Not the ones that were answered well in time: the pace is learnt, not guessed.
    for (const s of acknowledged) expect(s.runAge).toBeGreaterThanOrEqual(1500);
    // Acknowledged ahead, with time to spare for the deferral to reach Discord, but not on the first turns'
    // pace: from half the age limit on, once the pace is known.
    expect(Math.min(...acknowledged.map((s) => s.ackAge!))).toBeLessThan(1500);
    expect(Math.min(...acknowledged.map((s) => s.ackAge!))).toBeGreaterThanOrEqual(1000);
  });

  it('with answers worked out elsewhere, keeps at most inFlight under way, in order, and acknowledges ahead by the pace they are worked out at', async () => {
    const clock = { now: 1_000_000 };
    const queue = new ArrivalQueue({ acknowledgeAfterMs: 2000, inFlight: 2, now: () => clock.now });
    const seen: { ackAge?: number; runAge?: number }[] = [];
    const order: number[] = [];
    let underWay = 0;
    let most = 0;
    for (let n = 0; n < 40; n++) {
      const createdAt = clock.now;
      const s: { ackAge?: number; runAge?: number } = {};
      seen.push(s);
      queue.push({
        createdAt,
        acknowledge: () => ((s.ackAge = clock.now - createdAt), true),
        run: async () => {
          s.runAge = clock.now - createdAt;
          order.push(n);
          most = Math.max(most, ++underWay);
          // Worked out on another thread: 100 ms each, one at a time there.
          await turnOfLoop();
          clock.now += 100;
          underWay--;
        },
      });
    }
    while (queue.length > 0 || underWay > 0) await turnOfLoop();
    expect(order).toEqual(seen.map((_, n) => n));
    expect(most).toBeLessThanOrEqual(2);
    for (const s of seen) expect(s.runAge! < 2000 || (s.ackAge !== undefined && s.ackAge < 2000)).toBe(true);
    const acknowledged = seen.filter((s) => s.ackAge !== undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    for (const s of acknowledged) expect(s.runAge).toBeGreaterThanOrEqual(1500);
  });

  it('runs a turn that cannot be acknowledged ahead out of turn once it is due, and keeps the others in order', async () => {
    const events: string[] = [];
    const clock = { now: 1_000_000 };
    const queue = new ArrivalQueue({ acknowledgeAfterMs: 2000, now: () => clock.now });
    const turn = recorder(events, clock);
    queue.push(turn('first'));
    queue.push(turn('second'));
    queue.push(turn('autocomplete', clock.now, false));
    queue.push(turn('third'));
    clock.now += 2500;
    await turnOfLoop();
    expect(events.slice(0, 5)).toEqual(['ack first', 'ack second', 'ack third', 'run autocomplete', 'run first']);
    while (queue.length > 0) await turnOfLoop();
    expect(events.filter((e) => e.startsWith('run'))).toEqual(['run autocomplete', 'run first', 'run second', 'run third']);
  });
});

describe('a burst through the fake Discord', () => {
  let fake: FakeDiscord;
  let bot: RunningBot;
  /** "worked N" when the bot works out the answer to question N, "sent N" when the fake receives it. */
  const events: string[] = [];

  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    const commands: Command[] = (await loadCommands()).map((c) =>
      commandName(c) === 'ask'
        ? {
            ...c,
            run: (ctx, options) => {
              events.push(`worked ${String(options.question)}`);
              return c.run(ctx, options);
            },
          }
        : c,
    );
    const engine = stubEngine();
    bot = await startBot({
      config: fakeConfig(fake.apiUrl),
      engine: () => engine,
      commands,
      logger: createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), token: FAKE.token }),
      handleSignals: false,
    });
    await fake.whenReady();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  afterEach(() => {
    expect(fake.rejections).toEqual([]);
  });

  /** Dispatches the payloads at once; resolves when each has its answer (a callback with it, or an edit). */
  async function burst(payloads: InteractionPayload[], label: (p: InteractionPayload) => string): Promise<Map<string, Recorded[]>> {
    const answered = payloads.map((p) =>
      fake.waitFor((r) => {
        if (r.token !== p.token || r.status >= 300) return false;
        if (isInteractionCallback(r)) events.push(`sent ${label(p)}`);
        return (isInteractionCallback(r) && (r.body as { type?: number }).type === 4) || isOriginalEdit(r);
      }, 30_000),
    );
    fake.dispatchAll('INTERACTION_CREATE', payloads);
    await Promise.all(answered);
    return new Map(payloads.map((p) => [p.token, fake.requestsFor(p.token)]));
  }

  it('sends the first answer before the last interaction of the burst is worked out', async () => {
    events.length = 0;
    const count = 200;
    const payloads = Array.from({ length: count }, (_, n) => slash('ask', { question: `question ${n}` }, newUser()));
    const requests = await burst(payloads, (p) => String((p.data as { options: { value: string }[] }).options[0]?.value));
    const sentFirst = events.indexOf('sent question 0');
    const workedLast = events.indexOf(`worked question ${count - 1}`);
    expect(sentFirst).toBeGreaterThanOrEqual(0);
    expect(sentFirst).toBeLessThan(workedLast);
    // Not just before the last: a bot that works out every answer of a read before sending any (the gateway
    // brings hundreds of events in one read) sends its first after most of the burst; this one yields after each.
    expect(sentFirst).toBeLessThan(events.indexOf(`worked question ${count / 4}`));
    // Worked out in the order they arrived.
    const worked = events.filter((e) => e.startsWith('worked'));
    expect(worked).toEqual(payloads.map((_, n) => `worked question ${n}`));
    // Each answered once, with nothing refused.
    for (const reqs of requests.values()) expect(reqs.filter((r) => isInteractionCallback(r))).toHaveLength(1);
  });

  it('defers at once every interaction of a burst that arrives already late, then edits each answer in', async () => {
    events.length = 0;
    const payloads = Array.from({ length: 20 }, (_, n) => createdAgo(slash('ask', { question: `late ${n}` }, newUser()), DEFER_AFTER_MS + 300));
    const requests = await burst(payloads, (p) => String((p.data as { options: { value: string }[] }).options[0]?.value));
    for (const p of payloads) {
      const reqs = requests.get(p.token) ?? [];
      expect(reqs.map((r) => `${r.method} ${isInteractionCallback(r) ? `callback ${(r.body as { type?: number }).type}` : 'edit'} ${r.status}`)).toEqual(['POST callback 5 204', 'PATCH edit 200']);
    }
    expect(events.filter((e) => e.startsWith('worked'))).toEqual(payloads.map((_, n) => `worked late ${n}`));
  });

  it('sends the edits of a burst of deferred replies without holding them to the 50 a second global limit, which Discord does not apply to interactions', async () => {
    const limited: { global: boolean; route: string }[] = [];
    const watch = (info: { global: boolean; route: string }) => limited.push({ global: info.global, route: info.route });
    bot.client.rest.on(RESTEvents.RateLimited, watch);
    bot.replyEdits.on(RESTEvents.RateLimited, watch);
    try {
      const payloads = Array.from({ length: 80 }, (_, n) => createdAgo(slash('ask', { question: `many ${n}` }, newUser()), DEFER_AFTER_MS + 300));
      const requests = await burst(payloads, () => '');
      for (const reqs of requests.values()) expect(reqs.filter((r) => isOriginalEdit(r) && r.status === 200)).toHaveLength(1);
      expect(limited).toEqual([]);
    } finally {
      bot.client.rest.off(RESTEvents.RateLimited, watch);
      bot.replyEdits.off(RESTEvents.RateLimited, watch);
    }
  });
});
