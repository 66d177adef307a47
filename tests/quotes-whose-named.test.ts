import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('credits the one a "whose" clause names in full before its verb of speech and the colon', () => {
  const got = speakers([
    'Museum director Lars Eide thanked the lending gallery, whose curator, Dr Ines Vahl, said in a message: "We are proud to help."',
    'Eide also wrote to the city archive, whose head, Pavel Nord, replied: "The maps are yours until June."',
    'He praised the Norrvik Trust, whose trustees wrote: "We never doubted it."',
  ]);
  expect(got.get('We are proud to help')).toBe('Ines Vahl');
  expect(got.get('The maps are yours until June')).toBe('Pavel Nord');
  expect(got.get('We never doubted it')).toBeNull();
});
