import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): one picked out of a group that only a pronoun
// names ("One of them"), then described in apposition, is the one described, who speaks.
describe('"One of them, a DESCRIPTION, said, \\"...\\""', () => {
  it('is the one described', () => {
    const got = speakersByQuote([
      'I watched the launch from a café in Varn with two old colleagues.',
      'One of them, a retired harbour pilot, said, "They look like two men selling each other the same boat."',
    ]);
    expect(got.get('They look like two men selling each other the same boat')).toBe('a retired harbour pilot');
  });

  it('a definite description in apposition is left as before', () => {
    const got = speakersByQuote([
      'I watched the launch from a café in Varn with two old colleagues.',
      'One of them, the pilot, said, "They look like two men selling each other the same boat."',
    ]);
    expect(got.get('They look like two men selling each other the same boat')).not.toBe('the pilot');
  });
});
