/**
 * The bot through the fake Discord: the real bot (discord.js client, the commands, the renderer) on the real
 * engine over the bundled corpus, in a process of its own (bench/discord-bot.ts), logged in to the fake Discord
 * of the end-to-end tests, which runs here. `count` slash commands
 * are dispatched on the gateway at once, each by its own user, and timed from dispatch to the interaction
 * callback, and to the answer: the callback itself when it carries the answer, else the edit of the deferred
 * reply.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quantile } from './measure.ts';
import type { Recorded } from '../tests/fake-discord/server.ts';

export interface DiscordResult {
  measured: true;
  corpus: string;
  sent: number;
  /** Interactions that got their answer: in the callback, or as a successful edit of a deferred reply. */
  answered: number;
  /** Dispatch to callback, in milliseconds. */
  p50: number;
  p99: number;
  max: number;
  /** Dispatch to the answer, in milliseconds. */
  answerP50: number;
  answerP99: number;
  answerMax: number;
  /** Bodies the fake Discord rejected as Discord would. */
  rejected: number;
  /** What the bot sent about the interactions, as "METHOD route status": count, to see why any went unanswered. */
  requests: Record<string, number>;
}

/** Dispatches `count` interactions at once; says why instead when the fake Discord or the bot is missing. */
export async function measureDiscord(root: string, count: number): Promise<DiscordResult | { measured: false; reason: string }> {
  const fakeModule = join(root, 'tests', 'fake-discord', 'server.ts');
  if (!existsSync(fakeModule) || !existsSync(join(root, 'src', 'discord', 'bot.ts'))) return { measured: false, reason: 'fake Discord not available' };
  // Imported here, not at the top, so the rest of the benchmark runs while the bot is still being written.
  const { FakeDiscord, FAKE } = await import('../tests/fake-discord/server.ts');
  const { newUser, slash } = await import('../tests/fake-discord/interactions.ts');
  const { loadCorpus } = await import('../src/corpus/load.ts');
  const { Engine } = await import('../src/engine/engine.ts');

  const corpusDir = join(root, 'corpus');
  // The names to ask /quotes about, from an engine built here on the same corpus as the bot's.
  const engine = Engine.build(loadCorpus(corpusDir));
  const speakers = engine.speakers().speakers.map((s) => s.name);
  const docs = engine.sources().documents.map((d) => d.id);
  const fake = await new FakeDiscord().start();
  const bot = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'discord-bot.ts'), fake.apiUrl, FAKE.token, FAKE.applicationId, corpusDir], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => bot.once('exit', () => resolve()));
  const ready = await new Promise<boolean>((resolve) => {
    bot.stdout.on('data', (chunk: Buffer) => {
      if (String(chunk).split('\n').includes('ready')) resolve(true);
    });
    bot.once('exit', () => resolve(false));
  });
  if (!ready) {
    await fake.close();
    return { measured: false, reason: 'the bot process exited before it was ready; see standard error above' };
  }
  await fake.whenReady();
  try {
    const questions = ['Where was the summit held?', 'What did China say?', 'Who is Hong Min?', 'What is Russia short of?', 'sanctions on North Korea'];
    const make = (i: number): { name: string; options: Record<string, string> } => {
      const pickOf = <T>(xs: readonly T[], fallback: T): T => xs[i % Math.max(1, xs.length)] ?? fallback;
      switch (i % 6) {
        case 0: return { name: 'ask', options: { question: pickOf(questions, 'summit') } };
        case 1: return { name: 'who-said', options: { words: pickOf(['not hesitate', 'strategic alliance', 'a burden', 'gradual manner'], 'summit') } };
        case 2: return { name: 'quotes', options: { speaker: pickOf(speakers, 'Putin') } };
        case 3: return { name: 'timeline', options: i % 12 === 3 ? {} : { topic: 'satellite' } };
        case 4: return { name: 'summary', options: { length: 'medium', source: pickOf(docs, 'none') } };
        default: return { name: 'ask', options: { question: `What about ${pickOf(speakers, 'Putin')}?` } };
      }
    };
    const payloads = Array.from({ length: count }, (_, i) => {
      const c = make(i);
      return slash(c.name, c.options, newUser());
    });
    const sentAt = new Map<string, number>();
    const callbackAt = new Map<string, number>();
    const answerAt = new Map<string, number>();
    // The bot answers in the callback itself (type 4) when it can, else defers (type 5) and edits the reply.
    const isCallback = (r: Recorded): boolean => r.method === 'POST' && r.path.endsWith('/callback') && r.status < 300;
    const isEdit = (r: Recorded): boolean => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 200;
    const callbackType = (r: Recorded): number | undefined => (r.body as { type?: number } | undefined)?.type;
    const waits = payloads.map((p) =>
      // The predicate runs as the fake records each request, so the time taken there is its arrival time.
      fake.waitFor((r) => {
        if (r.token !== p.token) return false;
        const now = performance.now();
        if (isCallback(r)) {
          callbackAt.set(p.token, now);
          if (callbackType(r) !== 5) answerAt.set(p.token, now);
        } else if (isEdit(r)) answerAt.set(p.token, now);
        return answerAt.has(p.token);
      }, 60_000),
    );
    for (const p of payloads) {
      sentAt.set(p.token, performance.now());
      fake.dispatch('INTERACTION_CREATE', p);
    }
    await Promise.allSettled(waits);
    const since = (at: Map<string, number>): number[] =>
      payloads.flatMap((p) => {
        const t = at.get(p.token);
        return t === undefined ? [] : [t - sentAt.get(p.token)!];
      }).sort((a, b) => a - b);
    const callbacks = since(callbackAt);
    const answers = since(answerAt);
    return {
      measured: true,
      corpus: `bundled (${docs.length} article${docs.length === 1 ? '' : 's'})`,
      sent: count,
      answered: payloads.filter((p) => callbackAt.has(p.token) && answerAt.has(p.token)).length,
      p50: quantile(callbacks, 0.5),
      p99: quantile(callbacks, 0.99),
      max: callbacks[callbacks.length - 1] ?? NaN,
      answerP50: quantile(answers, 0.5),
      answerP99: quantile(answers, 0.99),
      answerMax: answers[answers.length - 1] ?? NaN,
      rejected: fake.rejections.length,
      requests: Object.fromEntries(
        Object.entries(
          fake.requests.reduce<Record<string, number>>((acc, r) => {
            const k = `${r.method} ${r.path.replace(/\d{6,}/g, ':id').replace(/itoken-[^/]+/g, ':token')} ${r.status}`;
            acc[k] = (acc[k] ?? 0) + 1;
            return acc;
          }, {}),
        ).sort((a, b) => b[1] - a[1]),
      ),
    };
  } finally {
    await stopBot(bot, exited, fake);
  }
}

/** Ends the benchmark's bot process (it stops when its standard input ends; killed after 5 s), then the fake Discord. */
export async function stopBot(bot: ChildProcess, exited: Promise<void>, fake: { close(): Promise<void> }): Promise<void> {
  bot.stdin?.end();
  const killer = setTimeout(() => bot.kill(), 5000);
  await exited;
  clearTimeout(killer);
  await fake.close();
}
