import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented firms and people): a name set off before a trade a firm shares
// with craftsmen ("a maker of", "a supplier of") is a firm's when it opens with no given name, and a firm of two
// words goes by its first word after.
describe('a firm set off before its trade', () => {
  it('"Brask Tooling, a listed maker of drill bits," then "Brask said" is the firm', () => {
    const q = quoteOpeningWith(['Brask Tooling, a listed maker of drill bits and saw blades, held a call on Friday.', 'In a filing before the call, Brask said it had "no dealings of any kind" with the buyer.']);
    expect(q.get('no dealings')).toEqual({ speaker: 'Brask', kind: 'organisation' });
  });
  it('a person set off before the trade stays a person ("Tom Varga, a violin maker,")', () => {
    const q = quoteOpeningWith(['Tom Varga, a violin maker from the old town, opened his shop late.', '"Nobody buys in August," Varga said.']);
    expect(q.get('Nobody buys')).toEqual({ speaker: 'Tom Varga', kind: 'person' });
  });
  it('the first word stays a surname when someone bears it ("Ola Brask")', () => {
    const q = quoteOpeningWith(['Brask Tooling, a listed maker of drill bits, held a call on Friday. Its founder, Ola Brask, joined it.', '"We sell to builders," Brask said.']);
    expect(q.get('We sell')).toEqual({ speaker: 'Ola Brask', kind: 'person' });
  });
});
