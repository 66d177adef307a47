import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// "it" typed for the quote's "this" or "that" standing alone: the same thing pointed at.
describe('"it" for a demonstrative pronoun', () => {
  it('is close wording', () => {
    expect(compareClaim('she was telling the jury it isnt a clerical slip', 'She was telling the jury that this is not a clerical slip.').verdict).toBe('close');
    expect(compareClaim('it was the end of the Brevik ferry', 'That was the end of the Brevik ferry.').verdict).toBe('close');
  });
  it('still tells a noun left out, a negation or another pronoun', () => {
    expect(compareClaim('it is a clerical slip', 'This ledger is a clerical slip.').verdict).toBe('different');
    expect(compareClaim('it is not a clerical slip', 'This is a clerical slip.').verdict).toBe('different');
    expect(compareClaim('she is a clerical slip', 'This is a clerical slip.').verdict).toBe('different');
  });
});
