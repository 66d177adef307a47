import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the one a "whose" clause names in full before its verb of speech and the colon', () => {
  const got = speakers([
    'Museum director Lars Eide thanked the lending gallery, whose curator, Dr Ines Vahl, said in a message: "We are proud to help."',
    'Eide also wrote to the city archive, whose head, Pavel Nord, replied: "The maps are yours until June."',
    'He praised the Norrvik Trust, whose trustees wrote: "We never doubted it."',
  ]);
  expect(got.get('We are proud to help')).toBe('Ines Vahl');
  expect(got.get('The maps are yours until June')).toBe('Pavel Nord');
  expect(got.get('We never doubted it')).toBeNull();
});
