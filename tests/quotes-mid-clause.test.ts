import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { frontedClause } from '../src/quotes/fronted-clause.ts';

// Passages written for these tests: a quote inside a clause of time opening mid-sentence belongs to that
// clause's subject, not to the main clause's.
describe('a quote inside a clause of time opening after ", and"', () => {
  it('`..., and as Jane Roe went on about "...," and "...," John Roe nodded` is Jane Roe\'s', () => {
    const paras = ['The hall was hot, and as Mara Lind went on about "the harbour we deserve," and "our own fishermen," Omar Kask said nothing at all.'];
    expect(speakerOf(paras, 'our own fishermen')).not.toBe('Omar Kask');
    expect(speakerOf(paras, 'our own fishermen')).toBe('Mara Lind');
  });
  it('`..., but when Jane Roe called it "a disaster," John Roe laughed` is Jane Roe\'s', () => {
    const paras = ['The vote was close, but when Mara Lind called the plan "a disaster for the port," Omar Kask laughed.'];
    expect(speakerOf(paras, 'a disaster for the port')).not.toBe('Omar Kask');
  });
});

describe('frontedClause, mid-sentence', () => {
  it('reads the name opening the clause', () => {
    expect(frontedClause('It was late, and as Mara Lind went on about ', ' Omar Kask said.', ',')).toEqual({ subject: 'Mara Lind', from: 11 });
  });
  it('reads past further quotes the clause lists before its comma', () => {
    expect(frontedClause('It was late, and as Mara Lind went on about ', ' and “___,” Omar Kask said.', 's')).toEqual({ subject: 'Mara Lind', from: 11 });
  });
  it('is null when a comma closes the clause before the quote', () => {
    expect(frontedClause('It was late, and as Mara Lind spoke, Omar Kask said ', ' to the crowd.', 's')).toBeNull();
  });
  it('is null when the clause opens with no name', () => {
    expect(frontedClause('It was late, and as the speaker went on about ', ' Omar Kask said.', ',')).toBeNull();
  });
});
