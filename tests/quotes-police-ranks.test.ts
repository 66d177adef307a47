import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads British police ranks and "Cllr" as titles, not as part of the name', () => {
  const got = speakers([
    'Chief Constable Petra Lund said: "We will find them."',
    'Chief Superintendent Owen Marr said: "The roads stay shut."',
    '"We never argue at dinner," Cllr Rosa Beale said.',
  ]);
  expect(got.get('We will find them')).toBe('Petra Lund');
  expect(got.get('The roads stay shut')).toBe('Owen Marr');
  expect(got.get('We never argue at dinner')).toBe('Rosa Beale');
});
