import v8 from 'node:v8';
import { describe, it, expect } from 'vitest';
import type { Document, Passage, SummaryAnswer } from '../src/types.ts';
import { Summarizer, type SummaryOptions } from '../src/summary/summary.ts';
import { buildPassages } from '../src/text/passages.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { doc } from './helpers/docs.ts';
import { fixtureArticles, nonPlain } from './helpers/snapshot.ts';

/** Topic scores like the search index gives: passages using any of the topic's words, by how often. */
function fakeTopicScores(passages: readonly Passage[], topic: string): Map<string, number> {
  const words = topic.toLowerCase().split(/\s+/).filter(Boolean);
  const scores = new Map<string, number>();
  for (const p of passages) {
    const text = p.text.toLowerCase();
    let hits = 0;
    for (const w of words) hits += text.split(w).length - 1;
    if (hits > 0) scores.set(p.id, hits / (1 + text.length / 500));
  }
  return scores;
}

const TOPICS = ['sanctions', 'satellite', 'Vostochny cosmodrome', 'weapons ammunition', 'U.S. response', 'Kim Jong-un', 'penguins', ''];

/** A varied set of summaries: every source at every length, the whole corpus, topics with and without scores. */
function answers(s: Summarizer, passages: readonly Passage[], docs: readonly Document[]): SummaryAnswer[] {
  const out: SummaryAnswer[] = [];
  const ask = (o: SummaryOptions, scores: Map<string, number> | null): void => {
    out.push(s.summarize(o, scores));
  };
  for (const length of ['short', 'medium', 'long'] as const) {
    ask({ length }, null);
    for (const d of docs) ask({ length, source: d.id }, null);
    for (const topic of TOPICS) {
      ask({ length, topic }, null);
      ask({ length, topic }, fakeTopicScores(passages, topic));
      ask({ length, topic, source: docs[0]!.id }, fakeTopicScores(passages, topic));
      ask({ length, topic, source: docs[docs.length - 1]!.id }, null);
    }
  }
  ask({ source: 'no-such-article' }, null);
  return out;
}

const corpora: [string, () => Document[]][] = [
  ['the bundled corpus', () => loadCorpus('corpus')],
  ['the fixture articles', fixtureArticles],
  ['the good test corpus', () => loadCorpus('tests/fixtures/corpora/good')],
  ['the bundled corpus with the fixture articles', () => [...loadCorpus('corpus'), ...fixtureArticles()]],
];

describe('Summarizer snapshot', () => {
  for (const [name, load] of corpora) {
    it(`restores a summarizer that answers exactly like the original on ${name}`, () => {
      const docs = load();
      expect(docs.length).toBeGreaterThan(0);
      const passages = buildPassages(docs);
      const built = Summarizer.build(passages, docs);
      const snapshot = built.toSnapshot();
      expect(nonPlain(snapshot)).toEqual([]);
      const restored = Summarizer.fromSnapshot(v8.deserialize(v8.serialize(snapshot)) as typeof snapshot, passages, docs);
      const before = answers(built, passages, docs);
      expect(before.some((a) => a.sentences.length > 0)).toBe(true);
      expect(answers(restored, passages, docs)).toEqual(before);
      // The restored instance snapshots to the same data.
      expect(restored.toSnapshot()).toEqual(snapshot);
    });
  }

  it('holds no passage text', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const bytes = v8.serialize(Summarizer.build(passages, docs).toSnapshot()).toString('utf8');
    const longest = passages.flatMap((p) => p.sentences).reduce((a, s) => (s.text.length > a.length ? s.text : a), '');
    expect(bytes).not.toContain(longest);
  });

  it('refuses a snapshot made for other passages', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const snapshot = Summarizer.build(passages, docs).toSnapshot();
    expect(() => Summarizer.fromSnapshot(snapshot, passages.slice(1), docs)).toThrow(/made for \d+ passages/);
  });
});
