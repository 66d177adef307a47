import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { lowerRankOnly } from '../src/quotes/office-rank.ts';

// Passages written for these tests: a description of an office does not fit a person named only with a lower
// rank of it.
describe('"the president" is not a vice president', () => {
  it('`"...," the former president said.` is not given to "Vice President Omar Kask" named before', () => {
    const paras = ['Vice President Omar Kask spoke on Sunday. Jane Roe was there.', 'Tom Lind joined the fray, mocking Roe at a fair on Monday. “At times it seems she is campaigning against me,” the former president said.'];
    expect(speakerOf(paras, 'campaigning against me')).not.toBe('Omar Kask');
  });
  it('`"...," the vice president said.` is still the vice president\'s', () => {
    const paras = ['Vice President Omar Kask spoke on Sunday.', '“It is a good day for the harbour,” the vice president said.'];
    expect(speakerOf(paras, 'good day for the harbour')).toBe('Omar Kask');
  });
  it('lowerRankOnly compares the rank words', () => {
    expect(lowerRankOnly(new Set(['deputy', 'prime', 'minister']), new Set(['the', 'prime', 'minister']))).toBe(true);
    expect(lowerRankOnly(new Set(['deputy', 'prime', 'minister']), new Set(['the', 'deputy', 'prime', 'minister']))).toBe(false);
    expect(lowerRankOnly(new Set(['prime', 'minister']), new Set(['the', 'prime', 'minister']))).toBe(false);
  });
});
