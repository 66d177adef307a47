import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a man named by a lone given name and his kin
// named in full, then a "he said".
describe('a kin named in full beside a lone given name of the same sex is no surer the "he"', () => {
  it('gives the quote to no one when either man may be meant', () => {
    const page = ['My neighbour Joakim and his uncle, Kasimir Dahl, drove us to the ferry at Orsby. "The sea is calm today," he said.'];
    expect(speakerOf(page, 'The sea is calm today')).toBeNull();
  });
  it('still gives it to the kin beside a woman named so', () => {
    const page = ['My neighbour Ilsa and her uncle, Kasimir Dahl, drove us to the ferry at Orsby. "The sea is calm today," he said.'];
    expect(speakerOf(page, 'The sea is calm today')).toBe('Kasimir Dahl');
  });
});
