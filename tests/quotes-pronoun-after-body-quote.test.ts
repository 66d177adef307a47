import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's own quote, then "he added" or "she said" right after it.
describe('a pronoun right after a body\'s own quote does not leap back to a person named before', () => {
  it('"he added" after the ministry\'s quote is not the dead founder named before', () => {
    const paras = ['The orphanage\'s founder, Walter Minto, died in 1998. The welfare ministry said on Friday that the home would close.', '"It has done its work," the ministry said in a statement. "The children will be moved," he added.'];
    expect(speakerOf(paras, 'The children will be moved')).toBeNull();
  });
  it('"He added:" after the ministry\'s quote is not the opposition leader quoted before it', () => {
    const paras = ['The minister, Thomas Dunstan, announced the cut on Monday. The opposition leader, Edward Perrow, called it "a scandal".', '"The sum is fixed," the ministry said. He added: "No hospital will close."'];
    expect(speakerOf(paras, 'No hospital will close')).toBeNull();
  });
  it('a person\'s quote in between keeps the pronoun: the spokesman who spoke last', () => {
    const paras = ['The Corvale hotel said a guest had fallen. "We are helping the family," a spokesman for the hotel said. "She is recovering," he said.'];
    expect(speakerOf(paras, 'She is recovering')).toBe('a spokesman for the hotel');
  });
  it('a paragraph of its own after the body keeps the thread of a person who spoke there', () => {
    const paras = ['"The plan is sound," the council said.', 'Its leader, Imre Halvard, disagreed. "It is not sound," he said.'];
    expect(speakerOf(paras, 'It is not sound')).toBe('Imre Halvard');
  });
});
