import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a contact clause whose subject is "he" or "she", not the writer ("a younger
// clerk she trained"), still leaves the one described as the words before it.
describe("a described person with someone else's contact clause", () => {
  it('`A younger clerk she trained, who ..., said: "..."`', () => {
    const paras = ['A younger clerk she trained, who now works in Oslo and was not cleared to speak, said: “She made me learn every name in the building.”'];
    expect(speakerOf(paras, 'every name in the building')).toBe('a younger clerk');
  });
  it('`A young driver he hired said the work was "..."`', () => {
    expect(speakerOf(['A young driver he hired said the work was “hard but fair.”'], 'hard but fair')).toBe('a young driver');
  });
});
