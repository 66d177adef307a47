import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('leaves "I was beaten" after "A beat B" (two of one sex) to no one, not the subject', () => {
  const got = speakers(['Veteran Julian Brask beat newcomer Tobias Wren in the final. "I was outplayed from the first point," he said.']);
  expect(got.get('I was outplayed from the first point')).toBeNull();
});

it('keeps the subject when the quote is not of one undergoing something', () => {
  const got = speakers(['Veteran Julian Brask beat newcomer Tobias Wren in the final. "I played my best tennis," he said.']);
  expect(got.get('I played my best tennis')).toBe('Julian Brask');
});

it('keeps the one person of the sex when the other is of the other sex', () => {
  const got = speakers(['Coach Miriam Holt dropped striker Anders Lyng for the derby. "I was stunned," he said.']);
  expect(got.get('I was stunned')).not.toBe('Miriam Holt');
});
