/**
 * `npm run bench [-- --sizes 1,100,1000,10000] [--load-sizes bundled,1000,10000] [--seed N] [--budget-ms N] [--timeout-min N] [--no-peers] [--no-discord] [--no-steady] [--no-write]`
 *
 * --budget-ms: time allowed per command (and per peer) at each size; --timeout-min: time allowed per size.
 * --load-sizes: the corpora the bot is loaded at through the fake Discord (a burst of 700, then 100 a second
 * for 10 s; --no-steady leaves the steady load out); "bundled" is the corpus folder as shipped.
 *
 * Writes a corpus per size (the real articles topped up with generated ones, fixed seed), measures each size in
 * a child process of its own (bench/run-size.ts), measures the bot through the fake Discord, then prints one
 * table on standard output and writes the same figures to bench/results/latest.json and latest.md. Progress
 * goes to standard error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFlags } from '../eval/flags.ts';
import { DEFAULT_SEED, writeCorpus } from './generate.ts';
import { realArticles } from './real-corpus.ts';
import { COMMANDS, type Latency, type SizeResult } from './measure.ts';
import { measureDiscord, type DiscordResult } from './discord.ts';
import { measureLoad, type LoadResult } from './discord-load.ts';
import { renderLoadTable, loadTargets, type LoadRun } from './load-report.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** Load average (1 minute) when the run started and ended: other work on the machine slows every figure. */
  loadStart: number;
  loadEnd?: number;
}

export interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  seed: number;
  sizes: Record<string, SizeResult | { error: string }>;
  discord: DiscordResult | { measured: false; reason: string };
  /** The burst of 700 and the steady load, per corpus ("bundled" or a number of articles). */
  load: LoadRun[];
  targets: Target[];
}

const log = (msg: string): void => {
  process.stderr.write(`bench: ${msg}\n`);
};

function machine(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 1073741824) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    loadStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

function runSize(size: number, seed: number, budgetMs: number, peers: boolean, timeoutMin: number, realDocs: Parameters<typeof writeCorpus>[3]): SizeResult | { error: string } {
  const dir = join(tmpdir(), `summit-bench-${seed}-${size}`);
  const t = performance.now();
  const made = writeCorpus(dir, size, seed, realDocs);
  log(`size ${size}: wrote ${made.real} real + ${made.generated} generated articles to ${dir} in ${Math.round(performance.now() - t)} ms`);
  const out = join(dir, '_result.json');
  const args = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join(here, 'run-size.ts'), '--corpus', dir, '--out', out, '--seed', String(seed), '--budget-ms', String(budgetMs)];
  if (!peers) args.push('--no-peers');
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2], timeout: timeoutMin * 60 * 1000, killSignal: 'SIGKILL' });
  if (child.signal === 'SIGKILL' || (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    let partial = '';
    try {
      const p = JSON.parse(readFileSync(`${out}.partial`, 'utf8')) as { articles: number; passages: number; loadMs: number };
      partial = ` (${p.articles} articles, ${p.passages} passages loaded in ${Math.round(p.loadMs)} ms; the engine build had not finished)`;
    } catch {
      partial = ' (the corpus had not finished loading)';
    }
    rmSync(dir, { recursive: true, force: true });
    return { error: `not ready within the ${timeoutMin}-minute limit${partial}` };
  }
  if (child.error) return { error: `the child process failed: ${child.error.message}` };
  if (child.status !== 0) return { error: `the child process exited with ${child.status ?? child.signal}; see standard error above` };
  const result = JSON.parse(readFileSync(out, 'utf8')) as SizeResult;
  rmSync(dir, { recursive: true, force: true });
  log(`size ${size}: ready in ${Math.round(result.readyMs)} ms, rss ${result.rssMb} MB`);
  return result;
}

/** The burst and the steady load at one corpus: the bundled one, or one written for the run. */
async function loadAt(corpus: string, seed: number, realDocs: Parameters<typeof writeCorpus>[3], steady: boolean): Promise<LoadResult | { error: string }> {
  const size = Number(corpus.replace(/_/g, ''));
  if (corpus !== 'bundled' && !(Number.isInteger(size) && size >= 1)) return { error: `--load-sizes takes "bundled" or whole numbers >= 1, got "${corpus}"` };
  const dir = corpus === 'bundled' ? join(root, 'corpus') : join(tmpdir(), `summit-bench-load-${seed}-${size}`);
  if (corpus !== 'bundled') writeCorpus(dir, size, seed, realDocs);
  log(`load at ${corpus}: a burst of 700${steady ? ', then 100 a second for 10 s' : ''}, through the fake Discord`);
  try {
    return await measureLoad(root, dir, corpus, seed, steady);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  } finally {
    if (corpus !== 'bundled') rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const lat = (l: Latency | null | undefined): string => (l ? `${ms(l.p50)} / ${ms(l.p99)} / ${ms(l.max)} (${l.n})${l.errors > 0 ? ` ${l.errors} errors!` : ''}` : '–');
const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || !(b > 0) ? '–' : `${(a / b).toFixed(2)}×`);

type Snapshot = Exclude<SizeResult['snapshot'], null | { error: string }>;
const snap = (r: SizeResult, f: (s: Snapshot) => string): string => (r.snapshot === null ? 'no snapshot' : 'error' in r.snapshot ? `failed: ${r.snapshot.error}` : f(r.snapshot));

/** The one table: a row per figure, a column per corpus size. */
export function renderTable(report: BenchReport): string {
  const sizes = Object.keys(report.sizes);
  const ok = (s: string): SizeResult | null => {
    const r = report.sizes[s];
    return r && !('error' in r) ? r : null;
  };
  const rows: [string, (r: SizeResult) => string][] = [
    ['articles / passages', (r) => `${r.articles.toLocaleString('en-US')} / ${r.passages.toLocaleString('en-US')}`],
    ['load corpus files (ms)', (r) => ms(r.loadMs)],
    ['build engine (ms)', (r) => ms(r.buildMs)],
    ['ready from files: load + build (ms)', (r) => ms(r.readyMs)],
    ['process start → ready (ms)', (r) => ms(r.processReadyMs)],
    ['snapshot: save (ms) / size (MB)', (r) => snap(r, (x) => `${ms(x.saveMs)} / ${ms(x.bytes / 1048576)}`)],
    ['ready from snapshot: read / process start → ready (ms)', (r) => snap(r, (x) => `${ms(x.restoreMs)} / ${ms(x.processReadyMs)}${x.identical ? '' : ' (answers differ!)'}`)],
    ['resident memory from snapshot (MB)', (r) => snap(r, (x) => `${Math.round(x.rssMb)}`)],
    ['first answer after a snapshot start, slowest command (ms)', (r) => snap(r, (x) => {
      const [name, t] = Object.entries(x.firstAnswerMs).reduce((a, b) => (b[1] > a[1] ? b : a), ['–', 0]);
      return `${ms(t)} (${name})`;
    })],
    ['resident memory after build / peak (MB)', (r) => `${Math.round(r.rssMb)} / ${Math.round(r.peakRssMb)}`],
    ...COMMANDS.map((c): [string, (r: SizeResult) => string] => [`${c} p50 / p99 / max (queries)`, (r) => lat(r.commands[c])]),
    ...['MiniSearch', 'Lunr', 'FlexSearch'].flatMap((name): [string, (r: SizeResult) => string][] => [
      [`${name} search p50 / p99 / max (queries)`, (r) => lat(r.peers.find((p) => p.name === name))],
      [`ask ÷ ${name}, p50 / p99`, (r) => {
        const p = r.peers.find((x) => x.name === name);
        return p ? `${ratio(r.commands.ask?.p50, p.p50)} / ${ratio(r.commands.ask?.p99, p.p99)}` : '–';
      }],
    ]),
    ['index build: MiniSearch / Lunr / FlexSearch (ms)', (r) => (r.peers.length ? r.peers.map((p) => ms(p.buildMs)).join(' / ') : '–')],
    ['recall@3, seed questions: ours / MiniSearch / Lunr / FlexSearch', (r) => [pct(r.recall3), ...['MiniSearch', 'Lunr', 'FlexSearch'].map((n) => pct(r.peers.find((p) => p.name === n)?.recall3))].join(' / ')],
  ];
  const head = `| | ${sizes.map((s) => `${Number(s).toLocaleString('en-US')} article${s === '1' ? '' : 's'}`).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, f]) => `| ${label} | ${sizes.map((s) => {
    const r = ok(s);
    return r ? f(r) : `failed: ${(report.sizes[s] as { error: string }).error}`;
  }).join(' | ')} |`);
  const m = report.machine;
  const d = report.discord;
  const discord = d.measured
    ? `discord: ${d.answered}/${d.sent} interactions dispatched at once were answered (corpus: ${d.corpus}); dispatch → callback p50 ${ms(d.p50)} ms, p99 ${ms(d.p99)} ms, max ${ms(d.max)} ms; dispatch → answer p50 ${ms(d.answerP50)} ms, p99 ${ms(d.answerP99)} ms, max ${ms(d.answerMax)} ms; ${d.rejected} bodies rejected by the fake Discord`
    : `discord: not measured (${d.reason})`;
  const targets = report.targets.map((t) => `- ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'}: ${t.target} — ${t.value}`);
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; load average ${m.loadStart} at the start, ${m.loadEnd ?? '?'} at the end. Seed ${report.seed}, ${report.date}. Times in ms: p50 / p99 / max.`,
    '',
    head,
    rule,
    ...body,
    '',
    discord,
    '',
    ...renderLoadTable(report.load),
    'Targets:',
    ...targets,
    '',
  ].join('\n');
}

/** Checks the issue's targets against the figures; null where the size or part was not run. */
export function checkTargets(report: BenchReport): Target[] {
  const get = (size: number): SizeResult | null => {
    const r = report.sizes[String(size)];
    return r && !('error' in r) ? r : null;
  };
  const t: Target[] = [];
  const one = get(1);
  const worst = (r: SizeResult, cs: readonly string[]): { c: string; p99: number } =>
    cs.map((c) => ({ c, p99: r.commands[c as (typeof COMMANDS)[number]]?.p99 ?? NaN })).reduce((a, b) => (b.p99 > a.p99 || Number.isNaN(b.p99) ? b : a));
  if (one) {
    const w = worst(one, COMMANDS);
    t.push({ target: 'bundled corpus: every command under 5 ms at p99', value: `slowest ${w.c} ${ms(w.p99)} ms`, met: w.p99 < 5 });
    t.push({ target: 'bundled corpus: process start to ready under 1 s', value: `${ms(one.processReadyMs)} ms`, met: one.processReadyMs < 1000 });
  }
  const big = get(10000);
  if (big) {
    const a = worst(big, ['ask', 'who-said', 'quotes']);
    t.push({ target: '10,000 articles: ask, who-said, quotes under 50 ms at p99', value: `slowest ${a.c} ${ms(a.p99)} ms`, met: a.p99 < 50 });
    const b = worst(big, ['timeline', 'timeline+topic', 'summary:source', 'summary:topic', 'summary:corpus']);
    t.push({ target: '10,000 articles: timeline and summary under 200 ms at p99', value: `slowest ${b.c} ${ms(b.p99)} ms`, met: b.p99 < 200 });
    t.push({ target: '10,000 articles: ready from files under 15 s (process start → ready)', value: `${ms(big.processReadyMs)} ms`, met: big.processReadyMs < 15000 });
    const s = big.snapshot;
    t.push(
      s === null || 'error' in s
        ? { target: '10,000 articles: ready from a snapshot under 3 s (process start → ready)', value: s ? s.error : 'the engine has no snapshot', met: null }
        : { target: '10,000 articles: ready from a snapshot under 3 s (process start → ready)', value: `${ms(s.processReadyMs)} ms${s.identical ? ', same answers as the built engine' : ', but its answers differ from the built engine'}`, met: s.processReadyMs < 3000 && s.identical },
    );
    t.push({ target: '10,000 articles: resident memory under 2 GB', value: `peak ${Math.round(big.peakRssMb)} MB`, met: big.peakRssMb < 2048 });
  }
  for (const [size, r] of Object.entries(report.sizes)) {
    if ('error' in r) continue;
    const m = r.peers.find((p) => p.name === 'MiniSearch');
    if (!m || !r.commands.ask) continue;
    const p50 = r.commands.ask.p50 / m.p50;
    const p99 = r.commands.ask.p99 / m.p99;
    t.push({ target: `${Number(size).toLocaleString('en-US')} article${size === '1' ? '' : 's'}: ask within 2× a bare MiniSearch search`, value: `p50 ${p50.toFixed(2)}×, p99 ${p99.toFixed(2)}×`, met: p50 <= 2 && p99 <= 2 });
  }
  if (one && one.recall3 !== null && one.peers.length > 0) {
    const best = one.peers.reduce((a, b) => ((b.recall3 ?? 0) > (a.recall3 ?? 0) ? b : a));
    t.push({ target: 'recall@3 on the seed questions at least the best peer’s', value: `ours ${pct(one.recall3)}, best peer ${best.name} ${pct(best.recall3)}`, met: one.recall3 >= (best.recall3 ?? 0) });
  }
  t.push(...loadTargets(report.load));
  const d = report.discord;
  t.push(
    d.measured
      ? { target: '500 simultaneous interactions all answered, p99 under 1 s', value: `${d.answered}/${d.sent} answered, p99 ${ms(d.p99)} ms`, met: d.answered === d.sent && d.sent >= 500 && d.p99 < 1000 && d.rejected === 0 }
      : { target: '500 simultaneous interactions all answered, p99 under 1 s', value: `not measured (${d.reason})`, met: null },
  );
  return t;
}

const BENCH_USAGE = 'npm run bench [-- --sizes 1,100,1000,10000] [--load-sizes bundled,1000,10000] [--seed N] [--budget-ms N] [--timeout-min N] [--no-peers] [--no-discord] [--no-steady] [--no-write]';

async function main(): Promise<void> {
  const values = readFlags('bench', BENCH_USAGE, {
      sizes: { type: 'string', default: '1,100,1000,10000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'budget-ms': { type: 'string', default: '15000' },
      'no-peers': { type: 'boolean', default: false },
      'no-discord': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'timeout-min': { type: 'string', default: '30' },
      'load-sizes': { type: 'string', default: 'bundled,1000,10000' },
      'no-steady': { type: 'boolean', default: false },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  for (const s of sizes) if (!Number.isInteger(s) || s < 1) throw new Error(`bench: --sizes takes whole numbers >= 1 separated by commas, got "${values.sizes}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed must be a whole number, got "${values.seed}"`);
  const budgetMs = Number(values['budget-ms']);

  const real = realArticles(root);
  log(`real articles: ${real.docs.length} from ${real.from}`);
  const report: BenchReport = { date: new Date().toISOString(), machine: machine(), seed, sizes: {}, discord: { measured: false, reason: 'skipped with --no-discord' }, load: [], targets: [] };
  for (const size of sizes) report.sizes[String(size)] = runSize(size, seed, budgetMs, !values['no-peers'], Number(values['timeout-min']), real.docs);
  if (!values['no-discord']) {
    log('discord: 500 interactions through the fake Discord');
    report.discord = await measureDiscord(root, 500);
    for (const corpus of values['load-sizes'].split(',').map((x) => x.trim()).filter(Boolean)) {
      report.load.push({ corpus, result: await loadAt(corpus, seed, real.docs, !values['no-steady']) });
    }
  }
  report.machine.loadEnd = Math.round(loadavg()[0]! * 100) / 100;
  report.targets = checkTargets(report);

  const table = renderTable(report);
  process.stdout.write(table);
  if (!values['no-write']) {
    const dir = join(here, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'latest.md'), `# Benchmark: latest run\n\n\`npm run bench -- --sizes ${sizes.join(',')}\`\n\n${table}`);
    log(`wrote ${join(dir, 'latest.json')} and latest.md`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
