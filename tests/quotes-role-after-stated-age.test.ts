import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people and dock.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

it('gives "the welder" to the one set off as a welder after his stated age', () => {
  const text = [
    'Piotr Lasek, 46, a welder who has worked at the Kessby dock since 2016, said the yard had been cleaned "as if for a wedding."',
    'Lasek, for his part, has a simpler wish. "Let them pay the wages on time," the welder said.',
  ];
  expect(speakerOf(text, 'Let them pay the wages on time')).toBe('Piotr Lasek');
});

