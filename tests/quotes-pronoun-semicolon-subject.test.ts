import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('"he" after a sentence whose two clauses have two men as subjects', () => {
  it('"Tench bakes; Pardee sells. "...," he said." credits nobody', () => {
    const paras = ['Liam Tench and Ross Pardee run the bakery together. Tench bakes; Pardee sells.', '"Bread is simple," he said.'];
    expect(speakerOf(paras, 'Bread is simple')).toBeNull();
  });
  it('a woman after the semicolon is no rival: "Tench bakes; Nora Pike sells."', () => {
    const paras = ['Liam Tench and Nora Pike run the bakery together. Tench bakes; Pike sells.', '"Bread is simple," he said.'];
    expect(speakerOf(paras, 'Bread is simple')).toBe('Liam Tench');
  });
});
