import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote standing alone after a sentence that reports its speaker's words.
describe('a quote standing alone after a sentence of reported speech', () => {
  it('`Jane Roe, the spokesman for the party said in a release. "..."` (the closing comma missing)', () => {
    const paras = ['The county counted its votes on Monday.', 'Ivo Tamm, the spokesman for the county party said in a release. “No paper slips are left to count. The tally was clean.”'];
    expect(speakerOf(paras, 'No paper slips')).toBe('Ivo Tamm');
  });
  it('`Roe, the mayor said, is ...` gives Roe no words of the mayor', () => {
    const paras = ['The county counted its votes on Monday.', 'Ivo Tamm, the mayor said, is a careful man. “No paper slips are left to count. The tally was clean.”'];
    expect(speakerOf(paras, 'No paper slips')).not.toBe('Ivo Tamm');
  });
  it('`Jane Roe touted her record. "..."`', () => {
    const paras = ['The race went on.', 'Mara Lind touted her record as a sponsor of the law. “We must look for ways to help workers on the job.”'];
    expect(speakerOf(paras, 'help workers')).toBe('Mara Lind');
  });
  it('`Jane Roe bragged about the plan. "..."`', () => {
    const paras = ['The council met.', 'Mara Lind bragged about the harbour plan after the vote. “Nobody will lose a job because of it. Not one person.”'];
    expect(speakerOf(paras, 'lose a job')).toBe('Mara Lind');
  });
});
