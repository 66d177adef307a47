import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented sisters, school and town): a sister named in full speaks, then another
// opens a sentence by a given name alone, set off by a description, before a "she" quote.
describe('"NAME, the youngest, teaches music. \\"...,\\" she said." is not the sister who spoke before', () => {
  it('a given name no list knows, set off by "the youngest": no one rather than the sister two sentences back', () => {
    const paras = ['Ewurabena Asamoah runs a school in Nkwanta Hill.', '"We started with nine pupils," said Ewurabena Asamoah.', 'Adwoa, the youngest, teaches music. "I sing louder than the choir," she said.'];
    expect(speakerOf(paras, 'louder than the choir')).not.toBe('Ewurabena Asamoah');
  });

  it('a sentence before that opens on a day, not a name, leaves the pronoun as it was', () => {
    const paras = ['Ewurabena Asamoah runs a school in Nkwanta Hill.', '"We started with nine pupils," said Ewurabena Asamoah.', 'Tuesday, the first day of term, was wet. "I sing louder than the choir," she said.'];
    expect(speakerOf(paras, 'louder than the choir')).toBe('Ewurabena Asamoah');
  });
});
