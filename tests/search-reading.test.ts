/**
 * The search index built from the shared reading (its sentences' tokens) is the index built by tokenizing
 * each passage's text: same terms, same postings, same scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { SearchIndex } from '../src/search/search.ts';
import { buildPassages } from '../src/text/passages.ts';
import { readPassages } from '../src/text/reading.ts';
import type { Document } from '../src/types.ts';
import { doc } from './helpers/docs.ts';

function bothWays(docs: readonly Document[]) {
  const passages = buildPassages(docs);
  const plain = SearchIndex.build(passages, docs).toSnapshot();
  const read = SearchIndex.build(passages, docs, readPassages(passages)).toSnapshot();
  return { plain, read };
}

describe('the search index from the shared reading', () => {
  for (const dir of ['corpus', 'tests/fixtures/corpora/good', 'tests/fixtures/corpora/summit-quotes', 'tests/fixtures/corpora/dam-summit', 'tests/fixtures/corpora/river-summit']) {
    it(`is the index of the tokenized text on ${dir}`, () => {
      const { plain, read } = bothWays(loadCorpus(dir));
      expect(read).toEqual(plain);
    });
  }

  it('is the index of the tokenized text on random paragraphs of tricky words', () => {
    const words = ['Kim', 'Jong-un', "Putin's", 'talks', 'U.S.', 'U. S.', 'US', 'UN', 'United States', 'N. Korea', 'S.Korea', "rock 'n' roll", 'co-operate', 'well-', '-ish', "o'clock", 'Mr.', 'said.', '"We', 'will."', '—', '2023', '13', 'Sept.', 'Vostochny', 'the', 'a', 'é', 'Ø', "'", '’s', 'and.', '?', '!'];
    const paragraph = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (articles) => {
        const docs = articles.map((paragraphs, n) => doc(`d${n}`, '2023-09-13', paragraphs));
        const { plain, read } = bothWays(docs);
        expect(read).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});
