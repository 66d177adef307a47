import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): a body's "its" before a role no lexicon reads as a
// person ("Its chair said") stands for the one person the text gave that role, as "the chair" does.
describe('"Its chair said" after "the board\'s chair, NAME"', () => {
  it('credits the one holder of the role, and the "she said" after it', () => {
    const paras = [
      '“We will not be moved,” said the board’s chair, Wenna Holt, opening the meeting.',
      'A nurse, Dora Bell, said the cuts were cruel.',
      'The board will object by Friday. Its chair said the village had “won fights like this before.”',
      '“We are still here,” she said.',
    ];
    expect(speakerOf(paras, 'won fights like this before')).toBe('Wenna Holt');
    expect(speakerOf(paras, 'We are still here')).toBe('Wenna Holt');
  });
  it('gives nobody "Its chair" when two people hold that role', () => {
    const paras = [
      '“We will not be moved,” said the board’s chair, Wenna Holt.',
      '“Nor will we,” said the guild’s chair, Sol Brandt.',
      'Both groups will object by Friday. Its chair said the village had “won fights like this before.”',
    ];
    expect(speakerOf(paras, 'won fights like this before')).toBeNull();
  });
});
