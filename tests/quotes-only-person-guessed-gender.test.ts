import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('gives "he" to the only person so far, whose first name the lists only guess to be a woman\'s', () => {
  const got = speakers(['Ola Strand, who fishes off the point, was not impressed. "It is just another boat," he told reporters. "We see them every week," she added.']);
  expect(got.get('It is just another boat')).toBe('Ola Strand');
  // (The "he" tells his sex: a "she" after it is someone else.)
  expect(got.get('We see them every week')).toBeNull();
});

it('credits no one when anyone else was brought in before', () => {
  expect(speakers(['Maria Lund fishes off the point. A trawler captain came by. "It is just another boat," he said.']).get('It is just another boat')).toBeNull();
  expect(speakers(['Tom Eke was on the pier.', 'Maria Lund fishes off the point. "It is just another boat," he said.']).get('It is just another boat')).toBeNull();
});
