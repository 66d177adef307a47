import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's "whose" clause names the holder of a role set off by commas, who speaks.
describe('"according to the Trust, whose director, NAME, said ... "...""', () => {
  it('gives the words to the director the clause names', () => {
    const paras = ['The measure was welcomed by conservation groups, according to the Fenwick Trust, whose director, Alma Rudd, said the decision was "long overdue."'];
    expect(speakerOf(paras, 'long overdue')).toBe('Alma Rudd');
  });
  it('in a clause set off inside the sentence too', () => {
    const paras = ['The Fenwick Trust, whose chief executive, Alma Rudd, told reporters the decision was "long overdue," backed the measure.'];
    expect(speakerOf(paras, 'long overdue')).toBe('Alma Rudd');
  });
  it('not when the holder only does something', () => {
    const paras = ['The measure was backed by the Fenwick Trust, whose director, Alma Rudd, signed the letter calling it "long overdue."'];
    expect(speakerOf(paras, 'long overdue')).not.toBe('Alma Rudd');
  });
});
