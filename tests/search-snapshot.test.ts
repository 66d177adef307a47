import { join } from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import type { Document, Passage } from '../src/types.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import { PostingsIndex, type Field, type IndexResult, type ScoringOptions } from '../src/search/postings.ts';
import { normalizeTerm, tokenize, tokenizeWith } from '../src/text/terms.ts';
import { doc } from './helpers/docs.ts';
import { fixtureArticles, nonPlain } from './helpers/snapshot.ts';

/** Two documents under one id, apart: their passages share a headline group that is not contiguous. */
function interleaved(): Document[] {
  return [
    doc('a', '2023-09-14', ['Kim Jong-un met Vladimir Putin at the Vostochny cosmodrome.', 'Sanctions on ammunition were discussed.'], { title: 'Summit at the spaceport' }),
    doc('b', '2023-09-15', ['Washington warned against any arms deal.', 'Satellite help was on the table, officials said.'], { title: 'U.S. warns Pyongyang' }),
    doc('a', '2023-09-16', ['A later report on the same summit and the cosmodrome visit.'], { title: 'Summit report, updated' }),
  ];
}

const corpora: [string, () => Document[]][] = [
  ['the bundled corpus', () => loadCorpus('corpus')],
  ['the fixture articles', fixtureArticles],
  ['the good test corpus', () => loadCorpus('tests/fixtures/corpora/good')],
  ['the bundled corpus with the fixture articles', () => [...loadCorpus('corpus'), ...fixtureArticles()]],
  ['documents sharing an id', interleaved],
];

/** A varied set of questions and topics drawn from the corpus's own words, typos and unknown words included. */
function questions(passages: readonly Passage[]): string[] {
  const words = [...new Set(passages.flatMap((p) => p.text.split(/[^A-Za-z'-]+/)).filter((w) => w.length > 3))];
  const out = ['What did Putin say?', 'Why did Kim travel by train', 'the capital of France', 'chocolate cake recipe', 'sanctio', 'sanctons on Pyongyang?', ''];
  for (let i = 0; i < words.length; i += 5) {
    const w = words[i]!;
    out.push(w, `What did ${words.slice(i, i + 3).join(' ')} say?`, `${w.slice(0, -1)}x`, w.slice(0, 4), `When did ${w} happen?`);
  }
  return out;
}

describe('SearchIndex snapshot', () => {
  for (const [name, load] of corpora) {
    it(`restores an index that answers exactly like the original on ${name}`, () => {
      const docs = load();
      const passages = buildPassages(docs);
      expect(passages.length).toBeGreaterThan(0);
      const built = SearchIndex.build(passages, docs);
      const snapshot = built.toSnapshot();
      expect(nonPlain(snapshot)).toEqual([]);
      const restored = SearchIndex.fromSnapshot(v8.deserialize(v8.serialize(snapshot)) as typeof snapshot, passages, docs);
      const qs = questions(passages);
      const run = (index: SearchIndex) => qs.map((q) => [index.ask(q, 3), index.ask(q, 10), [...index.topicScores(q)]]);
      const before = run(built);
      expect(before.some(([a]) => (a as unknown[]).length > 0)).toBe(true);
      expect(run(restored)).toEqual(before);
      expect(restored.toSnapshot()).toEqual(snapshot);
    });
  }

  it('refuses a snapshot of other passages', () => {
    const docs = loadCorpus('corpus');
    const passages = buildPassages(docs);
    const snapshot = SearchIndex.build(passages, docs).toSnapshot();
    expect(() => SearchIndex.fromSnapshot(snapshot, passages.slice(1), docs)).toThrow(/indexes \d+ passages, but \d+ were given/);
  });
});

// ---- the postings against MiniSearch, the scoring they reproduce ----

const BM25 = { k: 1.2, b: 0.5, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.6 };
const BOOST = { title: 0.3, body: 1 };
const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** The same passages in MiniSearch (as the search index used it) and in a PostingsIndex. */
function bothIndexes(docs: readonly Document[]) {
  const passages = buildPassages(docs);
  const titles = new Map(docs.map((d) => [d.id, tokenize(d.title)]));
  const bodies = passages.map((p) => tokenize(p.text));
  const mini = new MiniSearch<{ id: number; title: string; body: string }>({ fields: ['title', 'body'], storeFields: [], tokenize: splitTerms, processTerm: (t) => t || null });
  mini.addAll(passages.map((p, i) => ({ id: i, title: (titles.get(p.doc) ?? []).join(' '), body: bodies[i]!.join(' ') })));
  const groupIds = new Map<string, number>();
  const groupTitles: string[][] = [];
  const groupOf = Int32Array.from(passages, (p) => {
    let g = groupIds.get(p.doc);
    if (g === undefined) {
      g = groupTitles.length;
      groupIds.set(p.doc, g);
      groupTitles.push(titles.get(p.doc) ?? []);
    }
    return g;
  });
  // Numbered in reverse order of first sight, to check that the index renumbers them in vocabulary order.
  const numbers = new Map([...new Set([...groupTitles.flat(), ...bodies.flat()])].reverse().map((t, n) => [t, n]));
  const texts = new Map([...numbers].map(([t, n]) => [n, t]));
  const postings = PostingsIndex.build({
    passageCount: passages.length,
    groupOf,
    groupTitles: groupTitles.map((terms) => terms.map((t) => numbers.get(t)!)),
    bodyTerms: (i) => bodies[i]!.map((t) => numbers.get(t)!),
    termText: (n) => texts.get(n)!,
  });
  const vocabulary = [...new Set([...bodies.flat(), ...groupTitles.flat()])].sort();
  return { mini, postings, vocabulary };
}

interface QueryCase {
  terms: { term: string; prefix: boolean; fuzzy: number | false }[];
  fields: Field[];
  stride: number;
}

/** A query of known terms, their prefixes, typos of them and unknown words, each maybe prefix or typo matched. */
function queryCase(vocabulary: readonly string[]): fc.Arbitrary<QueryCase> {
  const known = fc.constantFrom(...vocabulary);
  const typo = fc.tuple(known, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.constantFrom('swap', 'drop', 'add')).map(([w, at, c, kind]) => {
    const i = at % w.length;
    return kind === 'swap' ? w.slice(0, i) + c + w.slice(i + 1) : kind === 'drop' ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + c + w.slice(i);
  });
  const prefix = fc.tuple(known, fc.nat()).map(([w, n]) => w.slice(0, 1 + (n % w.length)));
  const unknown = fc.stringMatching(/^[a-z]{2,12}$/);
  const term = fc.record({
    term: fc.oneof(known, typo, prefix, unknown).filter((t) => t !== ''),
    prefix: fc.boolean(),
    fuzzy: fc.constantFrom<number | false>(false, false, 1, 2),
  });
  return fc.record({
    terms: fc.uniqueArray(term, { minLength: 1, maxLength: 6, selector: (t) => t.term }),
    fields: fc.constantFrom<Field[]>(['title', 'body'], ['body']),
    stride: fc.constantFrom(0, 1, 2, 3, 7),
  });
}

describe('PostingsIndex scores like MiniSearch', () => {
  for (const [name, load] of corpora) {
    it(`returns MiniSearch's matches, scores and order on ${name}`, () => {
      const { mini, postings, vocabulary } = bothIndexes(load());
      fc.assert(
        fc.property(queryCase(vocabulary), ({ terms, fields, stride }) => {
          const prefix = (t: string) => terms.some((q) => q.term === t && q.prefix);
          const fuzzy = (t: string) => terms.find((q) => q.term === t)?.fuzzy ?? false;
          const sample = stride > 0 ? (id: number) => (id % stride === 0 ? 1 : 0) : undefined;
          const expected: IndexResult[] = [];
          mini.search(terms.map((t) => t.term).join(' '), {
            tokenize: splitTerms,
            processTerm: (t) => t || null,
            fields,
            boost: BOOST,
            bm25: BM25,
            weights: WEIGHTS,
            prefix,
            fuzzy,
            ...(sample ? { boostDocument: sample } : {}),
            filter: (r) => {
              expected.push({ id: r.id as number, score: r.score, queryTerms: r.queryTerms, match: r.match as Record<string, Field[]> });
              return false;
            },
          });
          const options: ScoringOptions = { fields, boost: BOOST, bm25: BM25, weights: WEIGHTS, prefix, fuzzy, ...(sample ? { boostDocument: sample } : {}) };
          const actual: IndexResult[] = [];
          postings.search(
            terms.map((t) => t.term),
            options,
            (r) => actual.push(r),
          );
          expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
          actual.forEach((r, i) => {
            const e = expected[i]!;
            expect(Math.abs(r.score - e.score)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e.score)));
            expect(r.queryTerms).toEqual(e.queryTerms);
            expect(r.match).toEqual(e.match);
          });
        }),
        { numRuns: 150 },
      );
    });
  }

  it('expands a prefix and a typo to the longer and the near terms of the vocabulary', () => {
    const { postings, vocabulary } = bothIndexes(loadCorpus('corpus'));
    expect(vocabulary).toContain('sanction');
    expect(vocabulary).not.toContain('sanc');
    const found = (term: string, options: Partial<ScoringOptions>): string[] => {
      const terms = new Set<string>();
      const all: ScoringOptions = { fields: ['title', 'body'], boost: BOOST, bm25: BM25, weights: WEIGHTS, prefix: () => false, fuzzy: () => false, ...options };
      postings.search([term], all, (r) => Object.keys(r.match).forEach((t) => terms.add(t)));
      return [...terms];
    };
    expect(found('sanc', {})).toEqual([]);
    expect(found('sanc', { prefix: () => true })).toContain('sanction');
    expect(found('sanctiom', { fuzzy: () => 1 })).toContain('sanction');
  });
});

describe('tokenizeWith', () => {
  it('gives the terms tokenize gives, through the caller\'s numbering', () => {
    const piece = fc.constantFrom('Kim', 'Jong-un', "Jong-un's", 'U.S.', 'US', 'UN', 'U.N.', 'United States', 'the', 'a', "don't", 'self-reliance', 'north-south', 'N. Korea', 'said', 'says', '—', '–', "’s", 'partnership', 'x-ray', 'co-op', '2023', 'Putin’s', '-', "'", ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.constantFrom(' ', '', '-', "'"), { maxLength: 12 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        const numbers = new Map<string, number>();
        const texts: string[] = [];
        const numberOf = (word: string): number | null => {
          const term = normalizeTerm(word);
          if (term === null) return null;
          let n = numbers.get(term);
          if (n === undefined) {
            n = texts.length;
            numbers.set(term, n);
            texts.push(term);
          }
          return n;
        };
        expect(tokenizeWith(text, numberOf).map((n) => texts[n])).toEqual(tokenize(text));
      }),
    );
  });
});
