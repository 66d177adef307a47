import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: a party the text calls "the NAME party" speaks by its one-word name.
describe('"a charge the NAME party rejected. "...," NAME said in a statement."', () => {
  it('reads the one-word name as the party, a body', () => {
    const got = quoteOpeningWith(['The mayor of Brenholt said the council had no housing plan, a charge the Tidewater party rejected. "The mayor prefers slogans to budgets," Tidewater said in a statement.']).get('The mayor prefers');
    expect(got.speaker).toBe('Tidewater');
    expect(got.kind).toBe('organisation');
  });
  it('not when the text gives the word as a person\'s surname', () => {
    const got = quoteOpeningWith(['Halvard Tidewater left the Tidewater party in May. "The mayor prefers slogans to budgets," Tidewater said.']).get('The mayor prefers');
    expect(got.kind).toBe('person');
  });
  it('not for a word set apart from "party"', () => {
    const got = quoteOpeningWith(['The Senator addressed the party faithful. "We will win the harbour seat," the Senator said.']).get('We will win');
    expect(got.kind).not.toBe('organisation');
  });
});
