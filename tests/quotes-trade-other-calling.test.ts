import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): the subject of the sentence before was given a calling ("a
// border guard"); a description of another trade crediting the next quote ("the engineer") is someone else, as
// "the nurse" was; a word of no calling ("the veteran") may still be him.
describe('a trade noun after a subject given another calling', () => {
  it('"the engineer" after "A border guard, Ivo Darn, stood by the gate." is not the guard', () => {
    const who = speakerOf(['A border guard, Ivo Darn, stood by the gate. "The bridge will hold," the engineer said.'], 'bridge will hold');
    expect(who).not.toBe('Ivo Darn');
  });
  it('"the trader" after "Ada Renn, a nurse," is not the nurse', () => {
    const who = speakerOf(['A nurse, Ada Renn, waited at the quay. "Prices went up," the trader said.'], 'Prices went up');
    expect(who).not.toBe('Ada Renn');
  });
  it('"the guard" and "the veteran" are still him', () => {
    for (const d of ['the guard', 'the veteran']) {
      const who = speakerOf([`A border guard, Ivo Darn, stood by the gate. "The bridge will hold," ${d} said.`], 'bridge will hold');
      expect(who).toBe('Ivo Darn');
    }
  });
  it('"the engineer" of one the text made an engineer is still him', () => {
    const who = speakerOf(['An engineer, Ivo Darn, stood by the gate. "The bridge will hold," the engineer said.'], 'bridge will hold');
    expect(who).toBe('Ivo Darn');
  });
});
