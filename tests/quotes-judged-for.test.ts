import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

const intro = 'Senator Lena Vik and her rival, Mayor Tom Berg, met the harbour board on Monday.';

it('gives the words after a verb of blaming or praising and "for" to its subject', () => {
  const got = speakers([
    intro,
    'First, Vik attacked former harbour chief Anna Moss for being a "failed manager."',
    'Tom Berg, the mayor\'s campaign chief, ripped the harbour board for acting as "judge and jury" in the case.',
    'Vik credited him for "a calm and careful campaign."',
  ]);
  expect(got.get('failed manager')).toBe('Lena Vik');
  expect(got.get('judge and jury')).toBe('Tom Berg');
  expect(got.get('a calm and careful campaign')).toBe('Lena Vik');
});

it('leaves the words to no one when the verb is no verdict', () => {
  // A physical attack with no "for": no words of the subject.
  const got = speakers([intro, 'The gulls attacked the "harbour feast" at dawn.']);
  expect(got.get('harbour feast') ?? null).toBeNull();
});
