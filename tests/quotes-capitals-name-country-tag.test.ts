import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and countries): meetings coverage writes each speaker's name
// in capitals with the country in brackets ("MARA DE LUZ (Norland) said ..."); the tagger reads such capitals as
// common words, and the name must still be the subject of the reporting verb before a reported clause.
describe('a name in capitals with a bracketed country tag opens the sentence', () => {
  it('the words at the end of "NAME (Country) said her delegation called on ... to avoid steps that could "..."" are hers', () => {
    const paras = [
      'The council met on Tuesday to discuss the launch.',
      'MARA DE LUZ (Norland) said her delegation called on all sides to avoid steps that could "further weaken the trust between members." She said talks remained the only way.',
    ];
    expect(speakerOf(paras, 'further weaken the trust')).toBe('Mara De Luz');
  });
  it('the same in ordinary case', () => {
    const paras = ['The council met on Tuesday.', 'Ivo Brandt (Ostland) said his delegation called on the sides to drop plans that could "deepen the rift."'];
    expect(speakerOf(paras, 'deepen the rift')).toBe('Ivo Brandt');
  });
});
