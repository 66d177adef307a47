import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a fronted participle, then "he" or "she" as the subject of a
// clause that closes on a colon before a full quoted sentence ("Speaking by phone, she went further: ..."): the
// participle's subject is the pronoun's, and the pronoun is read back as a plain "she said" would be.

describe('"Speaking by phone, she went further: ..."', () => {
  it('the woman quoted in the sentence before', () => {
    const text = ['Ilse Marrow, a former port director, argued in a column that the deal made the ferry line "a weaker carrier." Speaking by phone, she went further: "A line that begs for fuel cannot set its own fares."'];
    expect(speakersByOpening(text).get('A line that')).toBe('Ilse Marrow');
  });

  it('not the man quoted before when the pronoun is "she" and no woman is named', () => {
    const text = ['Tomas Brell, a harbour pilot, said the channel was "silting fast." Reached at home, she went further: "Nobody dredges it any more."'];
    expect(speakersByOpening(text).get('Nobody dredges it')).not.toBe('Tomas Brell');
  });
});
