import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a quote inside a quote whose teller is "My NOUN ... and said".
describe('a quote inside a quote told by "My NOUN looked at me and said" is never credited to "My"', () => {
  it('a noun the lexicon does not read as a person leaves the inner quote to no one', () => {
    const paras = ['"My coach looked at me and said, \'You will never race again,\'" said the cyclist, Brigida Oyarzun.'];
    expect(speakersByStart(paras).get('You will never race again')).toBeNull();
  });
  it('"Our" as well', () => {
    const paras = ['"Our coach stood up and said, \'Nobody goes home tonight,\'" said the goalkeeper, Ines Waldvogel.'];
    expect(speakersByStart(paras).get('Nobody goes home tonight')).toBeNull();
  });
  it('a noun read as a person still tells: "My neighbour looked at me and said"', () => {
    const paras = ['"My neighbour looked at me and said, \'The river is rising,\'" said the farmer, Brigida Oyarzun.'];
    expect(speakersByStart(paras).get('The river is rising')).toContain('neighbour');
  });
});
