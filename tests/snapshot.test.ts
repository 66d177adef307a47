import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFingerprint, loadCorpus } from '../src/corpus/load.ts';
import { buildPassages, restorePassages, sentenceBounds } from '../src/text/passages.ts';
import { Engine } from '../src/engine/engine.ts';
import { decodeSnapshot, encodeSnapshot, loadSnapshot, loadSnapshotInParallel, saveSnapshot, snapshotKey } from '../src/engine/snapshot.ts';
import { openEngine, openEngineParallel, saveSnapshotLater } from '../src/startup.ts';
import { runCli } from '../src/cli.ts';
import type { Document, Passage } from '../src/types.ts';
import { doc } from './helpers/docs.ts';
import { memoryLogger } from './helpers/logger.ts';
import { fixtureArticles } from './helpers/snapshot.ts';

/** The bundled article and the three test articles in other styles: a corpus of several outlets. */
function testCorpus(): Document[] {
  return [...loadCorpus('corpus'), ...fixtureArticles()];
}

/** Every command's answers to a varied set of questions, drawn from the corpus's own words. */
function answers(engine: Engine): unknown[] {
  const words = [...new Set(engine.passages.flatMap((p) => p.text.split(/[^A-Za-z'-]+/)).filter((w) => w.length > 3))];
  const out: unknown[] = [engine.sources(), engine.speakers()];
  for (let i = 0; i < words.length; i += 7) {
    const w = words[i]!;
    const phrase = words.slice(i, i + 3).join(' ');
    out.push(engine.ask(`What about ${phrase}?`, 3), engine.ask(w, 5), engine.whoSaid(phrase, 5), engine.quotes(w));
    out.push(engine.timeline({ from: null, to: null, topic: w, source: null }), engine.summary({ length: 'short', topic: w, source: null }));
  }
  for (const s of engine.speakers().speakers) out.push(engine.quotes(s.name));
  for (const d of engine.documents) {
    out.push(engine.summary({ length: 'long', topic: null, source: d.id }), engine.timeline({ from: null, to: null, topic: null, source: d.id }));
  }
  for (const length of ['short', 'medium', 'long'] as const) out.push(engine.summary({ length, topic: null, source: null }));
  out.push(engine.timeline({ from: '2023-09', to: '2023-12', topic: null, source: null }), engine.passage(engine.passages[0]!.id));
  return out;
}

/** Passages as plain objects, whichever way they were made (restored ones make their sentences on use). */
const plain = (passages: readonly Passage[]) => passages.map((p) => ({ id: p.id, doc: p.doc, paragraph: p.paragraph, text: p.text, sentences: p.sentences, citation: p.citation }));

describe('passages from sentence boundaries', () => {
  it('rebuilds exactly the passages of the documents', () => {
    const docs = testCorpus();
    const passages = buildPassages(docs);
    expect(plain(restorePassages(docs, sentenceBounds(passages)))).toEqual(plain(passages));
  });

  it('holds for any paragraphs (property)', () => {
    const paragraph = fc.array(fc.constantFrom('Mr. Kim met Putin.', ' "We will," he said. ', 'U.N. sanctions?', 'Sept. 13 ', 'Yes! ', '\n', 'a'), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (docsParas) => {
        const docs = docsParas.map((paras, i) => doc(`d${i}`, '2023-09-13', paras));
        const passages = buildPassages(docs);
        expect(plain(restorePassages(docs, sentenceBounds(passages)))).toEqual(plain(passages));
      }),
    );
  });

  it('refuses boundaries that belong to other documents', () => {
    const docs = testCorpus();
    const bounds = sentenceBounds(buildPassages(docs));
    expect(() => restorePassages(docs.slice(1), bounds)).toThrow(/snapshot: /);
    expect(() => restorePassages([...docs, doc('extra', '2023-09-20', ['One more paragraph.'])], bounds)).toThrow(/sentence boundaries end before passage extra#p1/);
    const shortened = docs.map((d, i) => (i === 0 ? { ...d, paragraphs: d.paragraphs.map((p, j) => (j === 0 ? p.slice(0, 10) : p)) } : d));
    expect(() => restorePassages(shortened, bounds)).toThrow(/snapshot: sentence \d+ of yonhap-kim-putin-summit#p1 lies outside the paragraph/);
  });
});

describe('engine snapshot', () => {
  const docs = testCorpus();
  const built = Engine.build(docs);
  const key = 'test-key';

  it('answers every command exactly as the engine it was taken from', () => {
    const restored = decodeSnapshot(encodeSnapshot(built, key), key);
    expect('engine' in restored).toBe(true);
    if (!('engine' in restored)) return;
    expect(plain(restored.engine.passages)).toEqual(plain(built.passages));
    expect(answers(restored.engine)).toEqual(answers(built));
  });

  it('is not used for another key, and says why', () => {
    const restored = decodeSnapshot(encodeSnapshot(built, key), 'another-key');
    expect(restored).toMatchObject({ miss: 'stale' });
  });

  it('calls damaged bytes unreadable instead of throwing', () => {
    const bytes = encodeSnapshot(built, key);
    expect(decodeSnapshot(Buffer.from('not a snapshot at all\n'), key)).toMatchObject({ miss: 'unreadable' });
    expect(decodeSnapshot(bytes.subarray(0, 40), key)).toMatchObject({ miss: 'unreadable' });
    const truncated = decodeSnapshot(bytes.subarray(0, Math.floor(bytes.length / 2)), key);
    expect(truncated).toMatchObject({ miss: 'unreadable' });
    const flipped = Buffer.from(bytes);
    for (let i = flipped.indexOf(10) + 1; i < flipped.length; i += 97) flipped[i] = flipped[i]! ^ 0xff;
    expect(decodeSnapshot(flipped, key)).toMatchObject({ miss: 'unreadable', why: expect.stringMatching(/checksum/) });
  });
});

describe('starting from a snapshot', () => {
  let dir: string;
  let cache: string;
  beforeEach(() => {
    const root = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
    dir = join(root, 'corpus');
    cache = join(root, 'cache');
    cpSync('corpus', dir, { recursive: true });
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  const config = (mode: 'auto' | 'always' | 'off') => ({ corpusDir: dir, snapshot: { mode, file: join(cache, 'engine.snapshot') } });

  it('builds from the files, saves, then starts from the snapshot with the same answers', async () => {
    const { logger, lines } = memoryLogger();
    const first = openEngine(config('always'), logger);
    expect(first.from).toBe('files');
    expect(await saveSnapshotLater(config('always'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: first.ms }, { now: true })).toBe(true);
    expect(lines.some((l) => l.event === 'snapshot_saved')).toBe(true);
    const second = openEngine(config('always'), logger);
    expect(second.from).toBe('snapshot');
    expect(answers(second.engine)).toEqual(answers(first.engine));
  });

  it('builds from the files again once an article changes', () => {
    const { logger } = memoryLogger();
    const first = openEngine(config('always'), logger);
    saveSnapshotLater(config('always'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: first.ms }, { now: true });
    const file = join(dir, readdirSync(dir).find((n) => n.endsWith('.md'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\nA paragraph added after the snapshot was saved.\n'));
    const second = openEngine(config('always'), logger);
    expect(second.from).toBe('files');
    expect(second.engine.passages.at(-1)?.text).toBe('A paragraph added after the snapshot was saved.');
  });

  it('builds from the files when the snapshot is damaged, and warns', () => {
    const { logger, lines } = memoryLogger();
    const first = openEngine(config('always'), logger);
    saveSnapshotLater(config('always'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: first.ms }, { now: true });
    const file = config('always').snapshot.file;
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const second = openEngine(config('always'), logger);
    expect(second.from).toBe('files');
    expect(lines.some((l) => l.event === 'snapshot_unused' && l.reason === 'unreadable' && l.level === 40)).toBe(true);
    expect(answers(second.engine)).toEqual(answers(first.engine));
  });

  it('keeps no snapshot of a corpus that builds quickly under auto, and none at all when off', async () => {
    const { logger } = memoryLogger();
    const first = openEngine(config('auto'), logger);
    expect(await saveSnapshotLater(config('auto'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: 10 })).toBe(false);
    expect(await saveSnapshotLater(config('off'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: 60_000 })).toBe(false);
    expect(existsSync(config('auto').snapshot.file)).toBe(false);
    expect(await saveSnapshotLater(config('auto'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: 5000 })).toBe(true);
    expect(existsSync(config('auto').snapshot.file)).toBe(true);
    expect(openEngine(config('auto'), logger).from).toBe('snapshot');
  });

  it('saves a part at a time, letting other work run in between, and the result reads back the same', async () => {
    const { logger } = memoryLogger();
    const first = openEngine(config('always'), logger);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      expect(await saveSnapshotLater(config('always'), logger, { engine: first.engine, fingerprint: first.fingerprint, buildMs: first.ms })).toBe(true);
    } finally {
      clearInterval(ticker);
    }
    expect(turns).toBeGreaterThan(0);
    const again = openEngine(config('always'), logger);
    expect(again.from).toBe('snapshot');
    expect(answers(again.engine)).toEqual(answers(first.engine));
  });

  it('logs, and does not throw, when the snapshot cannot be written', async () => {
    const { logger, lines } = memoryLogger();
    const first = openEngine(config('always'), logger);
    writeFileSync(cache, 'a file where the cache folder should be');
    const made = { engine: first.engine, fingerprint: first.fingerprint, buildMs: first.ms };
    expect(await saveSnapshotLater(config('always'), logger, made)).toBe(false);
    expect(await saveSnapshotLater(config('always'), logger, made, { now: true })).toBe(false);
    expect(lines.filter((l) => l.event === 'snapshot_not_saved')).toHaveLength(2);
    expect(openEngine(config('always'), logger).from).toBe('files');
  });

  it('ignores a snapshot saved for another corpus folder', () => {
    const { logger } = memoryLogger();
    const engine = Engine.build(loadCorpus(dir));
    saveSnapshot(config('always').snapshot.file, engine, snapshotKey('corpus', corpusFingerprint('corpus')!));
    expect(loadSnapshot(config('always').snapshot.file, snapshotKey(dir, corpusFingerprint(dir)!))).toMatchObject({ miss: 'stale' });
    expect(openEngine(config('always'), logger).from).toBe('files');
  });

  it('serves the command line from the snapshot it saved, with the same output', async () => {
    const env = { CORPUS_DIR: dir, SNAPSHOT: 'always', SNAPSHOT_FILE: config('always').snapshot.file };
    const first = await runCli(['ask', 'Where did Kim and Putin meet?', '--json'], env);
    expect(first.status).toBe(0);
    expect(existsSync(env.SNAPSHOT_FILE)).toBe(true);
    const { logger } = memoryLogger();
    expect(openEngine(config('always'), logger).from).toBe('snapshot');
    expect(await runCli(['ask', 'Where did Kim and Putin meet?', '--json'], env)).toEqual(first);
    const bad = await runCli(['sources', '--json'], { ...env, SNAPSHOT: 'sometimes' });
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ error: { code: 'bad_config' } });
    expect(bad.stderr).toMatch(/SNAPSHOT: must be one of auto, always, off/);
  });

  it('reads a snapshot on a second thread as npm start does, with the same answers, and says why it did not', async () => {
    const { logger, lines } = memoryLogger();
    const missing = await openEngineParallel(config('always'), logger);
    expect(missing.from).toBe('files');
    expect(missing.fingerprint).toBe(corpusFingerprint(dir));
    await saveSnapshotLater(config('always'), logger, { engine: missing.engine, fingerprint: missing.fingerprint, buildMs: missing.ms }, { now: true });
    const restored = await openEngineParallel(config('always'), logger);
    expect(restored.from).toBe('snapshot');
    expect(restored.fingerprint).toBe(missing.fingerprint);
    expect(plain(restored.engine.passages)).toEqual(plain(missing.engine.passages));
    expect(answers(restored.engine)).toEqual(answers(missing.engine));

    const file = config('always').snapshot.file;
    const bytes = readFileSync(file);
    const key = snapshotKey(dir, corpusFingerprint(dir)!);
    expect(await loadSnapshotInParallel(file, () => 'another key')).toMatchObject({ miss: 'stale' });
    writeFileSync(file, bytes.subarray(0, bytes.length - 1000));
    expect(await loadSnapshotInParallel(file, () => key)).toMatchObject({ miss: 'unreadable', why: expect.stringMatching(/cut short \(in its summary part\)/) });
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5000] = flipped[flipped.length - 5000]! ^ 0xff;
    writeFileSync(file, flipped);
    expect(await loadSnapshotInParallel(file, () => key)).toMatchObject({ miss: 'unreadable', why: expect.stringMatching(/checksum of its summary part/) });
    const damaged = await openEngineParallel(config('always'), logger);
    expect(damaged.from).toBe('files');
    expect(lines.some((l) => l.event === 'snapshot_unused' && l.reason === 'unreadable')).toBe(true);
    rmSync(file);
    expect(await loadSnapshotInParallel(file, () => key)).toMatchObject({ miss: 'missing' });
  });
});
