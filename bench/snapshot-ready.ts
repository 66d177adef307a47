/**
 * Starts from a saved snapshot in a fresh process, as `npm start` does (openEngineParallel), and prints what it took as JSON:
 *
 *   node --import tsx bench/snapshot-ready.ts --corpus <dir> --file <snapshot> --questions <json file>
 *
 * `processReadyMs` counts from the process start (Node's time origin), so module loading is included. The
 * answers to the given questions are printed too, for run-size.ts to check them against the built engine's.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/log.ts';
import { openEngineParallel } from '../src/startup.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, file: { type: 'string' }, questions: { type: 'string' } } });
if (!values.corpus || !values.file || !values.questions) throw new Error('snapshot-ready: --corpus, --file and --questions are required');
const opened = await openEngineParallel({ corpusDir: values.corpus, snapshot: { mode: 'always', file: values.file } }, createLogger({ level: 'silent' }));
const processReadyMs = performance.now();
const rssMb = Math.round(process.memoryUsage().rss / 104857.6) / 10;
const questions = JSON.parse(readFileSync(values.questions, 'utf8')) as string[];
// Some tables are rebuilt from the snapshot on first use (the timeline's events): the first answer of each
// command after the start is timed apart, as the first user would wait for it.
const e = opened.engine;
const firsts: Record<string, () => unknown> = {
  ask: () => e.ask(questions[0] ?? 'summit', 3),
  'who-said': () => e.whoSaid(questions[1] ?? 'summit', 5),
  quotes: () => e.quotes(e.speakers().speakers[0]?.name ?? 'Putin'),
  timeline: () => e.timeline({ from: null, to: null, topic: null, source: null }),
  'timeline+topic': () => e.timeline({ from: null, to: null, topic: 'rocket', source: null }),
  'summary:corpus': () => e.summary({ length: 'medium', topic: null, source: null }),
  'summary:topic': () => e.summary({ length: 'medium', topic: 'sanctions', source: null }),
};
const firstAnswerMs: Record<string, number> = {};
for (const [name, run] of Object.entries(firsts)) {
  const t = performance.now();
  run();
  firstAnswerMs[name] = performance.now() - t;
}
const answers = questions.map((q) => e.ask(q, 3));
process.stdout.write(`${JSON.stringify({ from: opened.from, restoreMs: opened.ms, processReadyMs, rssMb, firstAnswerMs, answers })}\n`);
