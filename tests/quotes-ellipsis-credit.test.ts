import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote that trails off in an ellipsis is credited after it as one
// ending in a comma is, not left to the speaker of the quote before.
describe('an ellipsis closing a quote before its credit', () => {
  it('`"... different people…" Kask said.` is Kask\'s, not the asker\'s', () => {
    const paras = ['Jane Roe asked about the port. “Would you pick a woman?” Roe asked. “Well, yes. I am going to — I am going to look at a lot of different people…” Omar Kask said. “A bear?” Roe repeated.'];
    expect(speakerOf(paras, 'different people')).toBe('Omar Kask');
  });
});
