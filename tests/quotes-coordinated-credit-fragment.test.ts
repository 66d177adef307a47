import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two people joined by "and" after a quoted fragment the sentence runs on from
// are the clause's object, not the subjects of the credit after them; a comma closing the quote still makes
// them the credit's two subjects (nobody alone).
describe('names joined by "and" between a fragment and its credit', () => {
  it('the body after them speaks the fragment', () => {
    const paras = ['Norvia is "watching closely" the talks between Chancellor Mara Olsen and Premier Ivo Brandt at the Tarnow summit, the Ministry of Trade said on Friday.'];
    expect(speakerOf(paras, 'watching closely')).toBe('the Ministry of Trade');
  });
  it('a quote closed by a comma before two joined names leaves it to no one alone', () => {
    const paras = ['"We will rebuild the pier," Gary Lund and his wife, Pam, said.'];
    expect(speakerOf(paras, 'rebuild the pier')).toBeNull();
  });
});
