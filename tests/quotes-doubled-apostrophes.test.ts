import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: quotes set in doubled apostrophes (''...''), as some papers and converted
// text write them. The quote's own last mark (its comma or stop) stands before the two closing apostrophes and
// must be read as it is inside curly marks.
describe("a quote closed by two apostrophes keeps its last mark", () => {
  it("`''...,'' said his closest friend at Marlow, NAME` credits the name set off after the description", () => {
    const paras = ["Tobin joined a rowing club at Marlow College. ''It might have been his earliest try at defying his father,'' said his closest friend at Marlow, Peter Quarles, who, like several other rowers, recalled him warmly."];
    expect(speakerOf(paras, 'earliest try at defying')).toBe('Peter Quarles');
  });
  it('the same sentence in curly marks reads the same', () => {
    const paras = ['Tobin joined a rowing club at Marlow College. “It might have been his earliest try at defying his father,” said his closest friend at Marlow, Peter Quarles, who, like several other rowers, recalled him warmly.'];
    expect(speakerOf(paras, 'earliest try at defying')).toBe('Peter Quarles');
  });
});
