import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "as TITLE NAME put it" where the lowercase title runs to two or three words.
describe('"As state prosecutor NAME put it, ..." credits NAME', () => {
  it('`As state prosecutor SURNAME put it, "..."` after the full name', () => {
    const paras = ['Odile Varenne led the case against the harbour pilots of Lusk.', 'As state prosecutor Varenne put it, “The logbooks were rewritten after the storm, not before it.”'];
    expect(speakerOf(paras, 'logbooks were rewritten')).toBe('Odile Varenne');
  });
  it('`As chief state prosecutor NAME put it: "..."`', () => {
    const paras = ['The hearing in Lusk lasted three days. As chief state prosecutor Odile Varenne put it: “Nobody here was asleep at the wheel.”'];
    expect(speakerOf(paras, 'asleep at the wheel')).toBe('Odile Varenne');
  });
  it('a title joined by "for" to the name is left alone (the name is the one served)', () => {
    const paras = ['Teodor Blask runs the pilots’ union in Lusk.', 'As spokesman for Teodor Blask put it, “We had no warning.”'];
    expect(speakerOf(paras, 'We had no warning')).not.toBe('Teodor Blask');
  });
});
