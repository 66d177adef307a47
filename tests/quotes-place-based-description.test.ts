import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a described speaker whose description opens with a place
// made an adjective by "-based", before "said" and a partial quote.
describe('"A Place-based <noun> said ... \\"...\\""', () => {
  it('"A Lisbon-based grain trader said the harvest was "..."" credits the trader', () => {
    expect(speakerOf(['A Lisbon-based grain trader said the harvest was "better than anyone hoped" this year.'], 'better than anyone hoped')).toBe('a Lisbon-based grain trader');
  });
  it('"A Perth-born engineer said ..." credits the engineer', () => {
    expect(speakerOf(['A Perth-born engineer said the bridge was "safe for now" after the storm.'], 'safe for now')).toBe('a Perth-born engineer');
  });
});
