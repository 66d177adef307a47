import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('credits "officials of the X\' Y in Z" to the officials, not the tail of the possessive name nor the place', () => {
  const { quotes } = extractQuotes(passagesOf(doc('o', '2024-03-01', [
    'The ministry cut the grain quota again on Friday.',
    'Officials of the Growers\' Union in Dorvale said the cut would "ruin small farms."',
  ])));
  expect(quotes).toHaveLength(1);
  expect(quotes[0]!.speaker).not.toBe('Union');
  expect(quotes[0]!.speaker).not.toBe('Dorvale');
  expect(quotes[0]!.speaker ?? '').toMatch(/^officials/iu);
});
