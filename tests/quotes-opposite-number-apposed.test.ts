import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads "his opposite number" as a person, so the name set off after it is the later "she"', () => {
  const got = speakers([
    'The Velorian minister, Tomas Brek, opened the talks in Korvath.',
    'His opposite number, Ilse Marran, was more cautious. "We have a long way to go," she said.',
  ]);
  expect(got.get('We have a long way to go')).toBe('Ilse Marran');
});

it('still reads a plain thing set off before a name as no person', () => {
  const got = speakers([
    'The Velorian minister, Tomas Brek, opened the talks in Korvath.',
    'His winning number, Ilse Marran, was more cautious. "We have a long way to go," she said.',
  ]);
  expect(got.get('We have a long way to go')).not.toBe('Tomas Brek');
});
