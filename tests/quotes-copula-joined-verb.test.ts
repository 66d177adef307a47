import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
describe('"X was <predicate> and said ..." (a copula as the first verb of the clause)', () => {
  it('gives the joined verb of saying the subject of the copula', () => {
    expect(speakerOf(['Halvard Skeie was upbeat after the count and said the ferry budget would be "tight but fair" next year.'], 'tight but fair')).toBe('Halvard Skeie');
    expect(speakerOf(['Halvard Skeie was quick to welcome the port deal and said the levy would be "very hard to sell" in the north.'], 'very hard to sell')).toBe('Halvard Skeie');
    expect(speakerOf(['Halvard Skeie was in Bodø on Monday and said: "We will open the second quay before the summer."'], 'second quay')).toBe('Halvard Skeie');
  });

  it('not the subject of a copula inside what someone reports, nor a phrase next to the copula that is not the subject', () => {
    expect(speakerOf(['Marit Oftedal said Skeie is to blame for the delays and accused him of "hiding the costs from the council."'], 'hiding the costs')).toBe('Marit Oftedal');
    expect(speakerOf(['A lawyer close to the Harbour Authority was more candid, calling the levy "a tax on fish."'], 'a tax on fish')).not.toBe('the Harbour Authority');
  });
});
