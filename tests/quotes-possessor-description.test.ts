import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a verb meeting someone else's description of a thing "as" the words quoted.
describe('X condemned Y\'s description of Z as "..."', () => {
  it('is Y\'s words, not X\'s', () => {
    const paras = ['Councillor Bram Oakes has condemned Councillor Selma Rudd\'s description of the new flats as "rabbit hutches".'];
    expect(speakerOf(paras, 'rabbit hutches')).toBe('Selma Rudd');
  });
  it('so with "characterisation"', () => {
    const paras = ['Bram Oakes rejected Selma Rudd\'s characterisation of the budget as "a raid on the poor".'];
    expect(speakerOf(paras, 'raid on the poor')).toBe('Selma Rudd');
  });
});
