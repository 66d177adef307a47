import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a participle's phrase put first, then a name with an age and a role set off.
describe('a participle phrase before a name with words set off leaves the name the subject', () => {
  it('"Testifying in his own defence, NAME, 58, a role, said he had been "..."" is the name', () => {
    const paras = ['Testifying in his own defence, Oskar Lindqvist-Marr, 58, a dual Swedish and Polish citizen, said he had been "a clerk for clerks" and never saw the cargo.'];
    expect(speakerOf(paras, 'a clerk for clerks')).toBe('Oskar Lindqvist-Marr');
  });
  it('a name set off inside the phrase is not taken for the subject', () => {
    const paras = ['Citing his lawyer, Brenna Tolk, Oskar Lindqvist-Marr, a dual citizen, said he had been "a clerk for clerks" and never saw the cargo.'];
    expect(speakerOf(paras, 'a clerk for clerks')).not.toBe('Brenna Tolk');
  });
});
