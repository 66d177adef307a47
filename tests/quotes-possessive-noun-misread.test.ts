import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): the subject of a reported clause is a noun after
// "his"/"their" that the tagger may take for a verb ("his comment"); the one reporting the clause still speaks.
describe('a noun after a possessive determiner in a reported clause', () => {
  it('"NAME put out a note saying his remark "..."" is NAME\'s', () => {
    const paras = ['Mayor Piet Lund spoke about the harbour on Monday.', 'Anna Berg put out a note saying his remark "has absolutely no place in our town."'];
    expect(speakerOf(paras, 'has absolutely no place')).toBe('Anna Berg');
  });

  it('so with "that" and a plural noun: "saying that their claims "..."" ', () => {
    const paras = ['The ferry union met on Friday.', 'Ivo Dahl released a statement saying that their claims "do not match the record."'];
    expect(speakerOf(paras, 'do not match the record')).toBe('Ivo Dahl');
  });

  it('a possessed noun of speech before a quote in apposition stays the possessor\'s', () => {
    const paras = ['Piet Lund spoke at the pier on Sunday.', 'Anna Berg mocked Lund\'s comment "we own the sea" as childish.'];
    expect(speakerOf(paras, 'we own the sea')).not.toBe('Anna Berg');
  });
});
