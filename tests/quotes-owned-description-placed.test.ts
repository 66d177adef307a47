import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a relation with where the person sits, set off before their full name.
describe('"Her colleague down the corridor, Dr NAME, is more pessimistic. "...," he said."', () => {
  it('makes the one named the subject the "he" after means', () => {
    const by = speakersByStart([
      'Professor Alma Drever of the Kelso Institute thinks the deal will hold.',
      'Her colleague down the corridor, Dr Piet Vonkel, a specialist on river law, is more pessimistic. "The deal is already dead," he said.',
    ]);
    expect(by.get('The deal is')).toBe('Piet Vonkel');
  });
  it('reads "at the" after the noun the same way', () => {
    const by = speakersByStart([
      'Professor Alma Drever of the Kelso Institute thinks the deal will hold.',
      'Her deputy at the institute, Dr Piet Vonkel, is more pessimistic. "The deal is already dead," he said.',
    ]);
    expect(by.get('The deal is')).toBe('Piet Vonkel');
  });
});
