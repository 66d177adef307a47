/**
 * The answer thread: the same answers as the main thread on the engine in service, never an answer from
 * another engine, and never a lost one (whatever it cannot answer, the caller works out itself). Then the
 * real bot with it against the fake Discord.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import { AnswerThread } from '../src/answer-thread/thread.ts';
import { commandName, type Command, type OptionValues } from '../src/command.ts';
import { renderReply, type ReplyRequest } from '../src/discord/command-reply.ts';
import { wantsAnswerThread } from '../src/config.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { startBot, type RunningBot } from '../src/discord/bot.ts';
import { Engine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log.ts';
import { fakeConfig, newUser, slash } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, isInteractionCallback, isOriginalEdit, type Recorded } from './fake-discord/server.ts';

const docs = loadCorpus('tests/fixtures/corpora/summit-quotes');
const engine = Engine.build(docs);
let commands: Command[];
const byName = (name: string): Command => commands.find((c) => commandName(c) === name)!;

async function until(ok: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const asks: [string, OptionValues][] = [
  ['ask', { question: 'Where did they meet?' }],
  ['ask', { question: 'What did Washington threaten to do?' }],
  ['who-said', { words: 'we will not give an inch' }],
  ['quotes', { speaker: 'Putin' }],
  ['timeline', {}],
  ['timeline', { topic: 'satellite' }],
  ['summary', { length: 'short' }],
  ['sources', {}],
  ['help', {}],
];

describe('the answer thread', () => {
  let thread: AnswerThread;
  beforeAll(async () => {
    commands = await loadCommands();
    thread = AnswerThread.start(engine);
    await until(() => thread.holds(engine), 'the thread holds the engine');
  }, 30_000);
  afterAll(async () => {
    await thread?.close();
  });

  const request = (command: string, options: OptionValues, page = 0): ReplyRequest => ({ command, options, userId: '500000000000000001', page, paged: Boolean(byName(command)?.paged) });
  const here = async (r: ReplyRequest, e: Engine = engine) => renderReply(await byName(r.command).run({ engine: e, commands }, r.options), r);

  it('replies to every read-only command exactly as the main thread does, at any page', async () => {
    for (const [name, options] of asks) {
      const r = request(name, options);
      expect(await thread.reply(engine, r, undefined), `${name} ${JSON.stringify(options)}`).toEqual(await here(r));
    }
    const second = { ...request('timeline', {}, 1), paged: true };
    expect(await thread.reply(engine, second, undefined)).toEqual(await here(second));
    expect(thread.stats.answers).toBeGreaterThanOrEqual(asks.length + 1);
  });

  it('declines what it does not run (an unknown command, /corpus, which changes the corpus) so that the caller answers it', async () => {
    expect(byName('corpus').mainThreadOnly).toBe(true);
    expect(await thread.reply(engine, request('corpus', { subcommand: 'remove', id: 'x' }), undefined)).toBeUndefined();
    expect(await thread.reply(engine, { ...request('sources', {}), command: 'no-such-command' }, undefined)).toBeUndefined();
  });

  it('never answers from another engine: a new engine is answered by the caller until the thread holds it', async () => {
    const next = Engine.build(docs);
    const sources = request('sources', {});
    expect(await thread.reply(next, sources, undefined)).toBeUndefined();
    await until(() => thread.holds(next), 'the thread holds the new engine');
    expect(thread.holds(engine)).toBe(false);
    expect(await thread.reply(engine, sources, undefined)).toBeUndefined();
    expect(await thread.reply(next, sources, undefined)).toEqual(await here(sources, next));
    await until(() => thread.holds(engine), 'the thread holds the first engine again');
  }, 30_000);

  it('once closed, leaves every reply to the caller', async () => {
    const closing = AnswerThread.start(engine);
    await until(() => closing.holds(engine), 'the second thread holds the engine');
    const long = request('summary', { length: 'long' });
    const pending = closing.reply(engine, long, undefined);
    await closing.close();
    const after = await pending;
    // Either it was worked out before the thread stopped, or it is left to the caller; never a wrong one.
    if (after !== undefined) expect(after).toEqual(await here(long));
    expect(await closing.reply(engine, request('sources', {}), undefined)).toBeUndefined();
    expect(closing.holds(engine)).toBe(false);
  }, 30_000);

  it('is on by default on a machine of two cores or more (not in a shard process), and as ANSWER_THREAD says', () => {
    expect(wantsAnswerThread('auto', 2, false)).toBe(true);
    expect(wantsAnswerThread('auto', 1, false)).toBe(false);
    expect(wantsAnswerThread('auto', 8, true)).toBe(false);
    expect(wantsAnswerThread('on', 1, true)).toBe(true);
    expect(wantsAnswerThread('off', 8, false)).toBe(false);
  });
});

describe('the bot with an answer thread, through the fake Discord', () => {
  let fake: FakeDiscord;
  const bots: RunningBot[] = [];

  beforeAll(async () => {
    commands = await loadCommands();
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => {
    for (const b of bots) await b.stop();
    await fake?.close();
  });

  async function start(answerThread: boolean): Promise<RunningBot> {
    const bot = await startBot({
      config: fakeConfig(fake.apiUrl),
      engine: () => engine,
      commands,
      logger: createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }), token: FAKE.token }),
      handleSignals: false,
      answerThread,
    });
    bots.push(bot);
    await fake.whenReady();
    return bot;
  }

  /** The body that carried each answer of a burst (its callback, or the edit of its deferral). */
  async function burst(questions: string[]): Promise<unknown[]> {
    const payloads = questions.map((q) => slash('ask', { question: q }, newUser()));
    const answered = payloads.map((p) =>
      fake.waitFor((r: Recorded) => r.token === p.token && r.status < 300 && ((isInteractionCallback(r) && (r.body as { type?: number }).type === 4) || isOriginalEdit(r)), 30_000),
    );
    fake.dispatchAll('INTERACTION_CREATE', payloads);
    const got = await Promise.all(answered);
    return got.map((r) => (isInteractionCallback(r) ? (r.body as { data?: unknown }).data : r.body));
  }

  it('answers a burst with the answers the bot gives without it, each once', async () => {
    const questions = Array.from({ length: 40 }, (_, n) => ['Where did they meet?', 'Who warned about sanctions?', 'What did the minister say about the border?', 'When was the treaty signed?'][n % 4]!);
    const without = await start(false);
    const plain = await burst(questions);
    await without.stop();
    const withThread = await start(true);
    await until(() => withThread.answerThread!.holds(engine), 'the bot\'s thread holds the engine');
    const threaded = await burst(questions);
    expect(withThread.answerThread!.stats.answers).toBe(questions.length);
    // Button ids carry the interaction's user, who differs between the two bursts: compare the words.
    const words = (bodies: unknown[]) => bodies.map((b) => JSON.stringify((b as { embeds?: unknown }).embeds));
    expect(plain.every((b) => ((b as { embeds?: unknown[] }).embeds?.length ?? 0) > 0)).toBe(true);
    expect(words(threaded)).toEqual(words(plain));
    expect(fake.rejections).toEqual([]);
  }, 60_000);
});
