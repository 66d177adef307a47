import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a sister and brother bearing one surname, her sex
// told only by "her brother" after her name, then a bare surname that told "his" or "her" staff.
describe('"SURNAME told his staff" between a woman and a man of that surname', () => {
  const opening = 'Morgan Telle, the councillor, and her brother Hollis Telle both sit on the water board.';
  it('gives the words to the man', () => {
    expect(speakerOf([opening, 'Telle told his staff on Friday that the board was "past saving".'], 'past saving')).toBe('Hollis Telle');
  });
  it('gives them to the woman for "her staff"', () => {
    expect(speakerOf([opening, 'Telle told her staff on Friday that the board was "past saving".'], 'past saving')).toBe('Morgan Telle');
  });
});
