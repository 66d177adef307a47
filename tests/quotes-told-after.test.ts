import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a passive "was told" after the quote', () => {
  const paras = ['Rita Mohr worked at the mill for ten years. Her manager was Glen Ash.', '"Leave now," Mohr was told by Ash.', '"Pack your things," Mohr was told.'];
  it('credits the agent after "by", not the one told', () => {
    expect(speakerOf(paras, 'Leave now')).toBe('Glen Ash');
  });
  it('credits nobody with no agent', () => {
    expect(speakerOf(paras, 'Pack your things')).toBeNull();
  });
});
