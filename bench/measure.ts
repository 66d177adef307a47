/** What one corpus size measures, and how: latency percentiles, recall@3, and the shape of the results. */
import { SEED_DOC } from './real-corpus.ts';

/** Latency figures of one command over its queries, in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  firstError?: string;
}

export interface PeerResult extends Latency {
  name: string;
  note: string;
  buildMs: number;
  recall3: number | null;
}

/** Everything measured at one size; bench.ts turns a list of these into the table and latest.json. */
export interface SizeResult {
  articles: number;
  passages: number;
  loadMs: number;
  buildMs: number;
  readyMs: number;
  /** From the process starting (before TypeScript is compiled) to the engine being ready. */
  processReadyMs: number;
  snapshot: null | {
    /** Writing the snapshot file after the build. */
    saveMs: number;
    bytes: number;
    /** Reading it back in a fresh process: the read alone, and from the process start to ready. */
    restoreMs: number;
    processReadyMs: number;
    rssMb: number;
    /** The first answer of each command after the start, in ms (tables rebuilt on first use show here). */
    firstAnswerMs: Record<string, number>;
    /** Whether the restored engine answered the sample questions exactly as the built one. */
    identical: boolean;
  } | { error: string };
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
  commands: Record<CommandName, Latency | null>;
  recall3: number | null;
  seedQuestions: number;
  peers: PeerResult[];
}

export const COMMANDS = ['ask', 'who-said', 'quotes', 'timeline', 'timeline+topic', 'summary:source', 'summary:topic', 'summary:corpus'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The value at quantile q (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Times `fn` on each query until the queries or the time budget run out; a few unmeasured calls warm up first. */
export function measure<Q>(queries: readonly Q[], fn: (q: Q) => unknown, budgetMs: number): Latency {
  let errors = 0;
  let firstError: string | undefined;
  const call = (q: Q): number => {
    const t = performance.now();
    try {
      fn(q);
    } catch (err) {
      errors++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
    return performance.now() - t;
  };
  // Warm up on the same queries (a bot answers for hours; first-call compilation is not its latency), within a
  // quarter of the budget so a slow command still leaves time to be measured.
  const warmStart = performance.now();
  for (let i = 0; i < queries.length && performance.now() - warmStart < budgetMs / 4; i++) call(queries[i]!);
  errors = 0;
  firstError = undefined;
  const times: number[] = [];
  const start = performance.now();
  for (const q of queries) {
    times.push(call(q));
    if (performance.now() - start > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  const result: Latency = { n: times.length, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] ?? NaN, errors };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

/** Share of seed questions with one of their gold passages among the first three results. */
export function recallAt3(questions: readonly { q: string; p: number[] }[], search: (q: string) => string[]): number {
  let hits = 0;
  for (const { q, p } of questions) {
    const top = new Set(search(q).slice(0, 3));
    if (p.some((n) => top.has(`${SEED_DOC}#p${n}`))) hits++;
  }
  return hits / questions.length;
}

