import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pinProbeAnswers } from './helpers/probe-pins.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';

// The session-46 review's invented probe articles (helper h5; tests/fixtures/probes/s46-h5, README there): each wrong
// speaker found there was fixed by a rule of its own test file; this pins the folder as a whole.
const DIR = 'tests/fixtures/probes/s46-h5';
pinProbeAnswers(DIR);

/** `doc: opening words → a|b|-` lines: who may be credited with the quote that opens so. */
function allowed(file: string): { doc: string; opening: string; who: string[] }[] {
  return readFileSync(`${DIR}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\S+): (.*) → (.*)$/u.exec(l);
      if (!m) throw new Error(`bad line in ${file}: ${l}`);
      return { doc: m[1]!, opening: m[2]!, who: m[3]!.split('|') };
    });
}

describe('probe articles s46-h5, against the answers written before the first run', () => {
  it('credits no quote to anyone but one written (or judged after, judged-after.txt) as right', () => {
    const { quotes } = extractQuotes(buildPassages(loadCorpus(DIR)));
    const judged = new Map(allowed('judged-after.txt').map((a) => [`${a.doc}: ${a.opening}`, a]));
    const wrong: string[] = [];
    for (const written of allowed('expected-written.txt')) {
      const a = judged.get(`${written.doc}: ${written.opening}`) ?? written;
      const q = quotes.find((x) => x.citation.doc === a.doc && x.quote.toLowerCase().startsWith(a.opening.slice(0, 20).toLowerCase()));
      if (!q || q.speaker === null) continue;
      const got = q.speaker.toLowerCase();
      if (!a.who.some((w) => w !== '-' && (got.includes(w.toLowerCase()) || w.toLowerCase().includes(got)))) wrong.push(`${a.doc}: ${a.opening} → ${q.speaker}`);
    }
    expect(wrong).toEqual([]);
  });
});
