import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one whose message reached the writer ("We received a memo from ...") is
// there to be quoted next, as one the writer spoke to is.
describe('the writer received a message from someone, then "he said"', () => {
  it('`We received a letter from Tomas Ekberg. "...," he said.` is his', () => {
    const paras = ['We received a letter from Tomas Ekberg on Monday. "The ferry never once ran on time," he said.'];
    expect(speakerOf(paras, 'never once ran')).toBe('Tomas Ekberg');
  });
  it('a lone first name set off after a noun of a person: `from a listener, Pavel, who ...` is his', () => {
    const paras = ['We also received a recorded message from a listener, Pavel, who lives in Tver and asked us to use only his first name. "The night trains run empty," he said in the message.'];
    expect(speakerOf(paras, 'night trains run empty')).toBe('Pavel');
  });
  it('`I heard back from Anna Sorel. "...," she said.` is hers', () => {
    const paras = ['I heard back from Anna Sorel on Friday. "The depot is closing," she said.'];
    expect(speakerOf(paras, 'depot is closing')).toBe('Anna Sorel');
  });
  it('not a lone capitalised word after a noun of no person', () => {
    const paras = ['We received a memo from a ministry, Pavel. "The night trains run empty," he said.'];
    expect(speakerOf(paras, 'night trains run empty')).toBeNull();
  });
});
