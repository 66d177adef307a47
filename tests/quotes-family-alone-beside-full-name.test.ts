import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): one person gives only a title and a family name
// ("gave his name only as Mr Brandl"), another of that surname is named in full ("Ilse Brandl, no relation"), and a
// later bare "Brandl said" does not tell which of the two it means. Giving it to the one named in full is a guess:
// no one, unless the text has already called that one by the bare surname.

it('gives a bare surname shared by one known only by it and one named in full to no one', () => {
  const paras = [
    'A farmer who gave his name only as Mr Brandl said the bridge was unsafe. The district head, Ilse Brandl, no relation, said repairs would start in spring.',
    '"Nobody has looked at it," Brandl said.',
  ];
  expect(speakerOf(paras, 'Nobody has looked')).toBeNull();
});

it('gives it to no one when the one named in full comes a paragraph later', () => {
  const paras = [
    'A farmer who gave his name only as Mr Brandl said the bridge was unsafe.',
    'The district head, Ilse Brandl, said repairs would start in spring.',
    '"Nobody has looked at it," Brandl said.',
  ];
  expect(speakerOf(paras, 'Nobody has looked')).toBeNull();
});

it('keeps the bare surname for the one named in full once the text has called her by it', () => {
  const paras = [
    'A farmer who gave his name only as Mr Brandl said the bridge was unsafe.',
    'The district head, Ilse Brandl, said repairs would start in spring. Brandl has held the post since 2019.',
    '"Nobody has looked at it," Brandl said.',
  ];
  expect(speakerOf(paras, 'Nobody has looked')).toBe('Ilse Brandl');
});
