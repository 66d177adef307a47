import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('gives "he" or "she" to the one of that sex of a woman and a man the sentence before names', () => {
  expect(speakers(['Greta Holm wrote to Anton Brisk in March. He replied: "I have nothing to add."']).get('I have nothing to add')).toBe('Anton Brisk');
  expect(speakers(['Anton Brisk wrote to Greta Holm in March. She replied: "I have nothing to add."']).get('I have nothing to add')).toBe('Greta Holm');
  expect(speakers(['Greta Holm met Anton Brisk at the port. "It was cold," he said.']).get('It was cold')).toBe('Anton Brisk');
});

it('credits no one when another of that sex is at hand or named beside', () => {
  expect(speakers(['Piet Vaal runs the archive. Greta Holm wrote to Anton Brisk in March. He replied: "I have nothing to add."']).get('I have nothing to add')).toBeNull();
  expect(speakers(['Greta Holm wrote to Anton Brisk and Piet Vaal in March. He replied: "I have nothing to add."']).get('I have nothing to add')).toBeNull();
});
