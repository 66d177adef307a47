import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages invented for these tests (invented people and a plant): an epithet of age and a past calling ("the
// 70-year-old former general") ties the one person the text gave that age, only when the text gave them that calling.

it('ties "the AGE-year-old former RANK" to the one of that age titled with the rank', () => {
  const got = speakersByQuote(['General Ilya Mertz, 70, toured the Vostel tractor plant on Friday.', '"It is a fine machine," the 70-year-old former general said.']);
  expect(got.get('It is a fine machine')).toBe('Ilya Mertz');
});

it('ties it to the one of that age given the calling set off after the name', () => {
  const got = speakersByQuote(['Ilya Mertz, 70, a retired teacher, toured the Vostel tractor plant on Friday.', '"It is a fine machine," the 70-year-old former teacher said.']);
  expect(got.get('It is a fine machine')).toBe('Ilya Mertz');
});

it('ties "the AGE-year-old" to one of that age titled before the name', () => {
  const got = speakersByQuote(['General Ilya Mertz, 70, toured the Vostel tractor plant on Friday.', '"It is a fine machine," the 70-year-old said.']);
  expect(got.get('It is a fine machine')).toBe('Ilya Mertz');
});

it('leaves the epithet its own when the text gave that person another calling', () => {
  const got = speakersByQuote(['Ilya Mertz, 70, a baker, toured the Vostel tractor plant on Friday.', '"It is a fine machine," the 70-year-old former general said.']);
  expect(got.get('It is a fine machine')).not.toBe('Ilya Mertz');
});
