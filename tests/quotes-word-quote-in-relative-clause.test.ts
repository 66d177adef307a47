import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads past a word quoted inside a relative clause set off after the subject', () => {
  const got = speakers([
    'Oskar Lindqvist, the Tarvian spokesman, spoke on Monday.',
    'Lindqvist, who spent March assuring reporters that Tarvia had no plans to "seize" anything, also said the two leaders had found "a lot of common ground."',
  ]);
  expect(got.get('a lot of common ground')).toBe('Oskar Lindqvist');
});

it('does not take the name inside the clause for the subject', () => {
  const got = speakers([
    'Oskar Lindqvist, the Tarvian spokesman, spoke on Monday. Ilse Marran, the mayor, was there too.',
    'Lindqvist, who had told Marran there was no "secret" deal, also said the talks had gone "very well."',
  ]);
  expect(got.get('very well')).toBe('Oskar Lindqvist');
});
