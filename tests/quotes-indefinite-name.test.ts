import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { indefiniteDescription } from '../src/quotes/indefinite-name.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: "one senior Democrat" is a kind of person, not someone named "Democrat".
describe('a capitalised word after an indefinite determiner is no name', () => {
  it('`"...," one senior Democrat said.` is not given to "Democrat Omar Kask" named before', () => {
    const paras = ['Democrat Omar Kask lost the harbour race in May.', '“The campaign has been really slow to step in,” one senior Democrat said.'];
    expect(speakerOf(paras, 'really slow to step in')).toBe('one senior Democrat');
  });
  it('a full name keeps its own reading', () => {
    const paras = ['“The campaign has been really slow to step in,” Omar Kask said.'];
    expect(speakerOf(paras, 'really slow to step in')).toBe('Omar Kask');
  });
});

describe('indefiniteDescription', () => {
  it('reads "a senior Democrat" as a description headed by "democrat"', () => {
    expect(parseSubjectPhrase('a senior Democrat')).toMatchObject({ type: 'description', head: 'democrat', definite: false });
  });
  it('leaves a two-word name alone', () => {
    const parsed = { type: 'name', name: 'Jane Roe', role: null, kind: 'person' } as const;
    expect(indefiniteDescription('a Jane Roe', parsed)).toBe(parsed);
  });
  it('leaves a one-word name with no determiner alone', () => {
    const parsed = { type: 'name', name: 'Kask', role: 'Senator', kind: 'person' } as const;
    expect(indefiniteDescription('Senator Kask', parsed)).toBe(parsed);
  });
});
