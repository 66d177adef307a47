import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads a name after a lowercase role, a party tag and words set off by commas as the subject', () => {
  const got = speakers([
    'Mayor Tom Berg ended his campaign for the harbour seat on Monday.',
    'Former Dunmore governor Ed Marsh (D), a Vik supporter, praised Berg for his work, calling it "an incredible feat" - yet he said the hour to unite is near.',
  ]);
  expect(got.get('an incredible feat')).toBe('Ed Marsh');
});
