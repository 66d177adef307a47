import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readPassages } from '../src/text/reading.ts';
import { buildPassages } from '../src/text/passages.ts';
import { tokenize } from '../src/text/terms.ts';
import { contentTerms } from '../src/summary/centrality.ts';
import { Vocabulary } from '../src/summary/centrality.ts';
import { SummaryTerms } from '../src/summary/summary-terms.ts';
import { IntList } from '../src/collections/int-list.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Document } from '../src/types.ts';

// The reading is shared by analyses that used to read the text themselves: everything they take from it must
// be what they found before, on any text. The references below are the regular expressions they used.
const PROPER_NAME = /(?<=[\p{L}\p{N},;:'"’”)]\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu;
const SUMMARY_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const undot = (text: string): string => (/[A-Z]\.[A-Z]/.test(text) ? text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')) : text);

function docOf(paragraphs: string[]): Document {
  return { id: 'd', file: 'd.md', title: 't', outlet: 'o', published: '2023-09-14', url: null, language: 'en', paragraphs };
}

/** For every sentence of the paragraphs: what the reading gives and what the old reading of its text gave. */
function compare(paragraphs: string[]): void {
  const passages = buildPassages([docOf(paragraphs)]);
  const reading = readPassages(passages);
  const vocabulary = new Vocabulary();
  const terms = new SummaryTerms(vocabulary, reading);
  const byId: string[] = [];
  passages.forEach((p, pi) => {
    p.sentences.forEach((s, k) => {
      const row = reading.sentenceFirst[pi]! + k;
      expect(reading.searchTerms(row, s.text)).toEqual(tokenize(s.text));
      const names: string[] = [];
      for (let n = reading.nameFirst[row]!; n < reading.nameFirst[row + 1]!; n++) names.push(p.text.slice(reading.nameStart[n]!, reading.nameEnd[n]!));
      expect(names).toEqual([...s.text.matchAll(PROPER_NAME)].map((m) => m[0]));
      const out = new IntList(16);
      terms.read(row, s.text, out);
      const got = Array.from(out.data.subarray(0, out.length));
      for (const [term, id] of vocabularyEntries(vocabulary)) byId[id] = term;
      expect(got.map((id) => byId[id & ~SummaryTerms.NAME_BIT])).toEqual(contentTerms(s.text));
      // The name mark: a word written with a capital or digit that does not open the sentence.
      const capital = (w: string): boolean => /^[A-Z0-9]/.test(w) || (w.charCodeAt(0) > 127 && w[0] !== w[0]!.toLowerCase());
      const expected = [...undot(s.text).matchAll(SUMMARY_WORD)].flatMap((m, i) => (contentTerms(m[0]).length === 0 ? [] : [i > 0 && capital(m[0])]));
      expect(got.map((id) => (id & SummaryTerms.NAME_BIT) !== 0)).toEqual(expected);
    });
  });
}

function vocabularyEntries(v: Vocabulary): [string, number][] {
  return (v as unknown as { ids: Map<string, number> }).ids ? [...(v as unknown as { ids: Map<string, number> }).ids] : [];
}

describe('the shared reading', () => {
  it('gives the search terms, proper names and summary terms the analyses read from the text before, on the bundled corpus', () => {
    const docs = loadCorpus(new URL('../corpus', import.meta.url).pathname);
    for (const d of docs) compare(d.paragraphs);
  });

  it('gives them on arbitrary text', () => {
    const unit = fc.constantFrom('a', 'B', 'U', 'S', 'N', 'é', 'É', 'ß', '1', '2', ' ', ' ', '.', ',', "'", '’', '‘', '-', '–', '_', '"', '”', ')', '\u00a0', '𝐀', 'Korea', 'United', ' States', 'US', 'UN', 'Kim', "'s", '?');
    fc.assert(
      fc.property(fc.array(fc.string({ unit }), { minLength: 1, maxLength: 3 }), (paragraphs) => {
        compare(paragraphs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the reading in the engine snapshot', () => {
  it('comes back from the engine and from its snapshot as it was built', async () => {
    const { Engine } = await import('../src/engine/engine.ts');
    const v8 = await import('node:v8');
    const docs = loadCorpus(new URL('../corpus', import.meta.url).pathname);
    const odd = docOf(['Ünïcödé 𝐀𝐁 words, and a token of three hundred letters: ' + 'x'.repeat(300) + ' after a gap of' + ' '.repeat(300) + 'spaces. Kim’s U.S. talks.']);
    const built = Engine.build([...docs, odd]);
    const restored = Engine.fromSnapshot(v8.deserialize(v8.serialize(built.toSnapshot())));
    const a = readPassages(built.passages);
    for (const b of [built.reading, restored.reading]) {
      for (const key of ['sentenceFirst', 'tokenFirst', 'tokenStart', 'tokenEnd', 'spelling', 'nameFirst', 'nameStart', 'nameEnd'] as const) expect(b[key]).toEqual(a[key]);
      expect(b.spellings).toEqual(a.spellings);
      expect(b.sentences).toEqual(a.sentences);
    }
    expect(a.tokenStart.length).toBeGreaterThan(300);
  });
});

describe('the reading across threads', () => {
  it('is the same whether the main thread hands it to the build worker or the worker makes it and hands it back', async () => {
    const { buildAway, buildInParallel } = await import('../src/engine/parallel.ts');
    const { Engine } = await import('../src/engine/engine.ts');
    const { readingSnapshot } = await import('../src/text/reading-snapshot.ts');
    const docs = loadCorpus(new URL('../corpus', import.meta.url).pathname);
    const alone = Engine.build(docs);
    const expected = readingSnapshot(readPassages(alone.passages));
    for (const engine of [await buildInParallel(docs, { minPassages: 0 }), await buildAway(docs, { minPassages: 0 })]) {
      expect({ ...engine.snapshotPart('reading'), sentences: engine.snapshotPart('sentences') }).toEqual(expected);
      expect(JSON.stringify(engine.summary({ length: 'long' }))).toBe(JSON.stringify(alone.summary({ length: 'long' })));
      expect(JSON.stringify(engine.timeline({}))).toBe(JSON.stringify(alone.timeline({})));
    }
  }, 60_000);
});

describe('the reading in a snapshot file', () => {
  it('is read back when first used, as it was built', async () => {
    const { Engine } = await import('../src/engine/engine.ts');
    const { saveSnapshot, loadSnapshot, loadSnapshotInParallel } = await import('../src/engine/snapshot.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const docs = loadCorpus(new URL('../corpus', import.meta.url).pathname);
    const built = Engine.build(docs);
    const dir = mkdtempSync(join(tmpdir(), 'reading-'));
    try {
      const file = join(dir, 'engine.snapshot');
      saveSnapshot(file, built, 'key');
      const expected = readPassages(built.passages);
      for (const loaded of [loadSnapshot(file, 'key'), await loadSnapshotInParallel(file, () => 'key')]) {
        if (!('engine' in loaded)) throw new Error(`the snapshot was not read: ${loaded.why}`);
        const r = loaded.engine.reading;
        for (const key of ['tokenFirst', 'tokenStart', 'tokenEnd', 'spelling', 'nameFirst', 'nameStart', 'nameEnd'] as const) expect(r[key]).toEqual(expected[key]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the reading kept compact', () => {
  it('comes back from its snapshot as it was read, with long words, wide gaps and passages too long for 16 bits', async () => {
    const { readingSnapshot, restoreReading } = await import('../src/text/reading-snapshot.ts');
    const { serialize, deserialize } = await import('node:v8');
    const long = 'Supercalifragilisticexpialidocious'.repeat(3);
    const paragraphs = [
      `Kim met Putin at Vostochny. ${long} said “${'x'.repeat(300)}”.      Then     Moscow        spoke, and ${'Z'.repeat(70)} Seoul.`,
      // Past 65,535 code units: offsets that need 32 bits, and many spellings.
      Array.from({ length: 9000 }, (_, i) => `Word${i} and Name${i % 50}`).join(', ') + '. Then Kim left.',
      'A short one.',
    ];
    const passages = buildPassages([docOf(paragraphs)]);
    const built = readPassages(passages);
    expect(Array.from(built.tokenEnd).reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(65535);
    expect(built.tokenEnd).toBeInstanceOf(Int32Array);
    const restored = restoreReading(deserialize(serialize(readingSnapshot(built))) as ReturnType<typeof readingSnapshot>, passages);
    for (const key of ['sentenceFirst', 'tokenFirst', 'tokenStart', 'tokenEnd', 'spelling', 'nameFirst', 'nameStart', 'nameEnd'] as const) {
      expect(Array.from(restored[key])).toEqual(Array.from(built[key]));
    }
    expect(restored.spellings).toEqual(built.spellings);
  });

  it('keeps integers in 16 bits until one needs more, then all in 32', async () => {
    const { CompactIntList } = await import('../src/collections/int-list.ts');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(0xffff), fc.nat(0x7fffffff)), { maxLength: 200 }), fc.nat(50), (values, capacity) => {
        const list = new CompactIntList(capacity);
        for (const v of values) list.push(v);
        const out = list.done();
        expect(Array.from(out)).toEqual(values);
        expect(out instanceof Uint16Array).toBe(values.every((v) => v <= 0xffff));
      }),
    );
  });
});
