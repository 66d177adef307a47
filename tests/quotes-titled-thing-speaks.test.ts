import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a title the lexicon files first as a thing ("the chair")
// that speaks between a person and a pronoun is someone the pronoun may mean, so it no longer skips back past them.
describe('"the chair said" between a woman quoted and a "she said"', () => {
  it('does not give "she said" to the woman before the chair spoke', () => {
    const paras = ['Wenna Holt chairs the residents’ board.', 'Dora Bell, a nurse, said the cuts were cruel.', 'The board will object, the chair said. “We have won fights like this before,” she said.'];
    expect(speakerOf(paras, 'We have won fights')).not.toBe('Dora Bell');
  });
  it('still gives it to her when no one speaks between', () => {
    const paras = ['Wenna Holt chairs the residents’ board.', 'Dora Bell, a nurse, said the cuts were cruel. “We have won fights like this before,” she said.'];
    expect(speakerOf(paras, 'We have won fights')).toBe('Dora Bell');
  });
});
