import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('"the 70-year-old former CALLING" ties the one person of that age only by a calling set off beside them', () => {
  it('the calling of a spouse named later in the same sentence is not the aged one\'s', () => {
    const got = speakerOf([
      'Marta Quell, 70, a retired nurse, lives in Dunmarra with her husband, Oren Quell, 72, a former teacher.',
      '"We have buried too many friends this winter," the 70-year-old former teacher said.',
    ], 'We have buried too many friends this winter');
    expect(got).not.toBe('Marta Quell');
  });

  it('a titled general of that age beside another person set off as a former general: either may be meant', () => {
    const got = speakerOf([
      'General Tobin Asker, 70, toured the depot with Colonel Wes Farrow, also 70 and a former general.',
      '"The depot is falling apart," the 70-year-old former general said.',
    ], 'The depot is falling apart');
    expect(got).not.toBe('Tobin Asker');
  });

  it('still: the calling set off right after the aged one\'s name', () => {
    const got = speakerOf([
      'Marta Quell, 70, a retired teacher, lives in Dunmarra with her husband, Oren Quell, 72, a former nurse.',
      '"We have buried too many friends this winter," the 70-year-old former teacher said.',
    ], 'We have buried too many friends this winter');
    expect(got).toBe('Marta Quell');
  });
});
