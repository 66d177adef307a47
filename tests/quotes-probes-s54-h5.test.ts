import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-54 invented probe articles (helper h5; tests/fixtures/probes/s54-h5, README there): denied, negated and
// misquoted speech, words only forecast, promised or due, words of documents, placards and banners, "in the words of"
// and "as NAME put it", Jr./Sr. namesakes, née and married names, nicknames in quotation marks, "each/both/neither
// said", relative clauses, possessive chains, captions and corrections, and crowds' chants; then a batch (z) at the
// edges of the first fixes. First run 128 right / 19 wrong (13 real, and g05 hidden by a lenient key) / 85 no one
// where no one is right / 4 none / 3 not found (nicknames written as no one's) of the 239 quotes first written.
const DIR = 'tests/fixtures/probes/s54-h5';
pinProbeAnswers(DIR);
// g03 ('The athlete ... now competes as Jessamy NAME ... Her husband, Chidi NAME, is her coach. "...," NAME said.' →
// the husband): the wife's given name is none the reading knows, so the husband is the one bearer it holds; left (README).
pinWrittenAnswers(DIR, ['g03-formerly-known-as-married: I run faster now → Chidi Okoye']);

// The right count as a floor: quotes credited to one written (or judged after) as right, 142 at the end of the
// review (of 259 written; README), 141 once merged: i06's three judges' joint words went from the first judge
// (judged after as right) to no one, the answer first written, by h3's rule on a list of three named as one
// subject. A later reading may credit more, never fewer.
describe('probe articles s54-h5, right answers', () => {
  it('credits at least 141 quotes to one written (or judged after) as right', () => {
    const { quotes } = extractQuotes(buildPassages(loadCorpus(DIR)));
    const read = (file: string): { key: string; who: string[] }[] =>
      readFileSync(`${DIR}/${file}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          const [key, who] = l.split(' → ');
          return { key: key!, who: who!.split('|') };
        });
    const judged = new Map(read('judged-after.txt').map((a) => [a.key, a.who]));
    let right = 0;
    for (const w of read('expected-written.txt')) {
      const [doc, opening] = [w.key.slice(0, w.key.indexOf(': ')), w.key.slice(w.key.indexOf(': ') + 2)];
      const who = judged.get(w.key) ?? w.who;
      const opens = (x: (typeof quotes)[number], n: number): boolean => x.citation.doc === doc && x.quote.toLowerCase().startsWith(opening.slice(0, n).toLowerCase());
      const q = quotes.find((x) => opens(x, opening.length)) ?? quotes.find((x) => opens(x, 20));
      const got = q?.speaker?.toLowerCase();
      if (got && who.some((x) => x !== '-' && (got.includes(x.toLowerCase()) || x.toLowerCase().includes(got)))) right++;
    }
    expect(right).toBeGreaterThanOrEqual(141);
  });
});
