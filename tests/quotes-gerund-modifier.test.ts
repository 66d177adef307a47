import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakersByQuote } from './helpers/quotes.ts';

describe('a word in "-ing" modifying the noun of a described subject', () => {
  it('keeps "Danish shipping executives" whole, not "executives"', () => {
    const q = quoteOpeningWith(['KORSVIK - Danish shipping executives said on Monday that the new levy would bring "a fresh wave of audits" to the port.']).get('a fresh wave');
    expect(q).toEqual({ speaker: 'Danish shipping executives', kind: 'unnamed' });
  });

  it('keeps the modifier opening the sentence, with the place the group is in', () => {
    expect(speakersByQuote(['Shipping executives in Korsvik said the levy was "a tax on trade".']).get('a tax on trade')).toBe('Shipping executives in Korsvik');
    expect(speakersByQuote(['Shipping executives, who asked not to be named, said the levy was "a tax on trade".']).get('a tax on trade')).toBe('Shipping executives');
  });

  it('does not take a participle after a noun for a modifier', () => {
    // ("Officials visiting" is a participle with its object: the phrase is never "Officials visiting executives".)
    expect(speakersByQuote(['Officials visiting executives said the levy was "a tax on trade".']).get('a tax on trade')).not.toBe('Officials visiting executives');
  });
});
