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

it('credits a bare plural of persons opening the sentence, not the place or body after its preposition', () => {
  const { quotes } = extractQuotes(passagesOf(doc('o2', '2024-03-01', [
    'Prices rose again in March.',
    'Officials in Kestrel said they were "watching closely."',
    'Diplomats in Port Renn said the talks were "stuck."',
  ])));
  const by = new Map(quotes.map((q) => [q.quote, q.speaker]));
  expect(by.get('watching closely.')).toMatch(/^officials in Kestrel$/iu);
  expect(by.get('stuck.')).toMatch(/^diplomats in Port Renn$/iu);
});
