import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a man named by a single word no list of
// given names knows, set off before "who", in the paragraph a "he said" passes over on its way back to the
// last man quoted.
describe('a single unknown name before "who" is a rival for the next pronoun', () => {
  const spokesman = 'A spokesman for the port, Anton Belsky, received me in a small room. "There is nothing more to say," Belsky said.';
  it('"... except for Tolya, who was eating alone. ¶ "...," he said" is not the spokesman quoted before', () => {
    const got = speakersByQuote([
      spokesman,
      'On my last night I went back to the inn. The bar was empty except for Tolya, who was eating alone and watching the river.',
      '"Marek went to bed," he said, without looking up.',
    ]);
    expect(got.get('There is nothing more to say')).toBe('Anton Belsky');
    expect(got.get('Marek went to bed')).not.toBe('Anton Belsky');
  });
  it('with no one else about, the pronoun is still the spokesman', () => {
    const got = speakersByQuote([
      spokesman,
      'I asked him about the ferries. He looked at the clock.',
      '"Ask the harbour master," he said.',
    ]);
    expect(got.get('Ask the harbour master')).toBe('Anton Belsky');
  });
});
