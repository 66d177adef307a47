import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places): a "he"/"she" opening a clause after a semicolon,
// in a sentence whose subject is someone's kin of that sex, is the kin, not the one who spoke or was named before.
describe('"Her father, she said, had worked ...; he used to say that "...""', () => {
  it('gives the words to the father, not the woman of untold sex named before', () => {
    const paras = ['Wenna Holt grew up in Tarsk. Her father, she said, had worked on the railway for twenty years; he often said that "the train always leaves on time".'];
    expect(speakerOf(paras, 'always leaves')).toBe('Her father');
  });

  it('does so past a place named in the clause', () => {
    const paras = ['Wenna Holt grew up in Tarsk. Her father, she said, had worked on the railway in Tarsk for twenty years; he used to say that "the train always leaves on time".'];
    expect(speakerOf(paras, 'always leaves')).toBe('Her father');
  });

  it('leaves it alone when another person is named between', () => {
    const paras = ['Wenna Holt grew up in Tarsk. Her father had worked with Ivo Lind; he often said that "the train always leaves on time".'];
    expect(speakerOf(paras, 'always leaves')).not.toBe('Her father');
  });
});
