import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Sentences written for these tests; none comes from an evaluation set.
const kinds = (claim: string, quote: string): string[] => compareClaim(claim, quote).differences.map((d) => d.kind);

describe('misquote: a small word of the claim in the place of a word of weight of the quote', () => {
  it('"this year" for "last year", "in" for "outside" are other words, not the quote shorter', () => {
    expect(kinds('the mill closed in march of this year', 'The mill closed in March of last year')).toEqual(['word']);
    expect(kinds('the ferrymen gathered in the harbour office', 'The ferrymen gathered outside the harbour office')).toEqual(['word']);
  });

  it('an article for a word of weight, a pronoun of the quote or the short form of a preposition stays close', () => {
    expect(compareClaim('we have a plan for the valley', 'We have the secret plan for the valley').verdict).toBe('close');
    expect(compareClaim('the town will rebuild the bridge', 'Our town will rebuild the bridge').verdict).toBe('close');
    expect(compareClaim('the talks were about the harbour', 'The talks were regarding the harbour').verdict).toBe('close');
    expect(compareClaim('she sat on the wall all night', 'She sat upon the wall all night').verdict).toBe('close');
    expect(compareClaim('the mill closed in march of this year', 'The mill closed in March of this year').verdict).toBe('same');
  });
});
