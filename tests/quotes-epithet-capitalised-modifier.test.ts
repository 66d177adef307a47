import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an epithet after the quote whose modifiers hold a capitalised party or
// people's word ("the Vanguard presidential candidate"), and a head the lexicon of roles lacks.
describe('"...," the Vanguard presidential candidate said: the one the text called so', () => {
  it('ties to the one the text gave that office', () => {
    const paras = ['Corin Maddox, the Vanguard presidential candidate, toured the mills of Esterby on Tuesday.', '“We will win every mill town,” the Vanguard presidential candidate said.'];
    expect(speakerOf(paras, 'every mill town')).toBe('Corin Maddox');
  });
  it('not to one the text gave the office of another party', () => {
    const paras = ['Corin Maddox, the Vanguard presidential candidate, toured the mills of Esterby on Tuesday.', '“We will win every mill town,” the Harbour presidential candidate said.'];
    expect(speakerOf(paras, 'every mill town')).not.toBe('Corin Maddox');
  });
  it('not to a named man the text never gave that office', () => {
    const paras = ['Corin Maddox toured the mills of Esterby on Tuesday.', '“We will win every mill town,” the Vanguard presidential candidate said.'];
    expect(speakerOf(paras, 'every mill town')).not.toBe('Corin Maddox');
  });
});
