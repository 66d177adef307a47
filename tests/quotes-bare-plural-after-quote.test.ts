import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

describe('a bare plural of people with a complement right after the quote', () => {
  it('reads "lawyers for NAME said" as the lawyers, unnamed', () => {
    const q = quoteOpeningWith(['"The charges against the pier crew have no basis at all," lawyers for Mara Olsen said.']).get('The charges');
    expect(q).toEqual({ speaker: 'lawyers for Mara Olsen', kind: 'unnamed' });
  });

  it('never gives the words to the one named after the preposition', () => {
    const q = quoteOpeningWith(['Mara Olsen was charged in March.', '"The charges have no basis at all," aides to Mara Olsen said.']).get('The charges');
    expect(q.speaker).not.toBe('Mara Olsen');
  });
});
