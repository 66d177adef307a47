import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// A magazine's interview: questions in bold (one a prompt without a question mark), each answered in a paragraph
// labelled by the interviewee's surname alone ("Varga: ..."), with prose between that quotes others.
const paragraphs = [
  'Marta Ilona Varga spent thirty years building bridges across the Danube. Now 68, she lives outside Szeged. We reached her by telephone. The interview has been edited for length.',
  '**What did you think when you saw the new bridge?**',
  'Varga: My first thought was that they had built it in the wrong place. The river moves, and it will move again.',
  '**Critics say the city paid too much for it.**',
  'Varga: A bridge is not a shop. You cannot buy one the way you buy a coat.',
  '**Your former colleague Tamas Hegyi called it "a triumph of engineering". Do you agree?**',
  'Varga: Tamas always liked triumphs. I like bridges that stand.',
  'Her son, Peter Varga, who sat in on the call, laughed. "Mother, be kind," he said.',
  '**Would you build another?**',
  'Varga: Tomorrow. But my doctor says no.',
  'After the call, her son wrote to us that his mother "still walks the bridge every Sunday".',
];

it('reads answers labelled by the interviewee\'s surname alone as her turns, the prose between as prose', () => {
  const { quotes } = extractQuotes(passagesOf(doc('interview', '2024-05-01', paragraphs)));
  const said = (w: string) => quotes.find((q: { quote: string }) => q.quote.includes(w));
  expect(said('built it in the wrong place')?.speaker).toBe('Marta Ilona Varga');
  expect(said('A bridge is not a shop')?.speaker).toBe('Marta Ilona Varga');
  expect(said('I like bridges that stand')?.speaker).toBe('Marta Ilona Varga');
  expect(said('Tomorrow. But my doctor')?.speaker).toBe('Marta Ilona Varga');
  // (The son's words and the colleague's partial stay theirs.)
  expect(said('Mother, be kind')?.speaker).toBe('Peter Varga');
  expect(said('a triumph of engineering')?.speaker).toBe('Tamas Hegyi');
});
