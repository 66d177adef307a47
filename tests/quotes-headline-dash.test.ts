import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('gives a headline quote to the subject of its own verb, not to the source after the dash', () => {
  const got = speakers([
    "Holt vows 'no retreat' — Nordpost",
    'Foreign Minister Lena Holt told parliament on Tuesday that there would be "no retreat on the border".',
    '"The border is not for sale." — Lena Holt',
  ]);
  expect(got.get('no retreat')).toBe('Lena Holt');
  expect(got.get('The border is not for sale')).toBe('Lena Holt');
});
