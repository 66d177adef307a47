import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and outlets): French copy in English gives
// people the French courtesy titles, "M." for a man and "Mme" for a woman, which are read as "Mr" and "Ms".
describe('the French courtesy titles "M." and "Mme"', () => {
  it('"M. SURNAME" after the man named in full is that man, not a person "M. SURNAME"', () => {
    const got = speakersByQuote([
      'Harbour minister Jean Roubaud visited the docks at Port-Vendel on Tuesday.',
      '"The cranes will be ready by spring," M. Roubaud told the Agence Littorale.',
    ]);
    expect(got.get('The cranes will be ready by spring')).toBe('Jean Roubaud');
  });

  it('"M. SURNAME" is the man of two unrelated namesakes, a woman and a man', () => {
    const got = speakersByQuote([
      'Mme Odile Caron, a historian at the University of Brevenne, said the port had always been a place of trade.',
      'Fishmonger Paul Caron - no relation - said his customers were worried.',
      '"Nobody buys fish when the price of fuel doubles," M. Caron told the Agence Littorale.',
    ]);
    expect(got.get('Nobody buys fish when the price of fuel doubles')).toBe('Paul Caron');
  });

  it('"Mme SURNAME" is the woman of the two', () => {
    const got = speakersByQuote([
      'Fishmonger Paul Caron said his customers were worried.',
      'Odile Caron, a historian at the University of Brevenne - no relation - said the port had seen worse.',
      'Paul Caron said he would close on Mondays.',
      '"The port survived two wars," Mme Caron said.',
    ]);
    expect(got.get('The port survived two wars')).toBe('Odile Caron');
  });

  it('a middle initial "M." stays an initial ("Harry M. SURNAME")', () => {
    const got = speakersByQuote([
      'Senator Harry M. Trelawny spoke in Dunmere on Monday.',
      '"We need the bridge," Trelawny said.',
    ]);
    expect(got.get('We need the bridge')).toBe('Harry M. Trelawny');
  });

  it('"M. SURNAME" where a bearer of the surname has a first name on M is left as it was: M. may be her initial', () => {
    const got = speakersByQuote([
      'Marie Sorel runs the bakery on the square in Brevenne.',
      '"Bread is the last thing people give up," M. Sorel said.',
    ]);
    expect(got.get('Bread is the last thing people give up')).not.toBe('Sorel');
  });
});
