import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the full name set off after an opening phrase no reading takes for a speaker', () => {
  const got = speakers([
    'Former harbour chief Osvald Rinne was fined on Monday.',
    'Rinne\'s old rival, Karin Tveit, said: "The harbour deserves better."',
    'Rinne\'s successor as harbour chief, Mats Oyen, told reporters: "We start again tomorrow."',
  ]);
  expect(got.get('The harbour deserves better')).toBe('Karin Tveit');
  expect(got.get('We start again tomorrow')).toBe('Mats Oyen');
});

it('leaves the words of a document sent to someone to no one, not to the recipient set off after it', () => {
  const got = speakers([
    'Former harbour chief Osvald Rinne was fined on Monday.',
    'A letter to the harbour chief, Mats Oyen, said: "Resign before the summer."',
    'The harbour chief, Mats Oyen, said: "I will stay."',
  ]);
  expect(got.get('Resign before the summer')).not.toBe('Mats Oyen');
  expect(got.get('I will stay')).toBe('Mats Oyen');
});
