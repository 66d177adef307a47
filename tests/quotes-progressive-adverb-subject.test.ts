import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a full name before "was", an adverb of time and a present
// participle ("was already packing") is the sentence's subject, the one a "she said" after it means, as with
// "was packing".
describe('"NAME was already VERB-ing ... "...," she said."', () => {
  it('after a paragraph about someone else', () => {
    const paras = [
      'The retired pilot said he expected "no surprises" from the vote. His wife disagreed.',
      'Back at the stall, Mara Olsen was already thinking about the spring. "I will learn to bake rye bread," she said.',
    ];
    expect(speakerOf(paras, 'rye bread')).toBe('Mara Olsen');
  });
  it('with "still"', () => {
    const paras = ['Ines Valk was still counting the crates. "We are short by eleven," she said.'];
    expect(speakerOf(paras, 'short by eleven')).toBe('Ines Valk');
  });
});
