import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a source opening the sentence, then someone else telling the words straight.
describe('"According to X, Y told him: "...""', () => {
  it('is the teller\'s, set off after a role, past when it was told', () => {
    const paras = ['Former club secretary Ned Walsh says he was forced out. According to Walsh, the buyers\' agent, Runa Holt, told him at a meeting in May: "You have a week to pack up."'];
    expect(speakerOf(paras, 'a week to pack up')).toBe('Runa Holt');
  });
  it('keeps the source for a fragment the sentence only describes', () => {
    const paras = ['Ned Walsh spoke on Monday. According to Walsh, the sale is "all but done".'];
    expect(speakerOf(paras, 'all but done')).toBe('Ned Walsh');
  });
});
