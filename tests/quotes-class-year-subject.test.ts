import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a class year after a name as no part of the subject', () => {
  const got = speakers([
    "Mila Dorrance '24 said the panel had been \"too polite.\"",
    'Tobin Vask ’25 told the crowd it was "a start".',
  ]);
  expect(got.get('too polite')).toBe('Mila Dorrance');
  expect(got.get('a start')).toBe('Tobin Vask');
});
