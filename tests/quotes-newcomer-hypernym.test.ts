import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented pilots and base.
function speakerOf(paras: string[], words: string): string | null | undefined {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paras))).quotes.find((x) => x.quote.includes(words))?.speaker;
}

it('gives "the friend" to the pal its paragraph brought in (a pal is a kind of friend)', () => {
  const p = 'A pal of one of the Tarvish pilots said the visit had been planned in a hurry. "They painted the fence the night before," the friend said.';
  expect(speakerOf([p], 'painted the fence')).toMatch(/^a pal\b/u);
});

it('does not tie "the friend" to a newcomer of another kind', () => {
  const p = 'A neighbour of one of the Tarvish pilots said the visit had been planned in a hurry. "They painted the fence the night before," the friend said.';
  expect(speakerOf([p], 'painted the fence') ?? '').not.toMatch(/neighbour/u);
});
