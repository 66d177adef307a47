import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('does not leap a "he" past a subject set off after a description, whose sex a first name only guesses, to a man of the paragraph before', () => {
  const got = speakers([
    '"One more day and we are there," explorer Hamish Quillan said.',
    'Berg\'s deputy, Ola Strand, said the union would vote on Friday. "Members will decide," he told reporters.',
  ]);
  expect(got.get('One more day and we are there')).toBe('Hamish Quillan');
  expect(got.get('Members will decide')).not.toBe('Hamish Quillan');
});

it('nor when that subject\'s sentence is the whole paragraph before the quote', () => {
  const got = speakers([
    '"One more day and we are there," explorer Hamish Quillan said.',
    'Ola Strand, the union\'s deputy, said members would vote on Friday.',
    '"Members will decide," he told reporters.',
  ]);
  expect(got.get('Members will decide')).not.toBe('Hamish Quillan');
});
