import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// A sports report written for these tests, with invented people.
it('gives "the mother" to the one brought in as "NAME\'s mother and coach, NAME2,"', () => {
  const got = speakersByStart([
    'Lena Sorb lost the final in five games.',
    'Sorb\'s mother and coach, Marta Sorb, watched from the stands. "Lena gave everything," the mother said.',
  ]);
  expect(got.get('Lena gave everything')).toBe('Marta Sorb');
});

it('does not read two words of kin joined by "and" as one person\'s', () => {
  const got = speakersByStart([
    'Lena Sorb lost the final in five games.',
    'Her son and daughter, Ivo Sorb and Ana Sorb, watched from the stands. "Lena gave everything," the son said.',
  ]);
  expect(got.get('Lena gave everything')).not.toBe('Ivo Sorb');
  expect(got.get('Lena gave everything')).not.toBe('Ana Sorb');
});
