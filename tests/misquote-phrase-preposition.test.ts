import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A preposition of more than one word said as the one word of the same meaning, or the other way round.
describe('a preposition of several words for one of one word', () => {
  it('is close wording', () => {
    expect(compareClaim('theres nothing the co-op can sell in velmor except dried cod', 'There is nothing the co-op can sell in Velmor other than dried cod.').verdict).toBe('close');
    expect(compareClaim('the ferry left in spite of the gale', 'The ferry left despite the gale.').verdict).toBe('close');
    expect(compareClaim('the ferry left before the gale', 'The ferry left prior to the gale.').verdict).toBe('close');
  });
  it('still tells a preposition of another meaning', () => {
    expect(compareClaim('the ferry left after the gale', 'The ferry left prior to the gale.').verdict).toBe('different');
    expect(compareClaim('the co-op sold everything besides the nets', 'The co-op sold everything other than the nets.').verdict).toBe('different');
    expect(compareClaim('the co-op sold everything including the nets', 'The co-op sold everything except the nets.').verdict).toBe('different');
  });
});
