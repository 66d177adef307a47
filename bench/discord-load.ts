/**
 * The bot under load through the fake Discord, at one corpus: a burst of 700 interactions dispatched at once
 * (500 /ask, 100 /who-said, 100 /timeline, interleaved, each from another member, fresh interaction ids), then a
 * steady load of 100 interactions a second for 10 seconds of the same mix. The real bot runs in a process of
 * its own (bench/discord-bot.ts) on the given corpus and draws the questions from it (bench/queries.ts).
 *
 * Each interaction is timed from its dispatch on the gateway to its first callback (the answer itself, or a
 * deferral) and to its answer (the callback that carries it, or the edit of the deferred reply).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stopBot } from './discord.ts';
import { quantile } from './measure.ts';
import type { TimelineQuery } from './queries.ts';
import type { Recorded } from '../tests/fake-discord/server.ts';

/** Percentiles over the interactions of one run, in ms. */
export interface Spread {
  /** The first to arrive: under a burst, how soon answers start leaving. */
  min: number;
  p50: number;
  p99: number;
  max: number;
}

/** One run (a burst, or the steady load). */
export interface LoadFigures {
  sent: number;
  /** Got their answer: in the callback, or as a successful edit of a deferred reply. */
  answered: number;
  /** Acknowledged with a deferral first. */
  deferred: number;
  /** First callback later than Discord's 3 s after dispatch (Discord would have dropped them). */
  lateAcknowledged: number;
  /** Bodies the fake Discord rejected (by the documented limits; the schema checks are off here). */
  rejected: number;
  toCallback: Spread;
  toAnswer: Spread;
  /** Wall time from the first dispatch to the last answer, in ms. */
  spanMs: number;
}

/** The bot process's CPU time from ready to the end of the runs, and the part its commands (the engine) took. */
export interface BotCpu {
  cpuMs: number;
  answerMs: number;
  answers: number;
}

export interface LoadResult {
  corpus: string;
  articles: number;
  burst: LoadFigures;
  steady: LoadFigures | null;
  botCpu: BotCpu | null;
  /** CPU time of this process (the fake Discord, dispatching and checking bodies) during the burst: it shares the machine's cores with the bot. */
  fakeCpuMs: number;
}

interface Queries {
  articles: number;
  ask: string[];
  whoSaid: string[];
  timeline: TimelineQuery[];
  timelineTopic: TimelineQuery[];
}

type FakeModule = typeof import('../tests/fake-discord/server.ts');
type InteractionsModule = typeof import('../tests/fake-discord/interactions.ts');

/** The mix: of every 7, 5 /ask, 1 /who-said, 1 /timeline (half of them with a topic). */
function mixer(q: Queries): (n: number) => { name: string; options: Record<string, string> } {
  const at = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
  return (n) => {
    const k = n % 7;
    const round = Math.floor(n / 7);
    if (k < 5) return { name: 'ask', options: { question: at(q.ask, round * 5 + k).slice(0, 300) } };
    if (k === 5) return { name: 'who-said', options: { words: at(q.whoSaid, round).slice(0, 300) || 'summit' } };
    const t = at(round % 2 === 0 ? q.timeline : q.timelineTopic, round);
    const options: Record<string, string> = {};
    for (const key of ['from', 'to', 'topic', 'source'] as const) {
      const v = t[key];
      if (v) options[key] = v.slice(0, key === 'from' || key === 'to' ? 10 : 100);
    }
    return { name: 'timeline', options };
  };
}

/** Times interactions as the fake records the bot's requests about them. */
class Timer {
  private readonly sentAt = new Map<string, number>();
  private readonly callbackAt = new Map<string, number>();
  private readonly answerAt = new Map<string, number>();
  private readonly deferredTokens = new Set<string>();
  private readonly waiting = new Map<string, () => void>();

  /** Call from the fake's request hook. */
  see(r: Recorded): void {
    if (!r.token || !this.sentAt.has(r.token) || r.status >= 300) return;
    // When the request reached the fake, not when the fake (sharing the machine) got round to checking it.
    const now = r.receivedAt;
    if (r.method === 'POST' && r.path.endsWith('/callback')) {
      this.callbackAt.set(r.token, now);
      if ((r.body as { type?: number } | undefined)?.type === 5) this.deferredTokens.add(r.token);
      else this.answerAt.set(r.token, now);
    } else if (r.method === 'PATCH' && r.path.endsWith('/messages/@original')) this.answerAt.set(r.token, now);
    if (this.answerAt.has(r.token)) this.waiting.get(r.token)?.();
  }

  /** Marks the dispatch time; resolves when its answer arrives, or after `timeoutMs`. */
  sent(token: string, timeoutMs: number): Promise<void> {
    this.sentAt.set(token, performance.now());
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiting.set(token, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  figures(tokens: readonly string[], rejected: number): LoadFigures {
    const since = (at: Map<string, number>): number[] =>
      tokens.flatMap((t) => (at.has(t) ? [at.get(t)! - this.sentAt.get(t)!] : [])).sort((a, b) => a - b);
    const spread = (xs: number[]): Spread => ({ min: xs[0] ?? NaN, p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: xs[xs.length - 1] ?? NaN });
    const callbacks = since(this.callbackAt);
    const first = Math.min(...tokens.map((t) => this.sentAt.get(t)!));
    const last = Math.max(...tokens.flatMap((t) => (this.answerAt.has(t) ? [this.answerAt.get(t)!] : [])));
    return {
      sent: tokens.length,
      answered: tokens.filter((t) => this.answerAt.has(t)).length,
      deferred: tokens.filter((t) => this.deferredTokens.has(t)).length,
      lateAcknowledged: tokens.length - callbacks.filter((x) => x <= 3000).length,
      rejected,
      toCallback: spread(callbacks),
      toAnswer: spread(since(this.answerAt)),
      spanMs: last - first,
    };
  }
}

/** Starts the bot on `corpusDir` against a fresh fake Discord and runs the burst and the steady load. */
export async function measureLoad(root: string, corpusDir: string, label: string, seed: number, steady: boolean): Promise<LoadResult> {
  const { FakeDiscord, FAKE } = (await import('../tests/fake-discord/server.ts')) as FakeModule;
  const { newUser, slash } = (await import('../tests/fake-discord/interactions.ts')) as InteractionsModule;
  // Only the newest requests are kept: the timer sees each as it is recorded.
  // Without the schema checks (the tests make them): they would take the CPU the bot needs on a small machine.
  const fake = await new FakeDiscord({ recordLimit: 100, schemaChecks: false }).start();
  const timer = new Timer();
  fake.onRecord = (r) => timer.see(r);
  // BENCH_BOT_PROFILE=<dir> writes a CPU profile of the bot process there (read it with bench/top-self-time.ts).
  const profile = process.env.BENCH_BOT_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_BOT_PROFILE}`] : [];
  const bot = spawn(process.execPath, [...profile, '--max-old-space-size=8192', '--import', 'tsx', join(root, 'bench', 'discord-bot.ts'), fake.apiUrl, FAKE.token, FAKE.applicationId, corpusDir, String(seed)], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => bot.once('exit', () => resolve()));
  let botCpu: Promise<BotCpu | null> = Promise.resolve(null);
  try {
    let cpuLine: (cpu: BotCpu) => void = () => undefined;
    const cpuReported = new Promise<BotCpu | null>((resolve) => {
      cpuLine = resolve;
      bot.once('exit', () => resolve(null));
    });
    const queries = await new Promise<Queries>((resolve, reject) => {
      let buffered = '';
      let q: Queries | undefined;
      bot.stdout.on('data', (chunk: Buffer) => {
        buffered += String(chunk);
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          if (line.startsWith('queries ')) q = JSON.parse(line.slice('queries '.length)) as Queries;
          else if (line.startsWith('cpu ')) cpuLine(JSON.parse(line.slice('cpu '.length)) as BotCpu);
          else if (line === 'ready') {
            if (q) resolve(q);
            else reject(new Error('the bot was ready before it printed its questions'));
          }
        }
      });
      bot.once('exit', (code) => reject(new Error(`the bot process exited (${String(code)}) before it was ready; see standard error above`)));
    });
    botCpu = cpuReported;
    await fake.whenReady();
    const make = mixer(queries);
    const payloadOf = (n: number) => {
      const c = make(n);
      return slash(c.name, c.options, newUser());
    };
    // A burst's payloads are made before the first dispatch, so that this process (which is also the fake
    // Discord, and reads no request while it dispatches) spends the burst's dispatch on sending alone; the
    // steady load's are made at their dispatch. Each id carries its creation time, which the bot reads as its age.
    const run = async (first: number, count: number, pace: ((n: number) => Promise<void>) | null): Promise<LoadFigures> => {
      const rejectedBefore = fake.rejections.length;
      const answered: Promise<void>[] = [];
      const tokens: string[] = [];
      const made = pace ? null : Array.from({ length: count }, (_, n) => payloadOf(first + n));
      for (let n = 0; n < count; n++) {
        if (pace) await pace(n);
        const p = made?.[n] ?? payloadOf(first + n);
        tokens.push(p.token);
        answered.push(timer.sent(p.token, 60_000));
        fake.dispatch('INTERACTION_CREATE', p);
      }
      await Promise.all(answered);
      return timer.figures(tokens, fake.rejections.length - rejectedBefore);
    };
    const benchCpu = process.cpuUsage();
    const burst = await run(0, 700, null);
    const fakeCpu = process.cpuUsage(benchCpu);
    const fakeCpuMs = (fakeCpu.user + fakeCpu.system) / 1000;
    // Let the bot's queues drain and Discord's 3 s pass before the steady load starts.
    await new Promise((r) => setTimeout(r, 1000));
    let steadyFigures: LoadFigures | null = null;
    if (steady) {
      const rate = 100;
      const start = performance.now();
      // Dispatch n at start + n × 10 ms: a timer that fires late sends what is due at once, as a busy gateway would.
      const pace = async (n: number): Promise<void> => {
        const due = start + (n * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      };
      steadyFigures = await run(700, rate * 10, pace);
    }
    bot.stdin.end();
    return { corpus: label, articles: queries.articles, burst, steady: steadyFigures, botCpu: await botCpu, fakeCpuMs };
  } finally {
    await stopBot(bot, exited, fake);
  }
}
