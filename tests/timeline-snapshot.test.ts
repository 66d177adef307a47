import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Document, Passage } from '../src/types.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { Timeline, type TimelineFilters, type TimelineSnapshot } from '../src/timeline/timeline.ts';
import { doc } from './helpers/docs.ts';
import { fixtureArticles, nonPlain } from './helpers/snapshot.ts';

/** Reports of one event in several documents, and one document id used twice. */
function merged(): Document[] {
  return [
    doc('a', '2023-09-14', ['Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny Cosmodrome.', 'A launch is planned for October.'], { title: 'Summit' }),
    doc('b', '2023-09-15', ['Kim met Putin on Wednesday at the Vostochny Cosmodrome in the Far East.', 'The talks in April 2019 produced little.']),
    doc('c', '2023-09-16', ['The meeting at the Vostochny Cosmodrome on Sept. 13 lasted five hours, since 2019 their first.']),
    doc('a', '2023-09-17', ['A later report: Kim met Putin on Wednesday, Sept. 13, at the cosmodrome.']),
  ];
}

/** Each corpus, and whether it has dated sentences at all (the good test corpus has none). */
const corpora: [string, () => Document[], boolean][] = [
  ['the bundled corpus', () => loadCorpus('corpus'), true],
  ['the fixture articles', fixtureArticles, true],
  ['the good test corpus', () => loadCorpus('tests/fixtures/corpora/good'), false],
  ['the bundled corpus with the fixture articles', () => [...loadCorpus('corpus'), ...fixtureArticles()], true],
  ['reports merged across documents, one id used twice', merged, true],
];

/** Filters of every kind: periods, every source, topics made of passages, combinations and bad dates. */
function filterSets(docs: readonly Document[], passages: readonly Passage[]): [TimelineFilters, Map<string, number> | null][] {
  const out: [TimelineFilters, Map<string, number> | null][] = [
    [{}, null],
    [{ from: '2023' }, null],
    [{ to: '2019' }, null],
    [{ from: '2023-09', to: '2023-09-30' }, null],
    [{ from: '2023-09-13', to: '2023-09-13' }, null],
    [{ from: '1950', to: '2019-06' }, null],
    [{ from: '2023-13' }, null],
    [{ from: '2024', to: '2023' }, null],
    [{ topic: 'nothing' }, new Map()],
  ];
  for (const d of docs) {
    out.push([{ source: d.id }, null]);
    out.push([{ source: d.id, from: '2023-09' }, null]);
  }
  out.push([{ source: 'no-such-document' }, null]);
  for (let i = 0; i < passages.length; i += 3) {
    const topic = new Map(passages.slice(i, i + 4).map((p, k) => [p.id, k + 1]));
    out.push([{ topic: `topic ${i}` }, topic]);
    out.push([{ topic: `topic ${i}`, to: '2023-09-13' }, topic]);
  }
  return out;
}

describe('Timeline snapshot', () => {
  for (const [name, load, dated] of corpora) {
    it(`restores a timeline that answers exactly like the built one: ${name}`, () => {
      const docs = load();
      const passages = buildPassages(docs);
      const built = Timeline.build(passages, docs);
      const snapshot = built.toSnapshot();
      expect(nonPlain(snapshot)).toEqual([]);
      const restored = Timeline.fromSnapshot(v8.deserialize(v8.serialize(snapshot)) as TimelineSnapshot, passages, docs);
      expect(built.events.length > 0).toBe(dated);
      expect(restored.events).toEqual(built.events);
      for (const [filters, topic] of filterSets(docs, passages)) {
        expect(restored.query(filters, topic)).toEqual(built.query(filters, topic));
      }
    });
  }

  it('keeps no passage text in the snapshot', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const strings = JSON.stringify(Timeline.build(passages, docs).toSnapshot());
    for (const p of passages) for (const s of p.sentences) if (s.text.length > 20) expect(strings).not.toContain(s.text);
  });

  it('refuses a snapshot of other passages', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const snapshot = Timeline.build(passages, docs).toSnapshot();
    expect(() => Timeline.fromSnapshot(snapshot, passages.slice(1), docs)).toThrow(/passages/);
    expect(() => Timeline.fromSnapshot({ ...snapshot, version: 0 }, passages, docs)).toThrow(/version/);
  });
});
