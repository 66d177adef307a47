import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a role owned by another's office ("the senator's son"): the holder is a son, not
// a senator, so a later "the senator" is never him.
describe('a noun standing as the owner in a role is no head of the role', () => {
  it('"NAME2, the senator\'s son and ..., said .... "...," the senator told STATION." is the senator', () => {
    const paras = [
      'Ostrian senator Pablo Vidal Soto, who chairs the committee, called the deal "a bad day".',
      'Tomas Vidal Reyes, the senator\'s son and a reporter in Seoul, said people were alarmed. "The word here is betrayal," he said.',
      '"I hope our government says something clear," the senator told Radio Norte.',
    ];
    expect(speakerOf(paras, 'I hope our government')).toBe('Pablo Vidal Soto');
  });
  it('"the mayor\'s spokeswoman, NAME," is not "the mayor"', () => {
    const paras = [
      'Mayor Ivo Brandt opened the bridge on Monday.',
      'Lena Kask, the mayor\'s spokeswoman, said the works had ended. "The traffic will flow again," she said.',
      '"We kept our word," the mayor said.',
    ];
    expect(speakerOf(paras, 'kept our word')).not.toBe('Lena Kask');
  });
});
