import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads "with NAME (ADVERB) promising to" as the named one speaking, though the tagger reads an adjective', () => {
  const got = speakers([
    'Senator Lena Vik and Mayor Tom Berg spoke about the harbour on Monday.',
    'Vik and Berg have used the harshest words about the port, with Vik recently promising to "dredge it into oblivion."',
    'The two argued on, with Berg promising to "keep every berth open."',
  ]);
  expect(got.get('dredge it into oblivion')).toBe('Lena Vik');
  expect(got.get('keep every berth open')).toBe('Tom Berg');
});
