import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an emphatic reflexive after a name, then words set off by commas.
describe('"NAME herself, <aside>, said"', () => {
  it('reads the name past the reflexive', () => {
    const paras = ['Dana Roe chairs the harbour board.', 'Roe herself, in a letter to members, said the plan was "a long shot."'];
    expect(speakerOf(paras, 'long shot')).toBe('Dana Roe');
  });
  it('does so for "himself" after a full name', () => {
    const paras = ['Piet Laan himself, in a radio interview, said the ferry would run "as long as there is diesel."'];
    expect(speakerOf(paras, 'as long as there is diesel')).toBe('Piet Laan');
  });
});
