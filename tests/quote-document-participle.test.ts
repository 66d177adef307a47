import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests.

describe('a past participle after a document noun reports no speech', () => {
  it('"said in a statement posted online that": the one who said it', () => {
    const text = ['Jana Roe said in a statement posted online that the fair had caused "no bother for the bakers."'];
    expect(speakerOf(text, 'no bother for the bakers')).toBe('Jana Roe');
  });

  it('"said in a letter quoted by the paper that": the writer of the letter, not the paper', () => {
    const text = ['Tomas Kask said in a letter quoted by the paper that the plan was "a waste of good money."'];
    expect(speakerOf(text, 'a waste of good money')).toBe('Tomas Kask');
  });

  it('a participle that is the verb of the clause still reports: "Pelt posted online that" credits Pelt', () => {
    const text = ['Ivo Pelt posted online that the bridge was "safe for everyone."'];
    expect(speakerOf(text, 'safe for everyone')).toBe('Ivo Pelt');
  });
});
