import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places).
const wife = 'Also speaking, a senior lecturer in history at the University of Velmar, Dr. (Mrs.) Yeka Okafor, said the region should not be distracted.';
const husband = 'Her husband, Prof. Tundo Okafor, a historian at the same university, told The Herald that the meeting recalled older diplomacy.';

// "Mrs. Okafor" of a wife titled "(Mrs.)" at her full name and a husband titled "Prof.": the title settles the wife.
it('gives "Mrs. SURNAME" to the one holder the text titled "Mrs." at her full name', () => {
  const got = speakersByStart([wife, '"Our concern should be the price of bread," Okafor said.', husband, '"It is the old game again," the professor said.', '"What happens in the east does not stay in the east," Mrs. Okafor said.', 'Mrs. Okafor, however, insisted that the country should watch closely. "What happens in the west does not stay in the west," she said.']);
  expect(got.get('What happens in the east')).toBe('Yeka Okafor');
  expect(got.get('What happens in the west')).toBe('Yeka Okafor');
});

// With no word of kin to tell the man's sex, "Mrs." still is not the one named last.
it('never gives "Mrs. SURNAME" to the other holder named last', () => {
  const got = speakersByStart([wife.replace('Dr. (Mrs.)', 'Mrs.'), husband.replace('Her husband, ', ''), 'Mrs. Okafor disagreed. "What happens in the north does not stay in the north," she said.']);
  expect(got.get('What happens in the north')).toBe('Yeka Okafor');
});

// Two holders both titled "Mrs." at their full names: the title tells them apart no more than before.
it('leaves the title to the ordinary reading when two holders bear it', () => {
  const got = speakersByStart(['Mrs. Yeka Okafor chairs the board. Mrs. Ada Okafor, her sister-in-law, runs the school.', '"The fees will not rise," Mrs. Okafor said.']);
  expect(got.get('The fees will not rise')).not.toBe('Yeka Okafor');
});
