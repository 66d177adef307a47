import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a passive verb of saying whose agent is named before the quote.
describe('"Y was accused by X of "..."', () => {
  it('is the agent\'s words, not the subject\'s', () => {
    const paras = ['Councillor Wren Adley was accused by fellow councillor Tobiah March of "misleading the town" over the pool.'];
    expect(speakerOf(paras, 'misleading the town')).toBe('Tobiah March');
  });
  it('so "criticised by X for "...""', () => {
    const paras = ['Wren Adley was criticised by Tobiah March for "wasting every penny".'];
    expect(speakerOf(paras, 'wasting every penny')).toBe('Tobiah March');
  });
});
