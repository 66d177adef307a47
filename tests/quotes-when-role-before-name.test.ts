import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads a full name after a lowercase noun of a person the roles lack as the subject a "he" then means', () => {
  const got = speakers([
    'The council met on Monday to vote on the harbour plan.',
    'When developer Oskar Brandvold rose to speak, the hall went quiet. "I have built in this town for thirty years," he said.',
    'Property surveyor Tomas Hegge rose next. "The figures do not add up," he said.',
  ]);
  expect(got.get('I have built in this town for thirty years')).toBe('Oskar Brandvold');
  expect(got.get('The figures do not add up')).toBe('Tomas Hegge');
});
