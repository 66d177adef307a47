import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads no sentence adverb opening the sentence as part of the speaker\'s name', () => {
  const got = speakers([
    'Coach Peter Vollan spoke on Monday. Captain Anna Tveit also spoke.',
    'Yesterday Vollan said: "We are ready."',
    'Overnight Tveit posted: "Thank you, fans."',
    'Tellingly Tveit did not mention Vollan. "We won together," she said.',
  ]);
  expect(got.get('We are ready')).toBe('Peter Vollan');
  expect(got.get('Thank you, fans')).toBe('Anna Tveit');
  expect(got.get('We won together')).toBe('Anna Tveit');
});
