import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a role\'s head noun that WordNet knows as a person, though the lexicon of roles lacks it, ties "the NOUN" later', () => {
  it('"NAME, the local baker, said ..." then "...," said the baker', () => {
    const paras = ['Anton Kessler, the local baker, said sales had been "slow" all week.', '"People buy less bread when they are worried," said the baker.'];
    expect(speakerOf(paras, 'People buy less bread')).toBe('Anton Kessler');
  });
  it('"The village baker, NAME, said ..." then "...," said the baker', () => {
    const paras = ['The village baker, Ivo Lanz, said sales had been "slow" all week.', '"Nobody buys cake now," said the baker.'];
    expect(speakerOf(paras, 'Nobody buys cake now')).toBe('Ivo Lanz');
  });
});
