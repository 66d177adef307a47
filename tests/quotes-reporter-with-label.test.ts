import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence of reported speech that holds a short label in
// quotation marks, then a quote credited to "he".
describe('a sentence of reported speech holding a short label, before "\\"...,\\" he said."', () => {
  it('the "he" goes on with the one reporting, the label notwithstanding', () => {
    expect(speakerOf(['The so-called "harbour tax", a fee on every crate, was unlikely to change this year, Peter Brek said. "The tax is about politics," he said.'], 'The tax is about politics')).toBe('Peter Brek');
  });
  it('the reporter must fit the pronoun: a woman reporting is not the "he"', () => {
    expect(speakerOf(['The so-called "harbour tax", a fee on every crate, was unlikely to change this year, Maria Brek said. "The tax is about politics," he said.'], 'The tax is about politics')).not.toBe('Maria Brek');
  });
});
