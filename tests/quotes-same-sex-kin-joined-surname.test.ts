import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: two people of one sex and one surname, the second joined to the
// first by "and" and a possessive of kin ("NAME and her sister NAME2 both ..."). Both are brought in side by side,
// neither in passing, so a later bare surname (or "she" after it) does not tell which of them speaks: no one.

describe('a bare surname two of one sex bear, the kin joined to the other by "and"', () => {
  const sisters = 'Lena Voss and her sister Ilse Voss both keep bees on the hill above Tarrow.';

  it('"SURNAME said": no one, not the first named', () => {
    expect(speakerOf([sisters, '"The heather came late this year," Voss said.'], 'The heather came late')).toBeNull();
  });

  it('"SURNAME, however, ... she said" with an in-law: no one', () => {
    const inLaws = 'Lena Voss and her sister-in-law Ilse Voss both keep bees on the hill above Tarrow. Their husbands fish.';
    expect(speakerOf([inLaws, 'Voss, however, wants to sell the hives. "The heather came late this year," she said.'], 'The heather came late')).toBeNull();
  });

  it('two brothers joined the same way: no one', () => {
    const brothers = 'Karl Aalder and his brother Hans Aalder run the ferry at Mennick.';
    expect(speakerOf([brothers, '"The tide turned early," Aalder said.'], 'The tide turned early')).toBeNull();
  });

  it('the one named in full again is still found', () => {
    expect(speakerOf([sisters, '"The heather came late this year," Ilse Voss said.'], 'The heather came late')).toBe('Ilse Voss');
  });
});
