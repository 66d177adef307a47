import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented minister and people): a verb of telling whose subject is a name set
// off after the description opening the sentence, and "according to" after the quote.
describe('"The minister, NAME, told colleagues ... \\"...\\", according to two people present" is the minister\'s', () => {
  it('the name set off after "The minister," speaks; the two only report it', () => {
    const paras = ['The minister, Torvald Meinertz, told colleagues that the scheme was "finished", according to two people present.'];
    expect(speakerOf(paras, 'finished')).toBe('Torvald Meinertz');
  });

  it('as with the name opening the sentence', () => {
    const paras = ['Torvald Meinertz told colleagues that the scheme was "finished", according to two people present.'];
    expect(speakerOf(paras, 'finished')).toBe('Torvald Meinertz');
  });
});
