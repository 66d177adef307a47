import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Quotes and claims written for these tests: "just" where the quote limits with "only", and one word of a
// two-word phrase said another way.
describe('"just" for the quote\'s "only"', () => {
  it('limits as much: close', () => {
    expect(compareClaim('the pilots just steer the barges', 'The pilots only steer the barges.').verdict).toBe('close');
  });
  it('for another quantity, or "only" for the quote\'s "just", is still different', () => {
    expect(compareClaim('the pilots just steer the barges', 'The pilots always steer the barges.').verdict).toBe('different');
    expect(compareClaim('the pilots only steer the barges', 'The pilots just steer the barges.').verdict).toBe('different');
  });
});

describe('one word of a phrase said another way', () => {
  it('"in the long run" for "over the long haul" is close', () => {
    expect(compareClaim('over the long run the dock will only be a cost', 'Over the long haul, the dock will only be a cost.').verdict).toBe('close');
  });
  it('an opposite in the phrase is still different', () => {
    expect(compareClaim('over the short run the dock will only be a cost', 'Over the long haul, the dock will only be a cost.').verdict).toBe('different');
    expect(compareClaim('over the long haul the dock will only be a gain', 'Over the long haul, the dock will only be a cost.').verdict).toBe('different');
  });
});
