import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import { generateArticles, mulberry32, profileOf } from '../bench/generate.ts';

// A corpus past the size where `ask` prunes (2,000 passages): the bundled article and generated ones.
const real = loadCorpus('corpus');
const docs = [...real, ...generateArticles(260, 7, profileOf(real))];
const passages = buildPassages(docs);
const index = SearchIndex.build(passages, docs);

/** Questions drawn from the corpus itself: runs of its words, common and rare, and some typed half-way. */
function questions(count: number): string[] {
  const rng = mulberry32(99);
  const out = [
    'Where did they meet?',
    'What did the United States warn?',
    'north korea russia',
    'Which Florida city has the biggest population?',
    'What did the leaders discuss at the summit in Vostochny',
    'sanctions on North Korea',
  ];
  while (out.length < count) {
    const p = passages[Math.floor(rng() * passages.length)]!;
    const words = p.text.split(/\s+/);
    const at = Math.floor(rng() * words.length);
    const take = 1 + Math.floor(rng() * 6);
    let q = words.slice(at, at + take).join(' ');
    if (rng() < 0.3) q = q.slice(0, Math.max(3, q.length - 2));
    else q += '?';
    out.push(q);
  }
  return out;
}

describe('ask on a large corpus', () => {
  it('has more passages than the pruning threshold', () => {
    expect(passages.length).toBeGreaterThan(2000);
  });

  const asked = questions(150);
  const shape = (results: ReturnType<SearchIndex['ask']>) => results.map((r) => [r.passage, r.score, r.highlight]);

  it('finds through the lean search exactly what the search with a result object per passage finds', () => {
    for (const q of asked) expect(shape(index.askExhaustive(q, 5)), q).toEqual(shape(index.askReference(q, 5)));
  });

  it('finds with pruning exactly what scoring every passage finds', () => {
    for (const q of asked) expect(shape(index.ask(q, 5)), q).toEqual(shape(index.askExhaustive(q, 5)));
  });
});
