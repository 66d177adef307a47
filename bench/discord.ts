/**
 * The bot through the fake Discord: the real bot (discord.js client, the commands, the renderer) on the real
 * engine over the bundled corpus, logged in to the fake Discord of the end-to-end tests. `count` slash commands
 * are dispatched on the gateway at once, each by its own user, and timed from dispatch to the interaction
 * callback (the bot's acknowledgement) and to the answer (the edit of the deferred reply).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { quantile } from './measure.ts';

export interface DiscordResult {
  measured: true;
  corpus: string;
  sent: number;
  /** Interactions that got a callback and then their answer (a successful edit of the reply). */
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
}

/** Dispatches `count` interactions at once; says why instead when the fake Discord or the bot is missing. */
export async function measureDiscord(root: string, count: number): Promise<DiscordResult | { measured: false; reason: string }> {
  const fakeModule = join(root, 'tests', 'fake-discord', 'server.ts');
  if (!existsSync(fakeModule) || !existsSync(join(root, 'src', 'discord', 'bot.ts'))) return { measured: false, reason: 'fake Discord not available' };
  // Imported here, not at the top, so the rest of the benchmark runs while the bot is still being written.
  const { FakeDiscord, FAKE } = await import('../tests/fake-discord/server.ts');
  const { newUser, slash } = await import('../tests/fake-discord/interactions.ts');
  const { startBot } = await import('../src/discord/bot.ts');
  const { loadCommands } = await import('../commands/index.ts');
  const { createLogger } = await import('../src/log.ts');
  const { loadCorpus } = await import('../src/corpus/load.ts');
  const { Engine } = await import('../src/engine/engine.ts');

  const corpusDir = join(root, 'corpus');
  const engine = Engine.build(loadCorpus(corpusDir));
  const speakers = engine.speakers().speakers.map((s) => s.name);
  const docs = engine.sources().documents.map((d) => d.id);
  const fake = await new FakeDiscord().start();
  const silent = new Writable({ write: (_c, _e, done) => done() });
  const bot = await startBot({
    config: { discordToken: FAKE.token, applicationId: FAKE.applicationId, guildId: undefined, apiUrl: fake.apiUrl, corpusDir, logLevel: 'silent', shardCount: undefined },
    engine: () => engine,
    commands: await loadCommands(),
    logger: createLogger({ level: 'silent', destination: silent, token: FAKE.token }),
    handleSignals: false,
  });
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
    const waits = payloads.flatMap((p) => [
      // The predicate runs as the fake records the request, so the time taken there is the arrival time.
      fake.waitFor((r) => r.token === p.token && r.method === 'POST' && r.path.endsWith('/callback') && (callbackAt.set(p.token, performance.now()), true), 60_000),
      fake.waitFor((r) => r.token === p.token && r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 200 && (answerAt.set(p.token, performance.now()), true), 60_000),
    ]);
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
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}
