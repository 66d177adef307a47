import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an interpreter or translator is a person who may speak for themself; "The
// interpreter, a student ..., told ..." is that person, described.
describe('an interpreter as the described subject', () => {
  it('`The interpreter, a student from ..., told this newspaper that ... "..."`', () => {
    const paras = ['The interpreter, a student from the harbour college who asked that her name be withheld, told the paper that the visitors had been “keen to see everything.”'];
    expect(speakerOf(paras, 'keen to see everything')).toBe('the interpreter');
  });
  it('`The translator, a retired teacher, said: "..."`', () => {
    expect(speakerOf(['The translator, a retired teacher, said: “They asked about the trams.”'], 'asked about the trams')).toBe('the translator');
  });
});
