import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watchCorpus, type CorpusWatcher } from '../src/corpus/watch.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { writeFileAtomic } from '../src/corpus/write.ts';
import { Engine } from '../src/engine/engine.ts';
import { ingestFile } from '../src/corpus/ingest.ts';
import { memoryLogger } from './helpers/logger.ts';

// renameSync is the real one unless a test asks it to fail, to see what a failed rename leaves behind.
const fsControl = vi.hoisted(() => ({ failRename: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof real.renameSync = (from, to) => {
    if (fsControl.failRename) throw Object.assign(new Error(`EIO: simulated rename failure, rename '${String(from)}'`), { code: 'EIO' });
    real.renameSync(from, to);
  };
  return { ...real, default: { ...real, renameSync }, renameSync };
});

function article(title: string, published: string, paragraphs: string[]): string {
  return `---\ntitle: ${title}\noutlet: Test Wire\npublished: ${published}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

const FIRST = article('Launch site visit', '2023-09-13', [
  'The two leaders toured the Vostochny Cosmodrome on Wednesday before their talks.',
  '"We will help them build satellites," the president told reporters after the tour.',
]);
const SECOND = article('Rail journey ends', '2023-09-14', [
  'The armoured train arrived in Komsomolsk-on-Amur on Friday, where the delegation visited an aircraft plant.',
]);

/** Waits until `check` holds, looking every 25 ms, failing with `what` after the deadline. */
async function until(what: string, check: () => boolean, deadlineMs = 8000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let dir: string;
let live: CorpusWatcher<Engine> | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'watch-corpus-'));
  writeFileSync(join(dir, 'launch-site.md'), FIRST);
});

afterEach(() => {
  live?.close();
  live = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: { pollMs?: number } = {}) {
  const { logger, lines } = memoryLogger();
  const swaps: Engine[] = [];
  live = watchCorpus({
    dir,
    initial: Engine.build(loadCorpus(dir)),
    build: (docs) => Engine.build(docs),
    logger,
    debounceMs: 50,
    pollMs: extra.pollMs ?? 0,
    onSwap: (e) => swaps.push(e),
  });
  return { live, lines, swaps };
}

const ids = (e: Engine) => e.documents.map((d) => d.id).sort();

describe('watchCorpus', () => {
  it('picks up an added, an edited and a removed article, each swapped in whole', async () => {
    const { live, lines } = start();
    expect(ids(live.current())).toEqual(['launch-site']);

    writeFileSync(join(dir, 'rail-journey.md'), SECOND);
    await until('the added article', () => live.current().documents.length === 2);
    expect(ids(live.current())).toEqual(['launch-site', 'rail-journey']);
    expect(live.current().ask('armoured train Komsomolsk').results[0]?.citation.doc).toBe('rail-journey');

    writeFileSync(join(dir, 'rail-journey.md'), SECOND.replace('aircraft plant', 'fighter jet factory'));
    await until('the edited text', () => live.current().document('rail-journey')?.paragraphs[0]?.includes('fighter jet factory') ?? false);

    rmSync(join(dir, 'rail-journey.md'));
    await until('the removed article gone', () => live.current().document('rail-journey') === undefined);
    expect(ids(live.current())).toEqual(['launch-site']);
    expect(lines.some((l) => l.event === 'corpus_reloaded')).toBe(true);
  });

  it('keeps the last good corpus on an invalid change, names file and field, and takes the fix', async () => {
    const { live, lines } = start();
    const good = live.current();
    writeFileSync(join(dir, 'broken.md'), article('Broken', '2023-02-30', ['A day that does not exist.']));
    await until('the problem logged', () => lines.some((l) => l.event === 'corpus_rejected'));
    expect(live.current()).toBe(good);
    const rejected = lines.find((l) => l.event === 'corpus_rejected') as { problems: { file: string; field: string; message: string }[]; msg: string; level: number };
    expect(rejected.level).toBeGreaterThanOrEqual(50);
    expect(rejected.problems).toContainEqual(expect.objectContaining({ file: 'broken.md', field: 'published' }));
    expect(rejected.msg).toContain('broken.md');
    expect(rejected.msg).toContain('published');

    // Two problems in two files: both are reported, not just the first.
    writeFileSync(join(dir, 'untitled.md'), '---\noutlet: Test Wire\npublished: 2023-09-01\n---\n\nText.\n');
    await until('both problems logged', () =>
      lines.some((l) => l.event === 'corpus_rejected' && (l.problems as { file: string }[]).some((p) => p.file === 'untitled.md')),
    );
    const both = lines.filter((l) => l.event === 'corpus_rejected').at(-1) as { problems: { file: string; field: string }[] };
    expect(both.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'broken.md', field: 'published' }), expect.objectContaining({ file: 'untitled.md', field: 'title' })]),
    );
    expect(live.current()).toBe(good);

    rmSync(join(dir, 'untitled.md'));
    writeFileSync(join(dir, 'broken.md'), article('Broken no more', '2023-02-28', ['A day that does exist.']));
    await until('the fixed corpus', () => live.current().documents.length === 2);
    expect(live.current().document('broken')?.title).toBe('Broken no more');
  });

  it('lets an answer in progress finish on the engine it started with', async () => {
    const { live } = start();
    const before = live.current();
    writeFileSync(join(dir, 'launch-site.md'), FIRST.replace('Vostochny Cosmodrome', 'Baikonur launch pad'));
    await until('the swap', () => live.current() !== before);
    // The old engine is untouched and still answers from the old text.
    const old = before.ask('Vostochny Cosmodrome');
    expect(old.answered).toBe(true);
    expect(old.results[0]?.text).toContain('Vostochny Cosmodrome');
    expect(before.document('launch-site')?.paragraphs[0]).toContain('Vostochny');
    expect(live.current().document('launch-site')?.paragraphs[0]).toContain('Baikonur launch pad');
  });

  it('ignores temporary files and does not rebuild when the articles did not change', async () => {
    const { live, swaps, lines } = start();
    writeFileSync(join(dir, '.launch-site.md.123.tmp'), 'half a file');
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    // An atomic rewrite with the same content is a change on disk: it is taken, once.
    writeFileAtomic(join(dir, 'launch-site.md'), FIRST);
    await until('one reload', () => swaps.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(join(dir, '.another.tmp'), 'x');
    await new Promise((r) => setTimeout(r, 300));
    expect(swaps.length).toBe(1);
    expect(lines.filter((l) => l.event === 'corpus_rejected')).toEqual([]);
    expect(ids(live.current())).toEqual(['launch-site']);
  });

  it('polls for changes fs.watch misses, including a folder deleted and made again', async () => {
    const { live } = start({ pollMs: 100 });
    const staged = mkdtempSync(join(tmpdir(), 'watch-staged-'));
    writeFileSync(join(staged, 'launch-site.md'), FIRST);
    writeFileSync(join(staged, 'rail-journey.md'), SECOND);
    rmSync(dir, { recursive: true });
    renameSync(staged, dir);
    await until('the new folder', () => live.current().documents.length === 2);
    writeFileSync(join(dir, 'third.md'), article('Third', '2023-09-15', ['A third article about the summit.']));
    await until('a change in the new folder', () => live.current().documents.length === 3);
  });

  it('survives the folder disappearing: the last good corpus stays in service', async () => {
    const { live, lines } = start({ pollMs: 100 });
    const good = live.current();
    rmSync(dir, { recursive: true });
    await new Promise((r) => setTimeout(r, 400));
    expect(live.current()).toBe(good);
    mkdirSync(dir);
    writeFileSync(join(dir, 'rail-journey.md'), SECOND);
    await until('the folder back', () => ids(live.current()).join() === 'rail-journey');
    expect(lines.every((l) => l.level !== 60)).toBe(true);
    expect(readdirSync(dir)).toEqual(['rail-journey.md']);
  });

  it('reload() reports failure when a build throws, and keeps the engine', () => {
    const { logger, lines } = memoryLogger();
    let fail = true;
    live = undefined;
    const w = watchCorpus<string>({
      dir,
      initial: 'initial',
      build: (docs) => {
        if (fail) throw new Error('engine bug');
        return docs.map((d) => d.id).join();
      },
      logger,
      pollMs: 0,
    });
    try {
      expect(w.reload()).toBe(false);
      expect(w.current()).toBe('initial');
      expect(lines.at(-1)).toMatchObject({ event: 'corpus_rejected', err: { message: 'engine bug' } });
      fail = false;
      expect(w.reload()).toBe(true);
      expect(w.current()).toBe('launch-site');
    } finally {
      w.close();
    }
  });

  it('keeps serving the old engine while a build runs elsewhere, then swaps, and looks again at changes made meanwhile', async () => {
    const { logger, lines } = memoryLogger();
    live = undefined;
    const pending: { docs: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
    const swaps: string[] = [];
    const w = watchCorpus<string>({
      dir,
      initial: 'initial',
      build: (docs) => new Promise<string>((resolve, reject) => pending.push({ docs: docs.map((d) => d.id).join(), resolve, reject })),
      logger,
      debounceMs: 20,
      pollMs: 0,
      onSwap: (e) => swaps.push(e),
    });
    try {
      const first = w.reload();
      expect(first).toBeInstanceOf(Promise);
      expect(w.current()).toBe('initial');
      // A change while the build runs: no second build at once, one after the first settles.
      writeFileSync(join(dir, 'rail-journey.md'), SECOND);
      await new Promise((r) => setTimeout(r, 150));
      expect(pending).toHaveLength(1);
      pending[0]!.resolve(`built:${pending[0]!.docs}`);
      expect(await first).toBe(true);
      expect(w.current()).toBe('built:launch-site');
      await until('the change made during the build is built', () => pending.length === 2);
      expect(pending[1]!.docs).toBe('launch-site,rail-journey');
      pending[1]!.reject(new Error('worker crashed'));
      await until('the failed build is logged', () => lines.some((l) => l.event === 'corpus_rejected'));
      expect(w.current()).toBe('built:launch-site');
      expect(swaps).toEqual(['built:launch-site']);
      // A reload asked for during a build follows it.
      const again = w.reload();
      const after = w.reload();
      await until('the third build starts', () => pending.length === 3);
      pending[2]!.resolve('third');
      expect(await again).toBe(true);
      await until('the reload asked during it builds again', () => pending.length === 4);
      pending[3]!.resolve('fourth');
      expect(await after).toBe(true);
      expect(w.current()).toBe('fourth');
    } finally {
      w.close();
    }
  });
});

// ---------------------------------------------------------------- atomic writes (src/corpus/write.ts, ingest.ts)

describe('the corpus is never half-written', () => {
  it('a failing rename leaves the old article intact and no temporary file', () => {
    const target = join(dir, 'launch-site.md');
    fsControl.failRename = true;
    try {
      expect(() => writeFileAtomic(target, 'half-baked')).toThrow(/simulated rename failure/);
    } finally {
      fsControl.failRename = false;
    }
    expect(readFileSync(target, 'utf8')).toBe(FIRST);
    expect(readdirSync(dir)).toEqual(['launch-site.md']);
    expect(loadCorpus(dir).map((d) => d.id)).toEqual(['launch-site']);
  });

  it('ingest never overwrites a different article without --force, and replaces it whole with it', () => {
    const raw = join(dir, 'raw.txt');
    writeFileSync(raw, 'Rail journey ends\n\nThe armoured train arrived in Komsomolsk-on-Amur on Friday, where the delegation visited a plant.\n');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'launch-site.md'), FIRST);
    expect(() => ingestFile(raw, { out, id: 'launch-site', published: '2023-09-15', outlet: 'Test Wire' })).toThrow(/already exists/);
    expect(readFileSync(join(out, 'launch-site.md'), 'utf8')).toBe(FIRST);
    const r = ingestFile(raw, { out, id: 'launch-site', published: '2023-09-15', outlet: 'Test Wire', force: true });
    expect(r.written).toBe(true);
    expect(readFileSync(join(out, 'launch-site.md'), 'utf8')).toContain('armoured train');
    expect(readdirSync(out)).toEqual(['launch-site.md']);
  });

  it('a writer killed at any moment leaves a whole article, old or new, and a corpus that loads', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const target = join(dir, 'launch-site.md');
    // Two complete versions, large enough that a kill often lands inside a write.
    const versions = [FIRST, SECOND].map((v, i) => v.replace(/\n$/, `\n\n${`Padding paragraph ${i} for a long file.`.repeat(10_000)}\n`));
    const script = join(dir, '..', `writer-${Date.now()}.ts`);
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(join(root, 'src/corpus/write.ts')).href)};
const versions = ${JSON.stringify(versions)};
process.stdout.write('ready\\n');
for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(target)}, versions[i % 2]);
`,
    );
    try {
      for (const delay of [150, 400]) {
        const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        expect(versions).toContain(readFileSync(target, 'utf8'));
        // A kill can leave the temporary file behind; it is hidden (a dot file), so the corpus still loads.
        for (const f of readdirSync(dir)) expect(f === 'launch-site.md' || /^\..*\.tmp$/.test(f), `unexpected file ${f}`).toBe(true);
        expect(loadCorpus(dir).map((d) => d.id)).toEqual(['launch-site']);
      }
    } finally {
      rmSync(script, { force: true });
    }
  }, 60_000);
});
