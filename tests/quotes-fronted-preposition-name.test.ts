import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads no person "Following Roe" in a fronted phrase opening with a preposition', () => {
  const got = speakers([
    'Guide Peter Brekke briefed the climbers on Monday. Medic Anna Aune was listening.',
    'Following Brekke\'s briefing, "we packed the extra rope," she said.',
    'Amid Brekke\'s shouting, "nobody could hear the radio," she said.',
  ]);
  expect(got.get('we packed the extra rope')).toBe('Anna Aune');
  expect(got.get('nobody could hear the radio')).toBe('Anna Aune');
});
