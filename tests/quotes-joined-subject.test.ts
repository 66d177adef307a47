import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { joinedSubject } from '../src/quotes/clause-subject.ts';

// Passages written for these tests: subjects joined by "and" before the quote; neither speaks alone.
describe('one of several subjects joined by "and" is not credited alone', () => {
  it('`Kask and Lind called them "..."` is not Lind\'s', () => {
    const paras = ['When protesters gathered outside, Omar Kask and Mara Lind called them "a disgrace to the town."'];
    expect(speakerOf(paras, 'a disgrace to the town')).not.toBe('Mara Lind');
  });
  it('a clause joined by ", and" keeps its own subject', () => {
    const paras = ['The mayor testified in Tartu, and Councillor Mara Lind said the plan was "a disaster for the port."'];
    expect(speakerOf(paras, 'a disaster for the port')).toBe('Mara Lind');
  });
});

describe('joinedSubject', () => {
  const s = 'Omar Kask and Mara Lind called them _____.';
  it('is true for the second of two joined names', () => {
    expect(joinedSubject(s, s.indexOf('Mara Lind'), 'Mara Lind', s.indexOf('_'))).toBe(true);
  });
  it('is false for a name after ", and" (clauses joined)', () => {
    const t = 'It rained in Tartu, and Mara Lind called it _____.';
    expect(joinedSubject(t, t.indexOf('Mara Lind'), 'Mara Lind', t.indexOf('_'))).toBe(false);
  });
  it('is false for a possessive after the name', () => {
    const t = "Smith and Wesson's lawyer called it _____.";
    expect(joinedSubject(t, t.indexOf('Wesson'), 'Wesson', t.indexOf('_'))).toBe(false);
  });
});
