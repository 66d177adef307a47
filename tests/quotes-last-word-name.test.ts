import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { lastWordTo } from '../src/quotes/speech-manner.ts';

// Sentences written for these tests: "The last word went to NAME, who ...": the one named handed the floor, the
// "she said" after it hers, though a man spoke before.
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2024-03-01');

it('gives the "she said" after "The last word went to NAME, who ..." to the one named', () => {
  const got = speakers([
    '"We will ask again next year," said Olaf Brandt, the harbour master.',
    'The last word went to Ida Varga, who had waited at the back all evening. "Three hours of this," she said, as the hall emptied. "Bring coffee next time."',
  ]);
  expect(got.get('Three hours of')).toBe('Ida Varga');
  expect(got.get('Bring coffee next')).toBe('Ida Varga');
});

it('reads the name or description, and nothing when the name runs into more of the sentence', () => {
  expect(lastWordTo('The last word went to Ida Varga, who had stayed to the end.')).toBe('Ida Varga');
  expect(lastWordTo('The final word belongs to the ferryman.')).toBe('the ferryman');
  expect(lastWordTo('The last word went to Ida Varga and her neighbours.')).toBeNull();
});
