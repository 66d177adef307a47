import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a role after a possessive pronoun set off before a full name
// ("Her deputy, Ivo Rask,") is that person's role, as "The deputy minister, Ivo Rask," is; one who stands in for
// an officer ("deputy") is the "official" a later credit calls them. A word of kin stays no role.
describe('"Her deputy, NAME," then "the official said"', () => {
  it('the official is the deputy the paragraph is about, not the officer named before', () => {
    const paras = [
      'At the harbour office, a deputy director, Lise Brandt, told the Courier that the port was "watching closely". "We are a neutral port," she said.',
      'Her deputy, Ivo Rask, sounded a similar note in another interview. He said the office had "no intention" of joining any scheme. "We have our own rules, and we keep them," the official said.',
    ];
    expect(speakerOf(paras, 'We have our own rules')).toBe('Ivo Rask');
  });
  it('a "deputy editor" is no official', () => {
    const paras = [
      'The paper is wary.',
      'Her deputy editor, Ivo Rask, struck a similar note. He said the paper had "no intention" of joining. "We have our own rules," the official said.',
    ];
    expect(speakerOf(paras, 'We have our own rules')).not.toBe('Ivo Rask');
  });
  it('"His lawyer, NAME," gives the role for "the lawyer said"', () => {
    const paras = ['Tom Kessel was not in court.', 'His lawyer, Ivo Rask, spoke to reporters outside. "My client has done nothing wrong," the lawyer said.'];
    expect(speakerOf(paras, 'My client has done nothing wrong')).toBe('Ivo Rask');
  });
});
