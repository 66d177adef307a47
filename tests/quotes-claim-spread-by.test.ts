import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fact-check's claim "spread by" a named source, then "is that" and the
// quoted words.
describe('a claim spread by a named source "is that" the quoted words: the source is credited', () => {
  it('`A third claim, pushed by the Facebook page X, which ..., is that Y "..."`', () => {
    const paras = ['We checked two claims about the ferry strike.', 'A third claim, pushed by the Facebook page Harbour Watch, which is popular with dock workers, is that the mayor “sold the ferries to a friend” last year.'];
    expect(speakerOf(paras, 'sold the ferries to a friend')).toBe('Harbour Watch');
  });
  it('`Another rumour, posted by blogger X, is that Y "..."`', () => {
    const paras = ['We checked two claims about the ferry strike.', 'Another rumour, posted by blogger Tilde Ness, is that the union “took money from the owners”.'];
    expect(speakerOf(paras, 'took money from the owners')).toBe('Tilde Ness');
  });
});
