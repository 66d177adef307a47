import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the quote of a clause that "says NAME, a role," sets off inside it', () => {
  const got = speakers([
    'The riddle of the old harbour, says Ivo Dahl, a historian at the Kelso Library, is that it was "the busiest port on the coast for a century."',
    'The trouble with the ferry plan, says Rosa Brandt, is that it is "a bridge to nowhere."',
  ]);
  expect(got.get('the busiest port on the coast for a century')).toBe('Ivo Dahl');
  expect(got.get('a bridge to nowhere')).toBe('Rosa Brandt');
});

it('gives no credit when the clause goes on to someone else who may be the one quoted', () => {
  const got = speakers(['The ferry plan, says Ken Marsh, was opposed by Lena Moss, who called it "a folly."']);
  expect(got.get('a folly')).not.toBe('Ken Marsh');
});
