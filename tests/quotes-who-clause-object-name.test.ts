import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the name opening the sentence, not a name set off inside its "who" clause', () => {
  const got = speakers([
    'Coach Anna Sandvik, who has trained the goalkeeper, Emil Rostad, since 2019, said: "He is ready."',
    'Judge Maren Dale, who sentenced the former mayor, Knut Aasen, in 2020, said the case was "unusual".',
    'The lawyer, who represents the builder, Tor Nesse, said: "We will appeal."',
    'A neighbour, who gave only her first name, Liv, said: "I heard the shots."',
  ]);
  expect(got.get('He is ready')).toBe('Anna Sandvik');
  expect(got.get('unusual')).toBe('Maren Dale');
  expect(got.get('We will appeal')).not.toBe('Tor Nesse');
  expect(got.get('I heard the shots')).toBe('Liv');
});

it('credits the opener, not a name set off inside a phrase a preposition opens after it', () => {
  const got = speakers([
    'Anna Sandvik, in a letter to the mayor, Knut Aasen, wrote: "We need a new pitch."',
  ]);
  expect(got.get('We need a new pitch')).toBe('Anna Sandvik');
});
