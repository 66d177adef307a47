import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a "she" goes back past one sentence that names only men
// in full (by given names the lists know as men's) or a day at its end, to the woman named just before it.
describe('a "she" past a sentence that names only men, or a day', () => {
  it('past a sentence whose last word is a weekday', () => {
    const paras = ['Mara Olsen chairs the harbour board. The board met in the old customs house on Monday. "We were not consulted," she said.'];
    expect(speakerOf(paras, 'We were not consulted')).toBe('Mara Olsen');
  });
  it('past men named in full as the objects of the sentence between', () => {
    const paras = ['Mara Olsen chairs the harbour board. The board met Tom Kessel and John Varga on Monday. "We were not consulted," she said.'];
    expect(speakerOf(paras, 'We were not consulted')).toBe('Mara Olsen');
  });
  it('not past a woman named there, nor past names that tell no sex', () => {
    const woman = ['Mara Olsen chairs the harbour board. The board met Tom Kessel and Jane Varga. "We were not consulted," she said.'];
    expect(speakerOf(woman, 'We were not consulted')).toBeNull();
    const unknown = ['Mara Olsen chairs the harbour board. The board met Piet Kessel and Jan Varga on Monday. "We were not consulted," she said.'];
    expect(speakerOf(unknown, 'We were not consulted')).toBeNull();
    const bare = ['Mara Olsen chairs the harbour board. The board met Kessel. "We were not consulted," she said.'];
    expect(speakerOf(bare, 'We were not consulted')).toBeNull();
  });
});
