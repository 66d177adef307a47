import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: a sentence whose pronoun subject speaks, and inside it another subject's
// verb of saying right before a quote.
describe('a pronoun earlier in the sentence does not take a quote another subject\'s verb introduces', () => {
  it('`He said, "..." - at which point the audience shouted "..." - "..."`', () => {
    const paras = ['Mayor Omar Kask spoke at the fair on Monday. He said, "The ferry will be rebuilt" - at which point the audience shouted "Fix the pier!" - "and the harbour will reopen."'];
    const by = speakersByOpening(paras);
    expect(by.get('The ferry will')).toBe('Omar Kask');
    expect(by.get('Fix the pier!')).toBeNull();
    expect(by.get('and the harbour')).toBe('Omar Kask');
  });
  it('`He turned to the reporters and said, "..."` stays his (his own second verb)', () => {
    const paras = ['Mayor Omar Kask left the hall. He turned to the reporters and said, "The ferry will be rebuilt."'];
    expect(speakersByOpening(paras).get('The ferry will')).toBe('Omar Kask');
  });
});
