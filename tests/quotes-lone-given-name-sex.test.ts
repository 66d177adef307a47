import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { loneGivenNameSex } from '../src/quotes/lone-given-name.ts';

// Passages written for these tests: an obituary naming the dead man in full and his late wife by her given name.
describe('a person named by a lone given name of the other sex is no one a pronoun means', () => {
  it('does not hand "he" to a "Greta" named only so', () => {
    const page = ['Lars Lindqvist, a boat builder from Vessby, died in May.', 'Greta died in 2011. "Boats are never finished," he said.'];
    expect(speakerOf(page, 'Boats are never finished')).not.toBe('Greta');
  });
  it('still hands "she" to her', () => {
    const page = ['Lars Lindqvist, a boat builder from Vessby, died in May.', 'Greta came home in 2011. "Boats are never finished," she said.'];
    expect(speakerOf(page, 'Boats are never finished')).toBe('Greta');
  });
});

describe('loneGivenNameSex', () => {
  it('reads the sex of a lone given name, not of a word others bear as a family name', () => {
    expect(loneGivenNameSex(['Greta'], new Set())).toBe('f');
    expect(loneGivenNameSex(['Greta'], new Set(['Greta']))).toBeNull();
    expect(loneGivenNameSex(['Greta Holm'], new Set())).toBeNull();
  });
});
