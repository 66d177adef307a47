import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): an age's epithet no one was given points back to the one
// person named just before, but not past a subject of its own paragraph who speaks before it and whom no name
// mention holds ("Their daughter Bea ... said ...").
describe('an age epithet after a speaking subject of its own paragraph', () => {
  it('is not the one named in the paragraph before', () => {
    const paragraphs = ['Capt. Rolando Ferrer sails the northern run.', 'Their daughter Bea, a nursing student, said she had asked her father to change routes. "Papa says the pay is better," the 20-year-old said.'];
    expect(speakerOf(paragraphs, 'Papa says')).not.toBe('Rolando Ferrer');
  });
  it('an inverted credit opening the paragraph still points back', () => {
    expect(speakerOf(['Capt. Rolando Ferrer sails the northern run.', '"The pay is better," said the 58-year-old.'], 'pay is better')).toBe('Rolando Ferrer');
  });
  it('after a pronoun\'s speech it still points back', () => {
    expect(speakerOf(['Capt. Rolando Ferrer sails the northern run.', 'He said the crews were tired. "The pay is better," the 58-year-old said.'], 'pay is better')).toBe('Rolando Ferrer');
  });
});
