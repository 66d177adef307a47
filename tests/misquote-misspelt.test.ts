import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A word of the quote typed one letter off, where what was typed is no word at all: a slip, not another word.
describe('a quote word misspelt in the claim', () => {
  it('is close wording, never the same', () => {
    expect(compareClaim('the co-op isnt in a positon to sell', 'The co-op is not in a position to sell.').verdict).toBe('close');
    expect(compareClaim('the harbour at velmor is cloesd', 'The harbour at Velmor is closed.').verdict).toBe('close');
    expect(compareClaim('we buy wheet from the brevik mill', 'We buy wheat from the Brevik mill.').verdict).toBe('close');
  });
  it('still tells another real word one letter off, a short word, and a name', () => {
    expect(compareClaim('the ships we can see', 'The shops we can see.').verdict).toBe('different');
    expect(compareClaim('the prices at the mill are lower', 'The prices at the mill are lover.').verdict).toBe('different');
    expect(compareClaim('they stopped the barges', 'They stepped the barges.').verdict).toBe('different');
    expect(compareClaim('the co-op is not in a positon to sell', 'The co-op is in a position to sell.').verdict).toBe('different');
    expect(compareClaim('we buy wheat from the brevok mill', 'We buy wheat from the Brevik mill.').verdict).toBe('different');
  });
});
