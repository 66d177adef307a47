import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import { corpus, WORDS } from './helpers/zipf-corpus.ts';

// The pruned search (MaxScore by windows of 2,048 passages, src/search/max-score.ts) must find exactly what
// weighing every passage finds. Corpora here are past one window and made of a small vocabulary drawn by
// a Zipf law, so that some words are in most passages, some in a few, and headlines share them: the cases
// where bounds are loose, lists change from essential to not, and ties happen.

// A question: words of the vocabulary (common and rare), some cut short or misspelt, some asked as
// where/who/how many, ending in "?" or not (a last word still being typed is matched as a prefix).
const question = fc
  .record({
    picks: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('word', 'cut', 'typo')), { minLength: 1, maxLength: 7 }),
    lead: fc.constantFrom('', 'Where did ', 'Who said ', 'How many ', 'What did they say about '),
    end: fc.constantFrom('?', '', '.'),
  })
  .map(({ picks, lead, end }) => {
    const words = picks.map(([x, how]) => {
      const w = WORDS[Math.min(WORDS.length - 1, Math.floor(x * WORDS.length))]!;
      if (how === 'cut') return w.slice(0, Math.max(3, w.length - 2));
      if (how === 'typo') return `${w.slice(0, 2)}x${w.slice(3)}`;
      return w;
    });
    return `${lead}${words.join(' ')}${end}`;
  });

describe('MaxScore search', () => {
  it('returns exactly what weighing every passage returns (same passages, order, scores, sentences)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 140, max: 180 }), fc.array(question, { minLength: 10, maxLength: 20 }), (seed, docCount, questions) => {
        const docs = corpus(seed, docCount);
        const passages = buildPassages(docs);
        expect(passages.length).toBeGreaterThan(2048);
        const index = SearchIndex.build(passages, docs);
        for (const q of questions) {
          const pruned = index.ask(q, 20);
          const full = index.askExhaustive(q, 20);
          expect(pruned.map((r) => r.passage), q).toEqual(full.map((r) => r.passage));
          pruned.forEach((r, i) => {
            expect(Math.abs(r.score - full[i]!.score), q).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(full[i]!.score)));
            expect(r.highlight).toBe(full[i]!.highlight);
            expect(r.matched).toEqual(full[i]!.matched);
          });
        }
      }),
      { numRuns: 6 },
    );
  });
});
