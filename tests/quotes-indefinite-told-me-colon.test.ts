import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a letter writer passes on what someone brought in by "a" told them, a colon
// before the words.
describe('"what a former colleague of mine, now retired in X, told me about Y: "...""', () => {
  it('gives the words to the one who told them', () => {
    const paras = ['I was a harbour pilot for 30 years, and I can tell you what a former colleague of mine, now retired in Bergen, told me about the ships he checked: "The papers were always perfect. That is how you knew."'];
    expect(speakerOf(paras, 'papers were always perfect')).toBe('a former colleague of mine');
  });
  it('not when the writer told them', () => {
    const paras = ['I told a former colleague of mine about the ships he checked: "The papers were always perfect. That is how you knew."'];
    expect(speakerOf(paras, 'papers were always perfect')).not.toBe('a former colleague of mine');
  });
  it('not when several told it', () => {
    const paras = ['I can tell you what a few old colleagues, now retired in Bergen, told me about the ships: "The papers were always perfect."'];
    expect(speakerOf(paras, 'papers were always perfect')).toBeNull();
  });
});
