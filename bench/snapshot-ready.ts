/**
 * Starts from a saved snapshot in a fresh process, as `npm start` does, and prints what it took as JSON:
 *
 *   node --import tsx bench/snapshot-ready.ts --corpus <dir> --file <snapshot> --questions <json file>
 *
 * `processReadyMs` counts from the process start (Node's time origin), so module loading is included. The
 * answers to the given questions are printed too, for run-size.ts to check them against the built engine's.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/log.ts';
import { openEngine } from '../src/startup.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, file: { type: 'string' }, questions: { type: 'string' } } });
if (!values.corpus || !values.file || !values.questions) throw new Error('snapshot-ready: --corpus, --file and --questions are required');
const opened = openEngine({ corpusDir: values.corpus, snapshot: { mode: 'always', file: values.file } }, createLogger({ level: 'silent' }));
const processReadyMs = performance.now();
const rssMb = Math.round(process.memoryUsage().rss / 104857.6) / 10;
const questions = JSON.parse(readFileSync(values.questions, 'utf8')) as string[];
const answers = questions.map((q) => opened.engine.ask(q, 3));
process.stdout.write(`${JSON.stringify({ from: opened.from, restoreMs: opened.ms, processReadyMs, rssMb, answers })}\n`);
