import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote that a connective of the writer's ("Instead,", "Now,") opens and
// that ends its sentence goes on with the words of the one named as speaker of the quote before.
describe('a quote spliced on after a connective continues the quote before', () => {
  it('`"...," Roe said. Instead, "he ..."`', () => {
    const paras = ['Senator Rolf Ingram spoke in Dover on Friday.', 'Ingram said the mayor had given up. “She is supposed to be fighting for this town,” Ingram said. Instead, “she just acts like someone who has lost already.”'];
    expect(speakerOf(paras, 'lost already')).toBe('Rolf Ingram');
  });
  it('`"...," said Jane Roe, head of ... Now, "..."`', () => {
    const paras = ['“We were not pleased at first,” said Dana Whitlock, head of the harbor board. Now, “most of the captains say the fee is fair enough.”'];
    expect(speakerOf(paras, 'fee is fair enough')).toBe('Dana Whitlock');
  });
  it('not after a quote credited to a pronoun', () => {
    const paras = ['Mara Lind and Ivo Tamm met the board.', '“We waited a long time,” he said. Then, “the board finally listened to the captains.”'];
    expect(speakerOf(paras, 'finally listened')).toBeNull();
  });
});
