import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('does not give "the family\'s statement" to the subject of the sentence before', () => {
  const got = speakers([
    'The lawyer for the family, Gavin Rusk, said they were "shattered." The family\'s statement read: "She was the heart of our home."',
  ]);
  expect(got.get('shattered')).toBe('Gavin Rusk');
  expect(got.get('She was the heart of our home')).not.toBe('Gavin Rusk');
});
