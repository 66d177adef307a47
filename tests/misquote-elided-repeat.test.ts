import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Sentences written for these tests; none comes from an evaluation set.
describe('misquote: a subject and auxiliaries said again after "and", left out', () => {
  it('"he will buy the boat and sell it" is close to "He will buy the boat, and he will sell it"', () => {
    expect(compareClaim('he will buy the boat and sell it in spring', 'He will buy the boat, and he will sell it in spring.').verdict).toBe('close');
    expect(compareClaim('they have built the dam and paid for it', 'They have built the dam and they have paid for it.').verdict).toBe('close');
  });

  it('another subject, a "not", or a new sentence left out still differ', () => {
    expect(compareClaim('he will buy the boat and sell it in spring', 'He will buy the boat, and she will sell it in spring.').verdict).toBe('different');
    expect(compareClaim('we will not buy the boat and sell it', 'We will not buy the boat and we will not sell it.').verdict).toBe('different');
    expect(compareClaim('he will buy the boat and sell it', 'He will buy the boat. And he will sell it.').verdict).toBe('different');
  });
});
