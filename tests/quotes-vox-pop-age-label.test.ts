import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a vox pop label with an age set off before the colon as the speaker', () => {
  const got = speakers([
    'We asked passengers at the quay what they made of the new timetable.',
    'Hilde Sorvik, 47: "The early boat is gone, and so is my job."',
    'Bram Oyelaran, 19: "Fine by me."',
  ]);
  expect(got.get('The early boat is gone, and so is my job')).toBe('Hilde Sorvik');
  expect(got.get('Fine by me')).toBe('Bram Oyelaran');
});

it('takes no number before a colon for an age when no name stands before it', () => {
  const got = speakers(['The count at noon, 34: "Too few," said the organiser, Inez Rahn.']);
  expect(got.get('Too few')).toBe('Inez Rahn');
});
