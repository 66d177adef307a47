import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits not the main subject with a reply a "which" clause gives to a body', () => {
  const got = speakers([
    'Villager Maren Tollefsen has campaigned for a crossing since 2019.',
    'Maren Tollefsen said she had written to the roads agency, which replied that the junction was "safe for all traffic."',
    'Tollefsen said she had also complained to the council, which responded that the lights were "not a priority."',
    'Her neighbour, Aksel Brun, said he had asked the county, which answered him that funds were "already spent."',
    'Tollefsen said the reply was "an insult to every parent."',
  ]);
  expect(got.get('safe for all traffic')).not.toBe('Maren Tollefsen');
  expect(got.get('not a priority')).not.toBe('Maren Tollefsen');
  expect(got.get('already spent')).not.toBe('Aksel Brun');
  expect(got.get('an insult to every parent')).toBe('Maren Tollefsen');
});

it('credits the body a "which" clause holding the quote stands for', () => {
  const got = speakers([
    'Villager Maren Tollefsen said she had written to the roads agency, which replied that the junction was "safe for all traffic."',
    'Aksel Brun cited the Fjord Trust, which estimates that "a third of the shore" is gone.',
    'Brun read the ministry\'s report, which said the shore was "half gone."',
  ]);
  expect(got.get('safe for all traffic')).toBe('the roads agency');
  expect(got.get('a third of the shore')).toBe('the Fjord Trust');
  expect(got.get('half gone')).not.toBe('Aksel Brun');
});
