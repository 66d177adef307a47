import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads a description and the name set off after a fronted preposition with a gerund', () => {
  const got = speakers([
    'The harbour board asked Senator Lena Vik to give evidence in the dispute.',
    'In opposing the request, her personal lawyer, Tom Berg, wrote in a filing to the court that the demand was "futile," since the logs were burned.',
    'After reading the filing, the board\'s clerk, Anna Moss, said the hearing would go on "as planned."',
  ]);
  expect(got.get('futile')).toBe('Tom Berg');
  expect(got.get('as planned')).toBe('Anna Moss');
});
