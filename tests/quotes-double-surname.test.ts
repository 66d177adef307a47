import { expect, it } from 'vitest';
import { middleSurnameHolders } from '../src/quotes/double-surname.ts';
import { speakerOf } from './helpers/quotes.ts';

it('reads a bare first surname as the person of two surnames, and the text’s use as its convention', () => {
  const paragraphs = [
    'For Lucía Herrera Molina, a historian at the University of Granada, the vote was "a warning to Madrid." Herrera said the result would "change the coalition."',
    'The economist Tomás Molina Ortega, no relation, was calmer. "Nothing changes this year," Molina said.',
  ];
  expect(speakerOf(paragraphs, 'change the coalition')).toBe('Lucía Herrera Molina');
  expect(speakerOf(paragraphs, 'Nothing changes')).toBe('Tomás Molina Ortega');
});

it('leaves a bare surname alone when it ends one name and stands in the middle of another, and nothing shows the convention', () => {
  const paragraphs = [
    'Ana Pardo, a nurse, said the ward was "full every night."',
    'A doctor, Luis Pardo Vidal, was also there. "We need two more beds," Pardo said.',
  ];
  expect(speakerOf(paragraphs, 'two more beds')).not.toBe('Ana Pardo');
});

it('reads both surnames without the first name as the person', () => {
  const paragraphs = [
    'The writer Gabriela Fuentes Roldán opened the fair on Monday.',
    '"Books still travel further than armies," Fuentes Roldán told the audience.',
  ];
  expect(speakerOf(paragraphs, 'Books still')).toBe('Gabriela Fuentes Roldán');
});

it('finds a name of two surnames inside a longer capitalised run, after a known first name only', () => {
  expect(middleSurnameHolders(['The professor of Law of the University of Oviedo Pablo Serrano Gil is cautious.'], 'Serrano', 0)).toEqual(['Pablo Serrano Gil']);
  expect(middleSurnameHolders(['The Royal Serrano Society met.'], 'Serrano', 0)).toEqual([]);
});

it('takes no headline verb or body noun after a name for a second surname', () => {
  expect(middleSurnameHolders(['Maria Lund Speaks Out On Schools'], 'Lund', 0)).toEqual([]);
  expect(middleSurnameHolders(['the Maria Lund Foundation gave money'], 'Lund', 0)).toEqual([]);
});

it('reads a possessive after a name without its ending before judging the word', () => {
  expect(middleSurnameHolders(["the Maria Lund Foundation's gift"], 'Lund', 0)).toEqual([]);
});
