import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras)));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker]));
}

it('gives a question after "X wanted to know about Y:" to X', () => {
  const got = speakers([
    'The harbour master, Mara Olsen, took questions at the quay on Monday.',
    'A third reporter wanted to know about the fleet: "Is Vessby part of this?"',
    'Anders Holm wanted to ask: "Who pays for the dredging?"',
  ]);
  expect(got.get('Is Vessby part')).toBe('a third reporter');
  expect(got.get('Who pays for')).toBe('Anders Holm');
});
