import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits a column\'s "Here\'s NAME in 1994:" to the one brought in', () => {
  const got = speakers([
    'Mara Olsen built her career on the waterfront.',
    'Here\'s Olsen in March 1994: "Our new direction must rest on the ferries, not the bridge."',
  ]);
  expect(got.get('Our new direction must rest on the ferries, not the bridge')).toBe('Mara Olsen');
});

it('credits "From NAME\'s Facebook post:" to the owner of the post', () => {
  const got = speakers([
    'Tom Brack backed the rival slate on Tuesday.',
    'From Brack\'s Facebook post: "For the sake of the club, we must unite behind one candidate."',
  ]);
  expect(got.get('For the sake of the club, we must unite behind one candidate')).toBe('Tom Brack');
});

it('does not read a possessive\'s thing as the one brought in', () => {
  const got = speakers(['Mara Olsen ran for mayor.', 'Here\'s Olsen\'s advert: "Vote for the harbour."']);
  expect(got.get('Vote for the harbour')).toBeNull();
});
