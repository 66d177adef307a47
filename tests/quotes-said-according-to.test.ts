import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('credits the subject of "said", not the source "according to" names between the verb and "that"', () => {
  const got = speakers([
    'The Veldan interior ministry, for its part, said, according to the news agency Norpress, that the border talks had been "useful and frank."',
    'The city council said, according to the Kessel Gazette, that the new pier was "years away."',
    'The ferry strike will go on, according to the Kessel Gazette.',
  ]);
  expect(got.get('useful and frank')).toBe('the Veldan interior ministry');
  expect(got.get('years away')).toBe('the city council');
});
