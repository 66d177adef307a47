import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a quote whose sentence closes on "in NAME's view" or "in the view of NAME":
// the view is given in the words quoted, NAME's, as "in NAME's words" gives them.
describe('"in NAME\'s view" after a quote', () => {
  it('"...," in NAME\'s view. is NAME', () => {
    expect(speakerOf(['“The crews need a week of rest,” in Mara Olsen’s view.'], 'week of rest')).toBe('Mara Olsen');
  });
  it('X was "...," in the view of NAME. is NAME', () => {
    expect(speakerOf(['The ferry deal was “a trap for the port,” in the view of Tomas Berg.'], 'trap for the port')).toBe('Tomas Berg');
  });
});
