import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a bare given name that two people bear, one of them
// written family name first ("Sato Kenji") and the other given name first ("Kenji Watanabe"), is neither's for sure.
describe('a given name shared across the two orders of names', () => {
  it('"Kenji said" after "Sato Kenji met Kenji Watanabe" is neither', () => {
    const p = ['Sato Kenji met Kenji Watanabe at the port.', '"The boats are late again," Kenji said.'];
    expect(speakerOf(p, 'The boats are late again')).toBeNull();
  });
  it('one bearer of the given name is still the one', () => {
    const p = ['Sato Kenji met Ivo Watanabe at the port.', '"The boats are late again," Kenji said.'];
    expect(speakerOf(p, 'The boats are late again')).toBe('Sato Kenji');
  });
});
