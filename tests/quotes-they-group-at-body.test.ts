import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented banks and people): a "they" right after a sentence that opens with a
// plural noun of people at another named body is not the group quoted paragraphs before.
describe('"they" after a sentence opening with another group at a named body', () => {
  const before = '"Prices will rise by spring," analysts at Corran Bank said in a note to clients.';
  it('"Strategists at BODY2 were less sure. The rally was "...", they wrote." is not the analysts at BODY1', () => {
    expect(speakerOf([before, 'Strategists at Lintel & Moss were less sure. The rally was "a passing mood", they wrote.'], 'a passing mood')).not.toBe('analysts at Corran Bank');
  });
  it('still the analysts when the sentence between opens with no other group', () => {
    expect(speakerOf([before, 'The forecast surprised few. The rally was "a passing mood", they wrote.'], 'a passing mood')).toBe('analysts at Corran Bank');
  });
});
