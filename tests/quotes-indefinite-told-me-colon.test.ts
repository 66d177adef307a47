import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a letter writer passes on what someone brought in by "a" told them, a colon
// before the words.
describe('"what a former colleague of mine, now living in X, told me about Y: "...""', () => {
  it('gives the words to the one who told them', () => {
    const paras = ['I was a harbour pilot for 30 years, and I will pass on what a former colleague of mine, now living in Bergen, told me about the ships he checked: "The logbooks were always spotless. That was the tell."'];
    expect(speakerOf(paras, 'logbooks were always spotless')).toBe('a former colleague of mine');
  });
  it('not when the writer told them', () => {
    const paras = ['I told a former colleague of mine about the ships he checked: "The logbooks were always spotless. That was the tell."'];
    expect(speakerOf(paras, 'logbooks were always spotless')).not.toBe('a former colleague of mine');
  });
  it('not when several told it', () => {
    const paras = ['I will pass on what a few old colleagues, now living in Bergen, told me about the ships: "The logbooks were always spotless."'];
    expect(speakerOf(paras, 'logbooks were always spotless')).toBeNull();
  });
});
