import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one of a group picked out by full name, then "he said".
describe('"one of them, NAME, 79, waved a reporter away. "...," he said."', () => {
  it('after ", and" closing a sentence about the group', () => {
    const paras = ['Two men were playing chess near the window and said they had missed the broadcast, and one of them, Lee Dong-su, 79, waved a reporter away. "Talk to me about football," he said.'];
    expect(speakerOf(paras, 'Talk to me about')).toBe('Lee Dong-su');
  });
  it('opening its own sentence', () => {
    const paras = ['Two men were playing chess near the window. One of them, Per Lund, 79, waved a reporter away. "Talk to me about football," he said.'];
    expect(speakerOf(paras, 'Talk to me about')).toBe('Per Lund');
  });
  it('"One of the men, NAME, ..." too', () => {
    const paras = ['Two men were playing chess near the window. One of the men, Per Lund, 79, waved a reporter away. "Talk to me about football," he said.'];
    expect(speakerOf(paras, 'Talk to me about')).toBe('Per Lund');
  });
  it('is no one when the clause names someone else after the one picked out', () => {
    const paras = ['Two men were playing chess near the window, and one of them, Per Lund, 79, waved at Tom Hale across the room. "Talk to me about football," he said.'];
    expect(speakerOf(paras, 'Talk to me about')).toBeNull();
  });
});
