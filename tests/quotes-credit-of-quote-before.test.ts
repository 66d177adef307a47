import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { creditOfQuoteBefore } from '../src/quotes/credit-of-quote-before.ts';

// Passages written for these tests: quotes run together with semicolons, each with its own inverted credit.
describe('the inverted credit of one quote is not the next quote\'s, which has its own verb after it', () => {
  it('"said another" is not the one shopper of the quote before', () => {
    const paras = ['"Far too dear," said one diner at the Pelham Grill; "worth every penny," said another; "I came for the view," said a third, Ottilie Brack.'];
    expect(speakerOf(paras, 'worth every penny') ?? '').not.toMatch(/diner/u);
    expect(speakerOf(paras, 'Far too dear')).toMatch(/diner/u);
  });
  it('tells where the credit between two quotes belongs', () => {
    const masked = '"_____," said one diner; "_____," said another.';
    const spans = [
      { open: 0, close: 7 },
      { open: 25, close: 32 },
    ] as never;
    expect(creditOfQuoteBefore(masked, spans, 1, 'one diner', masked.length)).toBe(true);
    expect(creditOfQuoteBefore('"_____," said one diner; "_____".', spans, 1, 'one diner', 33)).toBe(false);
  });
});
