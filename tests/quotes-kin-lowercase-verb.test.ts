import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "His mother said she ..." opens on a kin word and a verb; the
// verb, though the lexicon knows "Said" as a given name, names no one: a first name is written with its capital.

describe('a kin word then a lowercase verb that is also a given name', () => {
  it('"His mother said she ... \\"...,\\" she said": no person named "said"', () => {
    const text = ['Orin studies law in the capital.', 'His mother said she worried about his brother. "If he is called up, he comes home," she said.'];
    expect(speakerOf(text, 'If he is called up')).not.toBe('said');
  });

  it('"His wife Greta was blunter." still names the wife', () => {
    const text = ['Orin studies law in the capital.', 'His wife Greta was blunter. "He should come home," she said.'];
    expect(speakerOf(text, 'He should come home')).toBe('Greta');
  });
});
