import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-53 invented probe articles (helper h5; tests/fixtures/probes/s53-h5, README there): names written
// family name first (Chinese, Korean, Vietnamese, Hungarian) called later by one part, patronymics and feminine
// surname forms, hyphenated double surnames cut to one half, a speaker whose role changes, quotes inside quotes,
// "according to NAME" after a paragraph's other subject, three quotes in one sentence with semicolons, questions at a
// press conference, headlines, subheads and pull quotes, a group's joint words, "NAME's spokesman" and "through a
// spokesman", speech through an interpreter, and names that are common words; then a batch aimed at the rules the
// first run's wrongs brought. First run 227 right / 24 wrong (8 wrong on reading) / 28 no one where no one is right /
// 14 none of the 293 quotes first written; the wrongs read by hand are in the README. Each fixed wrong has a rule with
// its own test file.
const DIR = 'tests/fixtures/probes/s53-h5';
pinProbeAnswers(DIR);
pinWrittenAnswers(DIR);

// The right count as a floor: quotes credited to one written (or judged after) as right, 262 at the end of the
// review (of 313 written; README). A later reading may credit more, never fewer.
describe('probe articles s53-h5, right answers', () => {
  it('credits at least 262 quotes to one written (or judged after) as right', () => {
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
    expect(right).toBeGreaterThanOrEqual(262);
  });
});
