import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { titledHolderSex } from '../src/quotes/titled-holder-sex.ts';

// Passages written for these tests: a woman titled "Dr", then "the doctor said", then "he said".
describe('a description whose calling the text titles only people of one sex does not take a pronoun of the other', () => {
  it('"he said" after "the doctor said" where the one Dr is a woman is not the doctor', () => {
    const paras = ['Dr Helga Morrow treated Pia Santer, whose father, Bruno Santer, waited outside. "She was calm," the doctor said. "I cannot thank them enough," he said.'];
    expect(speakerOf(paras, 'I cannot thank them enough')).not.toBe('the doctor');
  });
  it('tells the sex of those titled', () => {
    const sex = (n: string): 'm' | 'f' | null => (n.startsWith('Helga') ? 'f' : n.startsWith('Bruno') ? 'm' : null);
    expect(titledHolderSex('doctor', 'Dr Helga Morrow met Pia.', sex)).toBe('f');
    expect(titledHolderSex('doctor', 'Dr Helga Morrow met Dr Bruno Santer.', sex)).toBeNull();
    expect(titledHolderSex('doctor', 'Nobody titled here.', sex)).toBeNull();
    expect(titledHolderSex('nurse', 'Dr Helga Morrow.', sex)).toBeNull();
  });
});
