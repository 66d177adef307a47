import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for this test (invented people): the source of "according to" put first is two people
// joined by "and", and the first alone was credited with words that are both's.
describe('"according to" a pair, before the quote', () => {
  it('credits the pair named in full, after a plural role or a study "by"', () => {
    const by = speakersByOpening([
      'According to economists Ann Roe and Bo Lind, the slump is "a major change in policy."',
      'According to a 2013 study by economists Ivo Dahl and Rosa Brandt, the slowdown was "no accident at all."',
    ]);
    expect(by.get('a major change')).toBe('Ann Roe and Bo Lind');
    expect(by.get('no accident at')).toBe('Ivo Dahl and Rosa Brandt');
  });
  it('credits neither alone when the other is no full name', () => {
    const by = speakersByOpening(['According to Ann Roe and her husband, the slump is "a major change in policy."']);
    expect(by.get('a major change')).toBeNull();
  });
  it('still credits one source alone', () => {
    const by = speakersByOpening(['According to Ann Roe, the slump is "a major change in policy."']);
    expect(by.get('a major change')).toBe('Ann Roe');
  });
});
