import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractQuotes } from '../../src/quotes/extract-quotes.ts';
import { buildPassages } from '../../src/text/passages.ts';

const LINE = /^(\S+) ¶(\d+): "(.*)" → (.*)$/u;

/**
 * Pins a review's folder of invented probe articles: every quote's speaker as read and judged by hand, one line each
 * in `<dir>/expected.txt` (`doc ¶N: "opening words" → speaker`, "-" for no one).
 */
export function pinProbeAnswers(dir: string): void {
  describe(`probe articles ${dir.split('/').pop()}`, () => {
    const { quotes } = extractQuotes(buildPassages(loadCorpus(dir)));
    const expected = readFileSync(`${dir}/expected.txt`, 'utf8').split('\n').filter((l) => l.trim() !== '');
    it('finds every quote the review read, no more', () => {
      expect(quotes.length).toBe(expected.length);
    });
    it('gives each quote the speaker judged for it (or no one)', () => {
      const got = quotes.map((q) => `${q.citation.doc} ¶${q.citation.paragraph}: "${q.quote.slice(0, 60)}" → ${q.speaker ?? '-'}`);
      const want = expected.map((l) => {
        const m = LINE.exec(l);
        if (!m) throw new Error(`bad line in expected.txt: ${l}`);
        return `${m[1]} ¶${m[2]}: "${m[3]}" → ${m[4]}`;
      });
      expect(got).toEqual(want);
    });
  });
}
