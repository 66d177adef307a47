import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('"he" read as someone the quote itself names beside its "I"', () => {
  const paras = [
    'Coach Dan Rivers praised striker Leo Mends after the match. "He was brilliant," Rivers said of Mends.',
    'Mends was modest. "The team did the work," he said.',
    '"Leo is the best I have coached," he said.',
  ];
  it('credits nobody rather than the one named', () => {
    expect(speakerOf(paras, 'Leo is the best')).toBeNull();
  });
  it('a quote naming no one keeps the pronoun\'s reading', () => {
    expect(speakerOf(paras, 'The team did the work')).toBe('Leo Mends');
  });
});
