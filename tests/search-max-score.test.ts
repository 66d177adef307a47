import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Document } from '../src/types.ts';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import { mulberry32 } from '../bench/generate.ts';

// The pruned search (MaxScore by windows of 2,048 passages, src/search/max-score.ts) must find exactly what
// weighing every passage finds. Corpora here are past one window and made of a small vocabulary drawn by
// a Zipf law, so that some words are in most passages, some in a few, and headlines share them: the cases
// where bounds are loose, lists change from essential to not, and ties happen.

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'ru', 'pel', 'dak', 'ni', 'zor', 'ble', 'fa', 'qui', 'ton', 'ga'];

/** Made-up words, so that no stop word or lexicon entry is among them. */
function vocabulary(rng: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rng() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    words.add(w);
  }
  return [...words];
}

const WORDS = vocabulary(mulberry32(1), 400);

/** A word by a Zipf law over the vocabulary: the first words are in most passages. */
function zipf(rng: () => number, words: string[]): string {
  const x = rng();
  return words[Math.min(words.length - 1, Math.floor(Math.pow(words.length + 1, x) - 1))]!;
}

/** Documents over the vocabulary, its words ranked for the Zipf law in an order of the seed's. */
function corpus(seed: number, docCount: number): Document[] {
  const rng = mulberry32(seed);
  const words = WORDS.slice();
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  const sentence = (): string => {
    const n = 4 + Math.floor(rng() * 12);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(zipf(rng, words));
    return `${out.join(' ')}.`;
  };
  const docs: Document[] = [];
  for (let d = 0; d < docCount; d++) {
    const paragraphs: string[] = [];
    const n = 16 + Math.floor(rng() * 16);
    for (let p = 0; p < n; p++) paragraphs.push(Array.from({ length: 1 + Math.floor(rng() * 3) }, sentence).join(' '));
    const title = Array.from({ length: 3 + Math.floor(rng() * 5) }, () => zipf(rng, words)).join(' ');
    docs.push({ id: `doc-${d}`, file: `doc-${d}.md`, title, outlet: `Outlet ${d % 7}`, published: `2023-09-${String(1 + (d % 28)).padStart(2, '0')}`, url: null, language: 'en', paragraphs });
  }
  return docs;
}
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
