import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): an obituary naming the dead man in full and his
// late wife by her given name alone in the next paragraph.
describe('the nearer named by a lone given name of the other sex is no surer a pronoun', () => {
  it('does not hand "he" to an "Ingrid" named so', () => {
    const page = ['Joakim Strand, a net maker from Orsby, died in March.', 'Ingrid died in 2009. "Nets are never finished," he said.'];
    expect(speakerOf(page, 'Nets are never finished')).not.toBe('Ingrid');
  });
  it('still hands "she" to her', () => {
    const page = ['Joakim Strand, a net maker from Orsby, died in March.', 'Ingrid came home in 2009. "Nets are never finished," she said.'];
    expect(speakerOf(page, 'Nets are never finished')).toBe('Ingrid');
  });
});
