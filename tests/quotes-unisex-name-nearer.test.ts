import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a pronoun never leaps past a nearer person whose first name both sexes bear', () => {
  it('gives "he" to no one past a nearer Sasha', () => {
    expect(speakerOf(['Tomas Brandt owns the dock. Sasha Orlov runs the ferry. "The deal will not last," he said.'], 'The deal')).toBeNull();
  });
  it('gives "she" to no one past a nearer Alex', () => {
    expect(speakerOf(['Mara Lind owns the dock. Alex Orlov runs the ferry. "The deal will not last," she said.'], 'The deal')).toBeNull();
  });
  it('still gives the pronoun to the nearer one of the sex the name tells', () => {
    expect(speakerOf(['Sasha Orlov runs the ferry. Mara Lind owns the dock. "The deal will not last," she said.'], 'The deal')).toBe('Mara Lind');
  });
  it('still gives the pronoun to the one named alone', () => {
    expect(speakerOf(['Sasha Orlov runs the ferry. "The deal will not last," she said.'], 'The deal')).toBe('Sasha Orlov');
  });
});
