import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a present-tense reporting verb that is also a plural noun ("reports",
// "notes") opening a credit right after a quote, before a name or "our ROLE, NAME", is the verb.
describe('a present-tense credit verb that is also a plural noun, after the quote', () => {
  it('`"...," reports our treasurer, NAME.`', () => {
    expect(speakerOf(['“The plum cake went first, as usual,” reports our treasurer, Ida Marn.'], 'plum cake')).toBe('Ida Marn');
  });
  it('`"...," notes NAME.`', () => {
    expect(speakerOf(['“The hall was full by seven,” notes Tor Lund.'], 'hall was full')).toBe('Tor Lund');
  });
});
