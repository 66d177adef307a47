import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two people of one surname, one with a first name the name lists do not know.
describe('"Mr SURNAME" after a namesake of no known sex and one whose first name tells he is a man: the man', () => {
  it('the subject of unknown sex is not "Mr" when a man of that surname was named', () => {
    const paras = ['Lieke Brouwer, a councillor, was criticised by her brother, Mark Brouwer, who runs the garage.', '"She has never listened to the traders," Mr Brouwer said.'];
    expect(speakerOf(paras, 'She has never listened to the traders')).toBe('Mark Brouwer');
  });
  it('"Ms" stays with the one of unknown sex, not the man', () => {
    const paras = ['Lieke Brouwer was criticised by Mark Brouwer.', '"He never listened," Ms Brouwer said.'];
    expect(speakerOf(paras, 'He never listened')).toBe('Lieke Brouwer');
  });
});
