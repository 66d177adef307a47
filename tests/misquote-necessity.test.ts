import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// "had to", "needed to", "has to", "needs to": one necessity, in other words or another tense.
describe('"have to" and "need to" said for each other', () => {
  it('is close wording', () => {
    expect(compareClaim('when the quarry closed we had to sell the barges', 'When the quarry closed, we needed to sell the barges.').verdict).toBe('close');
    expect(compareClaim('the co-op needs to find a buyer', 'The co-op has to find a buyer.', true).verdict).toBe('close');
    expect(compareClaim('we dont need to sell the barges', 'We do not have to sell the barges.').verdict).toBe('close');
  });
  it('still tells a negation, and "must" apart', () => {
    expect(compareClaim('we need to sell the barges', 'We do not have to sell the barges.').verdict).toBe('different');
    expect(compareClaim('we had to sell the barges', 'We must sell the barges.').verdict).toBe('different');
    expect(compareClaim('we had to buy the barges', 'We needed to sell the barges.').verdict).toBe('different');
  });
});
