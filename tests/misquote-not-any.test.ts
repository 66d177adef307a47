import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A "not" before a word of "any-" is the word of "no-": the claim says the same in other words.
describe('"not anything" is "nothing"', () => {
  it('reads "wasnt anything" as the quote\'s "nothing": close', () => {
    const quote = 'When the inspectors lifted the lids, there was nothing medical about the boxes';
    expect(compareClaim('when the inspectors lifted the lids there wasnt anything medical about the boxes', quote).verdict).toBe('close');
    expect(compareClaim('there was not anything medical about the boxes', quote).verdict).toBe('close');
  });
  it('reads "not anyone" as "nobody" and "hasn\'t ever" as "never"', () => {
    expect(compareClaim("he hasn't ever missed a vote", 'I have never missed a vote', true).verdict).toBe('close');
    expect(compareClaim('she found nobody at the gate', 'She found not anyone at the gate').verdict).toBe('close');
  });
  it('still tells a dropped negation', () => {
    const quote = 'When the inspectors lifted the lids, there was nothing medical about the boxes';
    expect(compareClaim('there was something medical about the boxes', quote).verdict).toBe('different');
    expect(compareClaim('there was anything medical about the boxes', quote).verdict).toBe('different');
  });
});
