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

/** `doc: opening words → a|b|-` lines of `<dir>/<file>`: who may be credited with the quote that opens so. */
function allowedAnswers(dir: string, file: string): { doc: string; opening: string; who: string[] }[] {
  return readFileSync(`${dir}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\S+): (.*) → (.*)$/u.exec(l);
      if (!m) throw new Error(`bad line in ${file}: ${l}`);
      return { doc: m[1]!, opening: m[2]!, who: m[3]!.split('|') };
    });
}

/**
 * Checks a probe folder against the answers written before its first run (`expected-written.txt`, or
 * `judged-after.txt` where a written answer was judged too strict): no quote credited to anyone not written as right,
 * but for `knownWrong` (`doc: opening → speaker` lines, a review's wrongs left unfixed, named in its README).
 */
export function pinWrittenAnswers(dir: string, knownWrong: readonly string[] = []): void {
  describe(`probe articles ${dir.split('/').pop()}, against the answers written before the first run`, () => {
    it('credits no quote to anyone but one written (or judged after, judged-after.txt) as right', () => {
      const { quotes } = extractQuotes(buildPassages(loadCorpus(dir)));
      const judged = new Map(allowedAnswers(dir, 'judged-after.txt').map((a) => [`${a.doc}: ${a.opening}`, a]));
      const wrong: string[] = [];
      for (const written of allowedAnswers(dir, 'expected-written.txt')) {
        const a = judged.get(`${written.doc}: ${written.opening}`) ?? written;
        // (The whole opening first: two quotes of one article may share their first 20 characters, "The valley wants a
        // bus" and "The valley wants a bypass".)
        const opens = (x: (typeof quotes)[number], n: number): boolean => x.citation.doc === a.doc && x.quote.toLowerCase().startsWith(a.opening.slice(0, n).toLowerCase());
        const q = quotes.find((x) => opens(x, a.opening.length)) ?? quotes.find((x) => opens(x, 20));
        if (!q || q.speaker === null) continue;
        const got = q.speaker.toLowerCase();
        if (!a.who.some((w) => w !== '-' && (got.includes(w.toLowerCase()) || w.toLowerCase().includes(got)))) wrong.push(`${a.doc}: ${a.opening} → ${q.speaker}`);
      }
      expect(wrong).toEqual(knownWrong);
    });
  });
}

/**
 * Pins a floor under a probe folder's right answers: at least `floor` quotes credited to one written (or judged
 * after) as right. A later reading may credit more, never fewer.
 */
export function pinRightFloor(dir: string, floor: number): void {
  describe(`probe articles ${dir.split('/').pop()}, right answers`, () => {
    it(`credits at least ${floor} quotes to one written (or judged after) as right`, () => {
      const { quotes } = extractQuotes(buildPassages(loadCorpus(dir)));
      const judged = new Map(allowedAnswers(dir, 'judged-after.txt').map((a) => [`${a.doc}: ${a.opening}`, a]));
      let right = 0;
      for (const written of allowedAnswers(dir, 'expected-written.txt')) {
        const a = judged.get(`${written.doc}: ${written.opening}`) ?? written;
        const opens = (x: (typeof quotes)[number], n: number): boolean => x.citation.doc === a.doc && x.quote.toLowerCase().startsWith(a.opening.slice(0, n).toLowerCase());
        const q = quotes.find((x) => opens(x, a.opening.length)) ?? quotes.find((x) => opens(x, 20));
        const got = q?.speaker?.toLowerCase();
        if (got && a.who.some((w) => w !== '-' && (got.includes(w.toLowerCase()) || w.toLowerCase().includes(got)))) right++;
      }
      expect(right).toBeGreaterThanOrEqual(floor);
    });
  });
}
