/**
 * `npx tsx bench/line-profile.ts <corpus dir> [lines]`: self time per source line of the quote build (a first
 * build, then a warm one, as `quote-build-alternate.ts` times them). tsx hands V8 each file's code on one line,
 * so a `--cpu-prof` profile of a tsx run tells functions (by column) but no lines; here the build is bundled by
 * esbuild first (dependencies left outside) and profiled as plain JavaScript, whose lines are the bundle's.
 * The bundle is written to `.line-profile/` at the project root (so paths relative to a module, such as the
 * lexicon's `../../node_modules`, resolve as from `src/quotes/`), and removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const [corpus, count = '60'] = process.argv.slice(2);
if (!corpus) throw new Error('line-profile: give a corpus folder');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.line-profile', 'bundle');
rmSync(join(root, '.line-profile'), { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { loadCorpus } from '${root}/src/corpus/load.ts';
import { buildPassages } from '${root}/src/text/passages.ts';
import { QuoteBook } from '${root}/src/quotes/quotes.ts';
const docs = loadCorpus(process.argv[2]);
const passages = buildPassages(docs);
for (const round of ['first', 'warm']) {
  const c = process.cpuUsage();
  QuoteBook.build(passages, docs);
  const u = process.cpuUsage(c);
  console.log(round + ' build CPU ms', Math.round((u.user + u.system) / 1000));
}
`,
);
const bundle = join(dir, 'build.mjs');
// The target tsx gives esbuild (this Node's version), so the bundle's code is what a tsx run executes: with the
// default target, literals such as /\p{Lu}/u that tsx rewrites as new RegExp("...") stay literals and their cost is missed.
buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'warning', target: `node${process.versions.node}` });
try {
  const profDir = join(root, '.line-profile', 'prof');
  execFileSync(process.execPath, ['--max-old-space-size=8192', '--cpu-prof', `--cpu-prof-dir=${profDir}`, bundle, corpus], { stdio: 'inherit', cwd: root });
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
  const p = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as {
    nodes: { callFrame: { url: string }; positionTicks?: { line: number; ticks: number }[] }[];
    samples: number[];
    startTime: number;
    endTime: number;
  };
  const lines = readFileSync(bundle, 'utf8').split('\n');
  const ms = (p.endTime - p.startTime) / p.samples.length / 1000;
  const ticks = new Map<number, number>();
  for (const n of p.nodes) if (n.callFrame.url.endsWith('build.mjs')) for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
  // The source file a bundle line came from: esbuild heads each module with a "// path" comment.
  const fileAt = (line: number): string => {
    for (let i = line - 1; i >= 0; i--) if (/^\/\/ (?:src|bench|\.\.)\//u.test(lines[i]!)) return lines[i]!.slice(3);
    return '?';
  };
  for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
    console.log(`${String(Math.round(t * ms)).padStart(7)} ms  ${fileAt(line).padEnd(36)} ${lines[line - 1]!.trim().slice(0, 120)}`);
  }
  console.log('(time on a line includes what V8 inlined there, and the memory stalls of what it reads: check a hot line by timing it alone)');
} finally {
  rmSync(join(root, '.line-profile'), { recursive: true, force: true });
}
