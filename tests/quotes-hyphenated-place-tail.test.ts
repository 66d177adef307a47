import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sender placed in a town whose name is hyphenated.
describe('the last part of a hyphenated place is no name before the colon', () => {
  it('"A text from NAME in TOWN-on-RIVER: ..." is the sender\'s, not the river\'s', () => {
    const paras = ['HOST: A text from Ilse in Vellby-on-Tarne: "The bridge is still closed."'];
    expect(speakerOf(paras, 'The bridge is still closed')).toBe('Ilse');
  });
  it('a double-barrelled name stays whole', () => {
    const paras = ['Ada Brill-Tarne said the bridge was "a disgrace."'];
    expect(speakerOf(paras, 'a disgrace')).toBe('Ada Brill-Tarne');
  });
});
