import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: someone remembers another, described as theirs, telling them something, and
// the whole clause after "that" is quoted.
describe('"NAME recalled her landlady telling her that "..."."', () => {
  it('gives the words to the one described telling them', () => {
    const paras = ['Ivy Crane, who spent a year in Tromsø as an exchange student, recalled her landlady telling her that "the fishermen across the fjord are our poorest neighbours." She said the memory had stayed with her.'];
    expect(speakerOf(paras, 'fishermen across the fjord')).toBe('her landlady');
  });
  it('leaves a quoted part of the clause to no one: it may be the rememberer\'s telling', () => {
    const paras = ['Ivy Crane, who spent a year in Tromsø as an exchange student, recalled her landlady telling her that the fishermen were "our poorest neighbours." She said the memory had stayed with her.'];
    expect(speakerOf(paras, 'poorest neighbours')).toBeNull();
  });
  it('leaves the words to no one when the sentence goes on after the quote', () => {
    const paras = ['Ivy Crane recalled her landlady telling her that "the fishermen are our oldest friends," a line she repeats to her students.'];
    expect(speakerOf(paras, 'oldest friends')).toBeNull();
  });
});
