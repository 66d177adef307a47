import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence opening on a written message ("A letter from NAME") as its subject,
// the writer named in full after "from", then a "he wrote" credit in the same or the next paragraph. The message
// is the writer's, who is the one the text turns to.
describe('the writer of a message opening the sentence is at hand for "he wrote"', () => {
  it('"A letter from NAME reached .... "...," he wrote."', () => {
    const paras = ['A letter from Peter Halvorsen reached the Tarnby council on Monday. "We have no deal yet," he wrote.'];
    expect(speakerOf(paras, 'We have no deal yet')).toBe('Peter Halvorsen');
  });
  it('the credit in the next paragraph', () => {
    const paras = ['An angry email from Ines Marlow arrived at the ferry office on Friday.', '"Nobody asked the ferrymen," she wrote.'];
    expect(speakerOf(paras, 'Nobody asked the ferrymen')).toBe('Ines Marlow');
  });
});
