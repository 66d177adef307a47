import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads the subject after a fronted phrase of time with no preposition ("Earlier this week,")', () => {
  const got = speakers([
    'Earlier this week, Rosa Brandt shared her worry with donors at a dinner in Leeds, "I do not know which version of him will turn up."',
    'Last month, Ivo Dahl summed up the season for the club, "We were lucky to stay up."',
  ]);
  expect(got.get('I do not know which version of him will turn up')).toBe('Rosa Brandt');
  expect(got.get('We were lucky to stay up')).toBe('Ivo Dahl');
});
