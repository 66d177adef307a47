import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: '"...," the 26-year-old said.' opening a paragraph right after a one-sentence
// paragraph that opens on a known person's bare surname as its subject, the age given to no one: that person.
it('an age no one was given, after "SURNAME, a student in PLACE, added that ...", is that person', () => {
  const paras = [
    'The head of the student union, Mr Tomas Brill, said members were calm.',
    '"Nobody has told us to pack our bags," he said.',
    'Brill, a final-year medical student in Vannhavn, added that some parents had called in panic.',
    '"My own mother called me three times on Wednesday night," the 26-year-old said.',
  ];
  expect(speakerOf(paras, 'My own mother')).toBe('Tomas Brill');
});
it('not when that paragraph names someone else the text knows', () => {
  const paras = [
    'The head of the student union, Mr Tomas Brill, said members were calm.',
    'Ada Kvist, who runs the hostel, agreed.',
    'Brill, a final-year medical student, added that Kvist had called the parents.',
    '"My own mother called me three times on Wednesday night," the 26-year-old said.',
  ];
  expect(speakerOf(paras, 'My own mother')).not.toBe('Tomas Brill');
});
