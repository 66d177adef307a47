import { expect, it } from 'vitest';
import { isIntensiveReflexive, withoutIntensiveTail } from '../src/quotes/intensive-reflexive.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// One reader of the intensive reflexive a subject carries, for the grammar's subjects and the speaker phrases.
it('tells the intensive reflexives, of the kinds asked', () => {
  expect(isIntensiveReflexive('herself')).toBe(true);
  expect(isIntensiveReflexive('Themselves')).toBe(true);
  expect(isIntensiveReflexive('itself', ['himself', 'herself'])).toBe(false);
  expect(isIntensiveReflexive('herald')).toBe(false);
});

it('takes an intensive reflexive off the end of a phrase, not after a comma', () => {
  expect(withoutIntensiveTail('Mara Olsen herself', ['himself', 'herself'])).toBe('Mara Olsen');
  expect(withoutIntensiveTail('the board itself', ['himself', 'herself'])).toBeNull();
  expect(withoutIntensiveTail('Mara Olsen, herself')).toBeNull();
  expect(withoutIntensiveTail('Mara Olsen')).toBeNull();
});

it('reads past the reflexive before a verb and before an aside alike', () => {
  const got = speakersByQuote([
    'Mara Olsen herself spoke of "a long winter" at the harbour.',
    'Tomas Brell himself, in a letter to members, said the fees were "too high".',
  ]);
  expect(got.get('a long winter')).toBe('Mara Olsen');
  expect(got.get('too high')).toBe('Tomas Brell');
});
