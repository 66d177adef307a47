/**
 * Measures one corpus size in a process of its own, so resident memory is this size's alone. Run by bench.ts:
 *
 *   node --expose-gc --import tsx bench/run-size.ts --corpus <dir> --out <file.json> [--seed N] [--budget-ms N]
 *        [--only ask,who-said,...] [--no-peers]
 *
 * Also the entry point for profiling one command: add `--cpu-prof` before `--import` and `--only <command>`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusFingerprint, loadCorpus } from '../src/corpus/load.ts';
import { saveSnapshot, snapshotKey } from '../src/engine/snapshot.ts';
import { buildInParallel } from '../src/engine/parallel.ts';
import type { Engine } from '../src/engine/engine.ts';
import type { Peer } from './peers.ts';
import { makeQueries, type QuerySets } from './queries.ts';
import { SEED_DOC } from './real-corpus.ts';
import { COMMANDS, measure, recallAt3, type CommandName, type Latency, type PeerResult, type SizeResult } from './measure.ts';
import { DEFAULT_SEED } from './generate.ts';

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'budget-ms': { type: 'string', default: '20000' },
      queries: { type: 'string', default: '300' },
      only: { type: 'string' },
      'no-peers': { type: 'boolean', default: false },
    },
  });
  if (!values.corpus) throw new Error('run-size: --corpus <dir> is required');
  const seed = Number(values.seed);
  const budgetMs = Number(values['budget-ms']);
  const only = values.only ? new Set(values.only.split(',')) : null;
  if (only) for (const c of only) if (!(COMMANDS as readonly string[]).includes(c)) throw new Error(`run-size: unknown command "${c}" in --only; known: ${COMMANDS.join(', ')}`);

  const fingerprint = corpusFingerprint(values.corpus);
  const t0 = performance.now();
  const docs = loadCorpus(values.corpus);
  const t1 = performance.now();
  // Left for bench.ts to read should the build outlast its time limit.
  if (values.out) writeFileSync(`${values.out}.partial`, JSON.stringify({ articles: docs.length, passages: docs.reduce((n, d) => n + d.paragraphs.length, 0), loadMs: t1 - t0 }));
  // As `npm start` builds it: on two threads for a large corpus.
  const engine = await buildInParallel(docs);
  const t2 = performance.now();
  const processReadyMs = performance.now();
  // The peers (Lunr, FlexSearch, MiniSearch) are loaded once the engine is ready, so that "process start →
  // ready" counts what the bot loads, not what the benchmark compares it with.
  const { buildPeers } = await import('./peers.ts');
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);

  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const seedQuestions = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-questions.json'), 'utf8')) as { q: string; p: number[] }[];
  const speakerNames = engine.speakers().speakers.flatMap((s) => [s.name, ...s.aliases]);
  const qs: QuerySets = makeQueries(docs, engine.passages, speakerNames, seedQuestions.map((s) => s.q), seed, Number(values.queries));

  const wanted = (c: CommandName): boolean => !only || only.has(c);
  const timeline = (f: (typeof qs.timeline)[number]) => engine.timeline(f);
  const summary = (o: (typeof qs.summarySource)[number]) => engine.summary(o);
  const runs: Record<CommandName, () => Latency> = {
    ask: () => measure(qs.ask, (q) => engine.ask(q, 3), budgetMs),
    'who-said': () => measure(qs.whoSaid, (q) => engine.whoSaid(q, 5), budgetMs),
    quotes: () => measure(qs.quotes, (q) => engine.quotes(q), budgetMs),
    timeline: () => measure(qs.timeline, timeline, budgetMs),
    'timeline+topic': () => measure(qs.timelineTopic, timeline, budgetMs),
    'summary:source': () => measure(qs.summarySource, summary, budgetMs),
    'summary:topic': () => measure(qs.summaryTopic, summary, budgetMs),
    'summary:corpus': () => measure(qs.summaryCorpus, summary, budgetMs),
  };
  const commands = Object.fromEntries(COMMANDS.map((c) => [c, wanted(c) ? runs[c]() : null])) as Record<CommandName, Latency | null>;

  const hasSeed = docs.some((d) => d.id === SEED_DOC);
  const recall3 = hasSeed ? recallAt3(seedQuestions, (q) => engine.ask(q, 3).results.map((r) => r.passage)) : null;

  const peers: PeerResult[] = [];
  if (!values['no-peers'] && wanted('ask')) {
    for (const peer of buildPeers(engine.passages) as Peer[]) {
      const lat = measure(qs.ask, (q) => peer.search(q, 3), budgetMs);
      peers.push({ name: peer.name, note: peer.note, buildMs: peer.buildMs, ...lat, recall3: hasSeed ? recallAt3(seedQuestions, (q) => peer.search(q, 3)) : null });
    }
  }

  const snapshot = measureSnapshot(values.corpus, fingerprint, engine, qs.ask.slice(0, 50), root);

  const result: SizeResult = {
    articles: docs.length,
    passages: engine.passages.length,
    loadMs: t1 - t0,
    buildMs: t2 - t1,
    readyMs: t2 - t0,
    processReadyMs,
    snapshot,
    rssMb: mb(mem.rss),
    heapUsedMb: mb(mem.heapUsed),
    peakRssMb,
    commands,
    recall3,
    seedQuestions: seedQuestions.length,
    peers,
  };
  const json = JSON.stringify(result, null, 2);
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(`${json}\n`);
}

/**
 * Saves the built engine as a snapshot, then starts a fresh process from it (bench/snapshot-ready.ts) and
 * checks that it answers the sample questions exactly as the built engine does.
 */
function measureSnapshot(corpus: string, fingerprint: string | null, engine: Engine, questions: string[], root: string): SizeResult['snapshot'] {
  if (fingerprint === null) return { error: 'the corpus folder could not be read for its fingerprint' };
  const dir = mkdtempSync(join(tmpdir(), 'summit-snapshot-'));
  try {
    const file = join(dir, 'engine.snapshot');
    const t = performance.now();
    const bytes = saveSnapshot(file, engine, snapshotKey(corpus, fingerprint));
    const saveMs = performance.now() - t;
    const questionsFile = join(dir, 'questions.json');
    writeFileSync(questionsFile, JSON.stringify(questions));
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', join(root, 'bench', 'snapshot-ready.ts'), '--corpus', corpus, '--file', file, '--questions', questionsFile], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (child.status !== 0) return { error: `the snapshot process exited with ${child.status ?? child.signal}: ${child.stderr.slice(0, 500)}` };
    const r = JSON.parse(child.stdout) as { from: string; restoreMs: number; processReadyMs: number; rssMb: number; firstAnswerMs: Record<string, number>; answers: unknown[] };
    if (r.from !== 'snapshot') return { error: 'the fresh process did not use the snapshot' };
    const identical = JSON.stringify(r.answers) === JSON.stringify(questions.map((q) => engine.ask(q, 3)));
    return { saveMs, bytes, restoreMs: r.restoreMs, processReadyMs: r.processReadyMs, rssMb: r.rssMb, firstAnswerMs: r.firstAnswerMs, identical };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`run-size: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
