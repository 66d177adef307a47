import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): two people, each with a role set off by commas, joined by
// "and" as one subject; a later "he" may be either of them.
describe('two named subjects each with an appositive, joined by "and"', () => {
  it('"NAME, a tailor, and NAME2, a cook, fled." leaves a later "he said" to nobody', () => {
    expect(speakerOf(['Piet Brek, a tailor, and Ola Lund, a cook, fled the town in May. "We left everything," he said.'], 'We left everything')).toBeNull();
  });
  it('one named subject with an appositive stays the "he"', () => {
    expect(speakerOf(['Piet Brek, a tailor, fled the town in May. "We left everything," he said.'], 'We left everything')).toBe('Piet Brek');
  });
});

describe('a relation with an age set off opening the sentence before a "he"', () => {
  it('"His brother, 30, stayed behind." is a rival: the "he" after it is not the man named before', () => {
    expect(speakerOf(['Piet Brek, 34, says he fled the island in 2019. His brother, 30, stayed behind. "We never spoke again," he said.'], 'We never spoke again')).not.toBe('Piet Brek');
  });
});
