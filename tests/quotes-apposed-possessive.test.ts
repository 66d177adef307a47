import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('reads no verb of speaking in a noun after a possessive opening a fronted phrase', () => {
  const got = speakers([
    'Skipper Anneli Varhaug spoke to the crew on Monday. Deckhand Tobias Quarrie listened.',
    'After Varhaug\'s remarks, "the mood changed completely," Quarrie said.',
  ]);
  expect(got.get('the mood changed completely')).toBe('Tobias Quarrie');
});
