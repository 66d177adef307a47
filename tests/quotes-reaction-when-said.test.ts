import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): hearers react "when" the one before speaks; the words in
// the "when" clause are the pronoun's one, not the hearers'.
describe('"The audience laughed when he added that ... "..."', () => {
  it('the pronoun goes back to the speaker before', () => {
    const paras = ['Ivo Brandt, the harbour master, spoke last. The audience laughed when he added that he had been asked about the tides "at every meeting since 2009."'];
    expect(speakerOf(paras, 'every meeting since 2009')).toBe('Ivo Brandt');
  });
  it('not when the hearers themselves speak', () => {
    const paras = ['Ivo Brandt, the harbour master, spoke last. The audience shouted that they had been asked "at every meeting since 2009."'];
    expect(speakerOf(paras, 'every meeting since 2009')).not.toBe('Ivo Brandt');
  });
});
