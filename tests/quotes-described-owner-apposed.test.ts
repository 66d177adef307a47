import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with words set as the apposition of a described owner\'s phrase', () => {
  const got = speakers([
    'Historian Wilma Drent said the admiral\'s phrase, "a sea of friends", was chosen to flatter.',
    'Drent also called the governor\'s remarks "clumsy".',
  ]);
  expect(got.get('a sea of friends')).toBeNull();
  expect(got.get('clumsy')).toBe('Wilma Drent');
});
