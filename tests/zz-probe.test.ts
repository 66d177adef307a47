import { it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
const cases: string[][] = [
  ['Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed in the 2012 attack, discussed the controversy with radio host Hugh Hewitt on Thursday.', 'Woods said she does not believe the Khans should be immune from criticism.', '“I was disturbed that he was criticized,” she said.'],
  ['Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed, spoke on Thursday.', '“I was disturbed that he was criticized,” she said.'],
];
it('probe', () => {
  for (const c of cases) {
    const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-05-02', c)));
    console.log(c.join(' / ').slice(0, 90), '\n   =>', quotes.map((q) => `${q.quote.slice(0, 20)} :: ${q.speaker}`).join(' | '));
  }
});
