import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A preposition put for its opposite: "to" for "from", "after" for "before", "for" for "against".
describe('a preposition put for its opposite', () => {
  it('is a different claim, the prepositions marked', () => {
    const quote = 'When the barges from Tulsk outnumber the barges to Tulsk, the deal is done.';
    const c = compareClaim('when the barges to tulsk outnumber the barges from tulsk, the deal is done', quote);
    expect(c.verdict).toBe('different');
    expect(c.differences.map((d) => d.quote)).toEqual(['from', 'to']);
    expect(c.differences.every((d) => d.kind === 'opposite')).toBe(true);
    expect(compareClaim('the ferry sails from orrin at dawn', 'The ferry sails to Orrin at dawn.').verdict).toBe('different');
    expect(compareClaim('the council voted for the toll', 'The council voted against the toll.').verdict).toBe('different');
    expect(compareClaim('the nets were stored above the deck', 'The nets were stored below the deck.').verdict).toBe('different');
    expect(compareClaim('prices went down in the spring', 'Prices went up in the spring.').verdict).toBe('different');
  });
  it('leaves the same preposition, or one of the same meaning, alone', () => {
    expect(compareClaim('when the barges from tulsk outnumber the barges to tulsk, the deal is done', 'When the barges from Tulsk outnumber the barges to Tulsk, the deal is done.').verdict).toBe('same');
    expect(compareClaim('the ferry sails to orrin at dawn', 'The ferry sails towards Orrin at dawn.').verdict).toBe('close');
  });
});
