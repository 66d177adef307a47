import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give an anonymous source the name set off after the one it is close to', () => {
  const got = speakers([
    '"The deal is dead," a source close to the harbour commissioner, Wendel Arkwright, said on Tuesday.',
    '"Nobody has signed anything," said people familiar with the chairman, Ottilie Brask.',
    'A source close to the mayor, Edda Brun, said: "It is over."',
    '"We will sign by June," said the commissioner\'s deputy, Runa Sell.',
  ]);
  // (The source speaks, described, as before a colon; session 48 credits it where it went to no one.)
  expect(got.get('The deal is dead')).toBe('a source close to the harbour commissioner');
  expect(got.get('Nobody has signed anything')).toBeNull();
  expect(got.get('It is over')).toBe('a source close to the mayor');
  expect(got.get('We will sign by June')).toBe('Runa Sell');
});
