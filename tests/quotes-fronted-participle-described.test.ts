import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (probe court and parliamentary reports, session 35): a sentence's subject
// given by a description of several words and the full name set off after it, perhaps after a fronted
// participle's phrase, is the one a "she said" in the next sentence means.
describe('a described subject after a fronted participle', () => {
  it('"A party whip, Jane Roe, dismissed it. "...," she said."', () => {
    const paras = ['Cedric Amble said the scheme had failed.', 'A party whip, Loretta Vance, dismissed the complaint. "He has never read the scheme," she said.'];
    expect(speakerOf(paras, 'never read the scheme')).toBe('Loretta Vance');
  });
  it('"Giving evidence, the clinic founder, Jane Roe, said ... "...," she told the court."', () => {
    const paras = ['Cedric Amble, 47, denies theft.', 'Giving evidence, the clinic founder, Mirela Stancu, said she had trusted Amble. "He kept every key we had," she told the court.'];
    expect(speakerOf(paras, 'kept every key')).toBe('Mirela Stancu');
  });
  it('a surname ending in -ing opening the sentence is no participle', () => {
    const paras = ['Cedric Amble and Ines Harding spoke first.', 'Harding, the union treasurer, said the books were clean. "Every penny is there," she said.'];
    expect(speakerOf(paras, 'Every penny')).toBe('Ines Harding');
  });
});
