import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a given name joined by "and" to a full name that
// a possessive description set off after it ties to him as no kin.
describe('a given name joined to a full name described as his partner does not share the surname', () => {
  it('does not file the given name under the surname when the other is his business partner', () => {
    const page = ['The quarrel between Rune and Sigrid Malmo, his former shop partner, has reached the court.', '"I was never paid for the last load," Mr. Malmo said.'];
    expect(speakerOf(page, 'I was never paid')).not.toBe('Rune Malmo');
  });
  it('still files it so when the other is his sister', () => {
    const page = ['The quarrel between Rune and Sigrid Malmo, his sister, has reached the court.', '"I was never paid for the last load," Mr. Malmo said.'];
    expect(speakerOf(page, 'I was never paid')).toBe('Rune Malmo');
  });
});
