import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { Engine, type AsideSnapshots } from '../src/engine/engine.ts';
import type { DocumentsRead } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import { buildAway, buildInParallel, buildInWorker, transferables } from '../src/engine/parallel.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { Timeline } from '../src/timeline/timeline.ts';
import type { Document } from '../src/types.ts';
import { doc } from './helpers/docs.ts';

/** The bundled article and a second one in wire style, so quotes and dates come from two documents. */
function corpus(): Document[] {
  return [
    ...loadCorpus('corpus'),
    doc('wire-report', '2023-09-15', [
      'Kremlin spokesman Dmitry Peskov told reporters on Friday that no agreements had been signed.',
      '"The talks were useful," Peskov said, adding that a return visit was planned for next year.',
      'On Sept. 17, the North Korean leader visited a naval base in Vladivostok.',
    ]),
  ];
}

function answers(e: Engine): unknown[] {
  const out: unknown[] = [e.speakers(), e.timeline({ from: null, to: null, topic: null, source: null })];
  for (const s of e.speakers().speakers) out.push(e.quotes(s.name));
  for (const q of ['useful talks', 'we came here', 'satellites', 'return visit']) out.push(e.whoSaid(q, 5), e.ask(q, 3));
  out.push(e.summary({ length: 'long', topic: null, source: null }));
  return out;
}

describe('building on two threads', () => {
  const docs = corpus();
  const single = Engine.build(docs);

  it('makes the engine a single thread makes', async () => {
    const parallel = await buildInParallel(docs, { minPassages: 0 });
    expect(parallel.passages).toEqual(single.passages);
    expect(answers(parallel)).toEqual(answers(single));
  });

  it('gets from the worker thread the snapshots of the analyses it asked for', async () => {
    const snapshots = await buildInWorker(docs, ['quotes', 'timeline']);
    expect(Object.keys(snapshots).sort()).toEqual(['quotes', 'timeline']);
    const quotes = QuoteBook.fromSnapshot(snapshots.quotes!, single.passages, docs);
    expect(quotes.speakersAnswer()).toEqual(single.speakers());
    const timeline = Timeline.fromSnapshot(snapshots.timeline!, single.passages, docs);
    expect(timeline.query({ from: null, to: null, topic: null, source: null }, null)).toEqual(single.timeline({ from: null, to: null, topic: null, source: null }));
  });

  it('builds a changed corpus with every analysis in the worker, to the same engine', async () => {
    const away = buildAway(docs, { minPassages: 0 });
    expect(away).toBeInstanceOf(Promise);
    const engine = await away;
    expect(answers(engine)).toEqual(answers(single));
    expect(buildAway(docs)).toBeInstanceOf(Engine);
  });

  it('builds everything itself when the worker fails', async () => {
    const engine = await Engine.buildSplit(docs, ['quotes', 'timeline'], () => Promise.reject(new Error('worker crashed')));
    expect(answers(engine)).toEqual(answers(single));
  });

  it("hands the other side each chunk of the quotes' documents it claims, and the quotes come out the same", async () => {
    // A stand-in for the worker: it claims from the same counter once this thread has done its part, and
    // takes the chunks this thread read (one lost, which it reads itself).
    const handed = new Map<number, DocumentsRead | null>();
    let next = 0;
    const claim = (chunks: number): number | null => (next < chunks ? next++ : null);
    const aside = async (): Promise<AsideSnapshots> => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const book = QuoteBook.build(buildPassages(docs), docs, undefined, { size: 1, claim, taken: (c) => handed.get(c) ?? null });
      return { quotes: book.toSnapshot() };
    };
    const engine = await Engine.buildSplit(docs, ['quotes'], aside, undefined, { size: 1, claim, share: (c, read) => handed.set(c, c === 0 ? null : structuredClone(read)) });
    expect([...handed.keys()]).toEqual(docs.map((_, i) => i));
    expect(answers(engine)).toEqual(answers(single));
  });

  it('builds everything itself when the worker hands back nothing', async () => {
    const engine = await Engine.buildSplit(docs, ['quotes'], () => Promise.resolve({}));
    expect(answers(engine)).toEqual(answers(single));
  });
});

describe('transferables', () => {
  it('finds whole buffers inside objects and arrays, but not views on part of a buffer', () => {
    const whole = new Int32Array(4);
    const shared = new ArrayBuffer(16);
    const part = new Uint8Array(shared, 4, 4);
    const nested = new Float64Array(2);
    const found = transferables({ a: whole, b: part, c: [{ d: nested }], e: [1, 2, 3], f: 'text', g: null });
    expect(found).toHaveLength(2);
    expect(found).toContain(whole.buffer);
    expect(found).toContain(nested.buffer);
  });
});
