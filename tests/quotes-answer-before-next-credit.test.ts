import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('credits a question the clause before introduces when the clause after it introduces the next quote', () => {
  const got = speakers([
    'Tom Brack sent Mara Olsen a photo of the pier on Monday. Olsen answers Brack with, "Why now? Wasn\'t that the day I left for Leeds?" Brack then writes back, "You look great in it."',
  ]);
  expect(got.get('Why now? Wasn\'t that the day I left for Leeds?')).toBe('Mara Olsen');
  expect(got.get('You look great in it')).toBe('Tom Brack');
});
