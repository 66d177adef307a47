import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's words and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras)));
  return new Map(quotes.map((q) => [q.quote, q.speaker]));
}

it('gives the quote to the person before a contact clause, not the place inside it', () => {
  const got = speakers([
    'A Norwegian harbour master I met in Tromsø called the new quay "a monument to optimism".',
    'An engineer we interviewed at the yard in Gdansk said the hull was "sound enough".',
    'A spokesman for the ferry line whom I reached on Friday described the timetable as "provisional".',
  ]);
  expect(got.get('a monument to optimism')).toBe('a Norwegian harbour master');
  expect(got.get('sound enough')).toBe('an engineer');
  expect(got.get('provisional')).toBe('a spokesman for the ferry line');
});

it('credits no one when the contact clause follows a word for many people', () => {
  const got = speakers(['Everyone I spoke to in Tromsø called the quay "a waste".']);
  expect(got.get('a waste')).toBeNull();
});
