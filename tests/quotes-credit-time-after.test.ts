import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a credit closing the sentence after more of its words, with when it was said after the name', () => {
  const got = speakers([
    'The harbour board looked into the two pilots last spring.',
    'The board did not find "ties of any kind," apart from the pair having met "briefly" at a regatta, said the board\'s director, Lena Vik, on Monday.',
    'The pilots kept "every log in order" through the storm, said Tom Berg in a statement.',
  ]);
  expect(got.get('ties of any kind')).toBe('Lena Vik');
  expect(got.get('briefly')).toBe('Lena Vik');
  expect(got.get('every log in order')).toBe('Tom Berg');
});
