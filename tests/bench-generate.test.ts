import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles, mulberry32, profileOf, writeCorpus } from '../bench/generate.ts';
import { loadCorpus, parseArticle, serializeArticle } from '../src/corpus/load.ts';
import { doc } from './helpers/docs.ts';

const profile = { paragraphWords: [47, 38, 35, 31, 36, 22, 25, 51, 34, 24, 22, 26, 19, 32, 22, 16, 50, 26, 34, 30, 27, 23, 34, 41] };
const words = (p: string): number => p.split(/\s+/).filter(Boolean).length;

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});

describe('generateArticles', () => {
  const docs = generateArticles(30, 7, profile);

  it('is deterministic: the same seed gives identical articles, another seed different ones', () => {
    expect(generateArticles(30, 7, profile)).toEqual(docs);
    const other = generateArticles(30, 8, profile);
    expect(other.map((d) => d.paragraphs[0])).not.toEqual(docs.map((d) => d.paragraphs[0]));
  });

  it('gives every article a unique id, a date, a title and about two dozen paragraphs', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(30);
    for (const d of docs) {
      expect(d.id).toMatch(/^bench-\d{5}$/);
      expect(d.published).toMatch(/^20(23|24)-\d\d-\d\d$/);
      expect(d.paragraphs.length).toBeGreaterThanOrEqual(18);
      expect(d.paragraphs.length).toBeLessThanOrEqual(30);
      expect(d.title.length).toBeGreaterThan(0);
    }
  });

  it('draws paragraph lengths from the profile, within the jitter', () => {
    const all = docs.flatMap((d) => d.paragraphs.map(words));
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    const profileMean = profile.paragraphWords.reduce((a, b) => a + b, 0) / profile.paragraphWords.length;
    expect(mean).toBeGreaterThan(profileMean * 0.7);
    expect(mean).toBeLessThan(profileMean * 1.4);
    expect(Math.max(...all)).toBeLessThan(Math.max(...profile.paragraphWords) * 1.5);
  });

  it('has quotations in several attribution styles, and time expressions', () => {
    const text = docs.flatMap((d) => d.paragraphs).join('\n');
    expect(text).toMatch(/," [A-Z][\w-]+ [A-Z][\w-]+, (a|an|the) [^,]+, said\./);
    expect(text).toMatch(/[A-Z][\w-]+ [A-Z][\w-]+ said, "/);
    expect(text).toMatch(/," (he|she) added\./);
    expect(text).toMatch(/\b(on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last month|in (May|June|July))\b/);
    expect(text).toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/);
  });

  it('writes articles the corpus loader reads back unchanged', () => {
    for (const d of docs.slice(0, 10)) {
      const back = parseArticle(d.file, serializeArticle(d));
      expect(back.problems).toEqual([]);
      expect(back.document).toEqual(d);
    }
  });

  it('refuses an empty profile and a bad count, saying which', () => {
    expect(() => generateArticles(3, 1, { paragraphWords: [] })).toThrow(/profile/);
    expect(() => generateArticles(-1, 1, profile)).toThrow(/count/);
  });
});

describe('writeCorpus', () => {
  it('writes the real articles plus generated ones up to the size, loadable as a corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-gen-test-'));
    try {
      const real = doc('real-article', '2023-09-14', ['One real paragraph with "a quote," Kim said.', 'Another paragraph of ten words or so here.']);
      expect(writeCorpus(dir, 12, 3, [real])).toEqual({ real: 1, generated: 11 });
      expect(readdirSync(dir)).toHaveLength(12);
      const loaded = loadCorpus(dir);
      expect(loaded.map((d) => d.id)).toContain('real-article');
      expect(loaded.find((d) => d.id === 'real-article')?.paragraphs).toEqual(real.paragraphs);
      expect(profileOf([real]).paragraphWords).toEqual([8, 8]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
