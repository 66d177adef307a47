import { describe, it, expect } from 'vitest';
import { gaveNameAsVerb } from '../src/quotes/given-name-clause.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one described gives a name as the sentence's own verb ("A woman who ... gave her
// name only as Ms Lind."), and the quotes after it are that person's.
describe('"DESCRIPTION gave her name only as NAME." as a sentence of its own', () => {
  it('reads the name, the sex and the honorific', () => {
    expect(gaveNameAsVerb('A woman who packed fish near the harbour gave her name only as Ms Lind.')).toEqual({ name: 'Lind', gender: 'f', titled: true, description: 'A woman who packed fish near the harbour' });
    expect(gaveNameAsVerb('A driver at the depot identified himself only as Emil.')).toMatchObject({ name: 'Emil', gender: 'm', titled: false });
    expect(gaveNameAsVerb('A woman gave her answer as a list.')).toBeNull();
  });
  it('the quotes after it are the named person\'s', () => {
    const paras = ['A woman who packed fish near the harbour gave her name only as Ms Lind. She said the bosses kept the papers "from the first week." "We were counted like crates," she said.'];
    expect(speakerOf(paras, 'from the first week')).toBe('Lind');
    expect(speakerOf(paras, 'counted like crates')).toBe('Lind');
  });
  it('a man who gives only a first name', () => {
    const paras = ['A driver at the depot identified himself only as Emil. "Nobody asked us anything," he said.'];
    expect(speakerOf(paras, 'Nobody asked us')).toBe('Emil');
  });
  it('an honorific\'s surname another person of the text bears in full is no one named yet: the woman described speaks, not the namesake', () => {
    const paras = [
      'The network\'s researcher, Tomas Lind, said many had spoken. "They all describe the same shifts," he said.',
      'A woman who packed fish near the harbour, and who is not related to the researcher, gave her name only as Ms Lind. "We were counted like crates," she said.',
    ];
    expect(speakerOf(paras, 'counted like crates')).toBe('a woman');
  });
});
