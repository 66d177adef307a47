import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('never credits the subject of a passive naming verb with the words it is named by', () => {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-03-03', [
    'The mayor, Ana Ruiz, has posted a note on the city\'s website, where the two firms are described as having "a fruitful exchange" over lunch.',
    'The two firms were described as "close partners" in the note.',
  ])));
  const by = new Map(quotes.map((q) => [q.quote, q.speaker ?? null]));
  expect(by.get('a fruitful exchange')).toBe('Ana Ruiz');
  expect(by.get('close partners')).not.toBe('the two firms');
});

it('gives words in a relative aside in parentheses to the name before it', () => {
  const { quotes } = extractQuotes(passagesOf(doc('r', '2024-03-04', [
    'The port reopened on Friday.',
    'The harbour master, Ana Ruiz (who spoke of "a fresh start" in front of the press), did not wish to say more.',
  ])));
  expect(quotes.find((q) => q.quote === 'a fresh start')?.speaker).toBe('Ana Ruiz');
});
