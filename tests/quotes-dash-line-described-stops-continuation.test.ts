import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a credit line under words alone, set off by a
// spaced hyphen and opening on a description before the name, names another: the words do not go on from the line
// before.
describe('"\\"...\\" - his rival, Dr. NAME, again" under another\'s credited line', () => {
  it('does not continue the speaker of the line before', () => {
    const paras = ['A column on the Ostrava grain markets ran on Friday.', '"Sell before the harvest." - Dr. Casimir Ondrejka, in a note to clients', '"Hold until the spring." - his rival, Dr. Wilhelmina Sput, again'];
    expect(speakerOf(paras, 'Hold until the spring')).not.toBe('Casimir Ondrejka');
  });

  it('still credits the line before its own words', () => {
    const paras = ['A column on the Ostrava grain markets ran on Friday.', '"Sell before the harvest." - Dr. Casimir Ondrejka, in a note to clients', '"Hold until the spring." - his rival, Dr. Wilhelmina Sput, again'];
    expect(speakerOf(paras, 'Sell before the harvest')).toBe('Casimir Ondrejka');
  });
});
