/**
 * `npm run check:third-party -- --polnear <dir> [--words 7] [--limit 50]`
 *
 * Lists every line of the repository's own files (src, commands, tests, eval, bench, docs, README) that shares a run
 * of `--words` consecutive words with PolNeAR's articles (`<dir>/{train,dev,test}/text/*.txt`, read from where the
 * user put them, never committed). Stock newswriting ("did not respond to a request for comment") shares runs
 * too (about forty such lines at the end of session 40, all in the invented summit sets and probes): read each line
 * and reword any that copies an article. It prints the lines and their count and exits 0; exit 2 is a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFlags } from './flags.ts';
import { sharedRun, wordRuns } from './shared-runs.ts';

const usage = 'npm run check:third-party -- --polnear <dir> [--words 7] [--limit 50]';
const values = readFlags('check:third-party', usage, {
  polnear: { type: 'string' },
  words: { type: 'string', default: '7' },
  limit: { type: 'string', default: '50' },
});
if (!values.polnear) {
  console.error(`check:third-party: --polnear <dir> is required (the folder holding train/, dev/ and test/)\nusage: ${usage}`);
  process.exit(2);
}
const n = Number(values.words);
const limit = Number(values.limit);
if (!Number.isInteger(n) || n < 4) {
  console.error(`check:third-party: --words must be a whole number of at least 4, got "${values.words}"`);
  process.exit(2);
}

const known = new Set<string>();
let articles = 0;
for (const split of ['train', 'dev', 'test']) {
  const dir = join(values.polnear, split, 'text');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)) {
    for (const run of wordRuns(readFileSync(join(dir, file), 'utf8'), n)) known.add(run);
    articles++;
  }
}
if (articles === 0) {
  console.error(`check:third-party: no PolNeAR articles under ${values.polnear} (expected train/text/*.txt, dev/text/*.txt, test/text/*.txt)`);
  process.exit(2);
}

const root = process.cwd();
const OWN = ['src', 'commands', 'tests', 'eval', 'bench', 'docs', 'README.md'];
const TEXT = /\.(?:ts|md|json|txt)$/u;
function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    if (TEXT.test(path)) yield path;
    return;
  }
  for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) yield* files(join(path, entry));
}

let found = 0;
for (const top of OWN) {
  for (const file of files(join(root, top))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const run = sharedRun(line, known, n);
      if (run === null) return;
      found++;
      if (found <= limit) console.log(`${relative(root, file)}:${i + 1}: "${run}"`);
    });
  }
}
console.log(`${found} line(s) share a run of ${n} words with ${articles} PolNeAR articles${found > limit ? ` (first ${limit} shown)` : ''}`);
