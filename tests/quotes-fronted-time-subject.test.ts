import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads the subject after a fronted phrase of time with no preposition ("Earlier this week,")', () => {
  const got = speakers([
    'Earlier this week, Rosa Brandt shared her worry with donors at a dinner in Leeds, "I do not know which version of him will turn up."',
    'Last month, Ivo Dahl summed up the season for the club, "We were lucky to stay up."',
  ]);
  expect(got.get('I do not know which version of him will turn up')).toBe('Rosa Brandt');
  expect(got.get('We were lucky to stay up')).toBe('Ivo Dahl');
});
