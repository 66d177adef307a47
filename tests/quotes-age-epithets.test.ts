import { describe, expect, it } from 'vitest';
import { ageEpithet, personOfAge, statedAges } from '../src/quotes/stated-ages.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a feature names someone with an age once ("Marta Lind, 64,"), then credits
// a quote to the age alone ("the 64-year-old said").
describe('age epithets', () => {
  it('reads the ages a text gives and the epithets that use them', () => {
    const ages = statedAges('Marta Lind, 64, runs the mill. The 41-year-old Tomas Berg, her foreman, agrees. Olle Dahl, aged 58, does not.');
    expect(personOfAge(ages, 64)).toBe('Marta Lind');
    expect(personOfAge(ages, 41)).toBe('Tomas Berg');
    expect(personOfAge(ages, 58)).toBe('Olle Dahl');
    expect(statedAges('On September 13, 2023, the mill closed. In May, 12 workers left.').size).toBe(0);
    expect(ageEpithet('the 64-year-old')).toEqual({ age: 64, gender: null });
    expect(ageEpithet('the 64-year-old woman')).toEqual({ age: 64, gender: 'f' });
    expect(ageEpithet('the 64-year-old mill')).toBeNull();
  });

  it('"the 64-year-old said" is the one person given that age', () => {
    const paras = ['Marta Lind, 64, has run the mill since the strike. Her foreman, Tomas Berg, was late.', '"We will open again in spring," the 64-year-old said, and locked the gate.'];
    expect(speakerOf(paras, 'We will open again in spring')).toBe('Marta Lind');
  });

  it('the age before the name and a gendered noun that fits', () => {
    const paras = ['The 52-year-old Ilse Brandt met Karl Vogt at the station.', '"The trains are late again," the 52-year-old woman said.'];
    expect(speakerOf(paras, 'The trains are late again')).toBe('Ilse Brandt');
  });

  it('two people of that age leave the description unresolved', () => {
    const paras = ['Marta Lind, 64, and Olle Dahl, 64, have run the mill since the strike.', '"We will open again in spring," the 64-year-old said.'];
    expect(speakerOf(paras, 'We will open again in spring')).not.toBe('Marta Lind');
    expect(speakerOf(paras, 'We will open again in spring')).not.toBe('Olle Dahl');
  });

  it('an age the text never gave leaves the description unresolved', () => {
    const paras = ['Marta Lind has run the mill since the strike. Olle Dahl, 58, keeps the books.', '"We will open again in spring," the 64-year-old said.'];
    expect(speakerOf(paras, 'We will open again in spring')).not.toBe('Marta Lind');
    expect(speakerOf(paras, 'We will open again in spring')).not.toBe('Olle Dahl');
  });

  it('a noun of the other gender rules the person out', () => {
    const paras = ['Marta Lind, 64, has run the mill since the strike.', '"We will open again in spring," the 64-year-old man said.'];
    expect(speakerOf(paras, 'We will open again in spring')).not.toBe('Marta Lind');
  });
});
