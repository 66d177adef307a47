import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';

// The session-43 review's invented probe articles (tests/fixtures/probes/s43-h5, README there): every quote's speaker
// as read and judged by hand, one line each in expected.txt (`doc ¶N: "opening words" → speaker`, "-" for no
// one). A wrong speaker found there was fixed by a rule of its own test file; this pins the folder as a whole.
const DIR = 'tests/fixtures/probes/s43-h5';
const LINE = /^(\S+) ¶(\d+): "(.*)" → (.*)$/u;

describe('probe articles s43-h5', () => {
  const { quotes } = extractQuotes(buildPassages(loadCorpus(DIR)));
  const expected = readFileSync(`${DIR}/expected.txt`, 'utf8').split('\n').filter((l) => l.trim() !== '');
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
