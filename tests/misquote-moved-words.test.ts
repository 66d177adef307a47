import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Words a claim moves to turn the quote round: marked over the whole stretch turned, in the quote and the claim.
describe('words the claim moves', () => {
  it('mark the whole stretch turned round, not one end of it', () => {
    const c = compareClaim('look for cargo vans, not crates', 'Look for crates, not cargo vans.');
    expect(c.verdict).toBe('different');
    expect(c.differences.map((d) => [d.quote, d.claim])).toEqual([['crates, not cargo vans', 'cargo vans, not crates']]);
    const d = compareClaim('traders in velmor read the tariff first and sell later', 'Traders in Velmor sell first and read the tariff later.');
    expect(d.verdict).toBe('different');
    expect(d.differences).toHaveLength(1);
    expect(d.differences[0]).toMatchObject({ kind: 'word', quote: 'sell first and read the tariff', claim: 'read the tariff first and sell' });
  });
  it('leaves a claim that moves nothing alone', () => {
    expect(compareClaim('count the nets, not the barrels', 'Count the nets, not the barrels.').verdict).toBe('same');
    expect(compareClaim('count the nets', 'Count the nets, not the barrels.').verdict).not.toBe('different');
    const e = compareClaim('the boats are new. the nets are old', 'The boats are old. The nets are new.');
    expect(e.differences.map((x) => x.quote)).toEqual(['old', 'new']);
  });
});
