/**
 * Soak: thousands of interactions through the fake Discord to one bot, which runs alone in a child process
 * (`node --expose-gc`) so that its heap can be measured after a forced collection. Every interaction must
 * be answered, and from the measurement after the warm-up to the one at the end the heap may grow by less
 * than HEAP_GROWTH_BOUND and the active handles by at most HANDLE_GROWTH_BOUND. Each interaction comes
 * from someone new, the worst case for what discord.js caches per person.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_CACHE_SIZE } from '../src/discord/bot.ts';
import { pageButtonId } from '../src/discord/buttons.ts';
import { autocomplete, botMessage, button, newUser, slash, type InteractionPayload } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, isInteractionCallback, type Recorded } from './fake-discord/server.ts';
import type { Measurement } from './fake-discord/soak-bot.ts';

const WARM_UP = 500;
const TOTAL = Number(process.env.SOAK_TOTAL ?? 3000);
const CONCURRENCY = 20;
/** Heap growth allowed between the warm-up and the end: 2,500 interactions leaking 4 KB each would pass 10 MB. */
const HEAP_GROWTH_BOUND = 10 * 1024 * 1024;
const HANDLE_GROWTH_BOUND = 10;

interface LogLine {
  level: number;
  msg?: string;
}

let fake: FakeDiscord;
let child: ChildProcess;
let exited: Promise<number | null>;
let stderr = '';
let tokenLogged = false;
const problems: LogLine[] = [];
let answeredLines = 0;
let logLineCount = 0;

function nextMessage<T>(type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type?: string }) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as T);
    };
    const onExit = (code: number | null) => reject(new Error(`the soak bot exited (code ${String(code)}) before sending "${type}": ${stderr}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function measure(): Promise<Measurement> {
  const reply = nextMessage<Measurement>('measurement');
  child.send({ type: 'measure' });
  return reply;
}

beforeAll(async () => {
  fake = await new FakeDiscord({ recordLimit: 1000 }).start();
  child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/fake-discord/soak-bot.ts'], {
    env: { ...process.env, SOAK_API_URL: fake.apiUrl },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    const lines = (partial + String(d)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      if (line.includes(FAKE.token)) tokenLogged = true;
      logLineCount++;
      const l = JSON.parse(line) as LogLine;
      if (l.msg === 'answered') answeredLines++;
      else if (l.level >= 40) problems.push(l);
    }
  });
  child.stderr?.on('data', (d: Buffer) => (stderr += String(d)));
  await nextMessage('ready');
}, 30_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.send({ type: 'stop' });
    await exited;
  }
  await fake?.close();
});

const ANSWER = { content: null, embeds: [{ title: 'Where?', description: 'The two leaders met at the cosmodrome.' }], components: [] };

/** The i-th interaction of the soak, and how to tell that the bot has answered it. */
function interaction(i: number): { payload: InteractionPayload; done: (r: Recorded) => boolean; command: boolean } {
  // Every interaction from someone new: the worst case for anything the bot keeps per person.
  const user = newUser();
  // Answers come in the interaction callback itself (the bot defers only when it is behind).
  const called = (r: Recorded) => isInteractionCallback(r) && r.status === 204;
  switch (i % 10) {
    case 0:
      return { payload: slash('ask', { question: `where did they meet, question ${i}?` }, user), done: called, command: true };
    case 1:
      return { payload: slash('who-said', { words: "that's why we've come here" }, user), done: called, command: true };
    case 2:
      return { payload: slash('quotes', { speaker: 'Putin' }, user), done: called, command: true };
    case 3:
      return { payload: slash('timeline', { from: '2023-09', topic: `topic ${i}` }, user), done: called, command: true };
    case 4:
      return { payload: slash('summary', { length: 'short' }, user), done: called, command: true };
    case 5: {
      const id = pageButtonId({ command: 'quotes', page: 1 + (i % 2), userId: user.id, options: { speaker: 'Putin' } });
      return { payload: button(id, botMessage(ANSWER), user), done: called, command: false };
    }
    case 6:
    case 7:
      return { payload: autocomplete('quotes', 'speaker', `off${i % 30}`, user), done: called, command: false };
    default:
      return { payload: button('share', botMessage(ANSWER), user), done: called, command: false };
  }
}

/** Sends interactions [from, to) with at most CONCURRENCY waiting for an answer; returns how many were slash commands. */
async function run(from: number, to: number): Promise<number> {
  let next = from;
  let commands = 0;
  const worker = async () => {
    while (next < to) {
      const { payload, done, command } = interaction(next++);
      if (command) commands++;
      const answered = fake.waitFor((r) => r.token === payload.token && done(r), 20_000);
      fake.dispatch('INTERACTION_CREATE', payload);
      await answered;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return commands;
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

describe('soak', () => {
  it(`answers ${TOTAL} interactions with bounded heap and handles`, async () => {
    const start = await measure();
    let commands = await run(0, WARM_UP);
    const warm = await measure();
    commands += await run(WARM_UP, TOTAL);
    const end = await measure();

    const figures = {
      interactions: TOTAL,
      heapMB: { start: mb(start.heapUsed), afterWarmUp: mb(warm.heapUsed), end: mb(end.heapUsed), growth: mb(end.heapUsed - warm.heapUsed) },
      rssMB: { afterWarmUp: mb(warm.rss), end: mb(end.rss) },
      kept: { afterWarmUp: warm.kept, end: end.kept },
      handles: { start: start.resourceCount, afterWarmUp: warm.resourceCount, end: end.resourceCount, byKindAtEnd: end.resources },
    };
    console.log(`soak figures: ${JSON.stringify(figures)}`);

    expect(fake.rejections).toEqual([]);
    expect(end.heapUsed - warm.heapUsed).toBeLessThan(HEAP_GROWTH_BOUND);
    expect(end.resourceCount - warm.resourceCount).toBeLessThanOrEqual(HANDLE_GROWTH_BOUND);
    // 3,000 different people asked; discord.js keeps only the latest few (and the bot itself).
    expect(end.kept.users).toBeLessThanOrEqual(PEOPLE_CACHE_SIZE + 1);
    expect(end.kept.members).toBeLessThanOrEqual(PEOPLE_CACHE_SIZE + 1);
    // Every slash command was logged as answered, nothing went wrong, and the token never reached the log.
    await new Promise((r) => setTimeout(r, 100));
    expect(answeredLines).toBe(commands);
    expect(problems).toEqual([]);
    expect(tokenLogged).toBe(false);
    expect(logLineCount).toBeGreaterThan(commands);
    expect(stderr).toBe('');

    child.send({ type: 'stop' });
    expect(await exited).toBe(0);
  }, 120_000);
});
