import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not leap a "he" past a subject set off after a description, whose sex a first name only guesses, to a man of the paragraph before', () => {
  const got = speakers([
    '"One more day and we are there," explorer Hamish Quillan said.',
    'Berg\'s deputy, Ola Strand, said the union would vote on Friday. "Members will decide," he told reporters.',
  ]);
  expect(got.get('One more day and we are there')).toBe('Hamish Quillan');
  expect(got.get('Members will decide')).not.toBe('Hamish Quillan');
});

it('nor when that subject\'s sentence is the whole paragraph before the quote', () => {
  const got = speakers([
    '"One more day and we are there," explorer Hamish Quillan said.',
    'Ola Strand, the union\'s deputy, said members would vote on Friday.',
    '"Members will decide," he told reporters.',
  ]);
  expect(got.get('Members will decide')).not.toBe('Hamish Quillan');
});
