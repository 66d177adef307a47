import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one described who would not give a name is a source, set up to speak.
describe('a description with "who would not give her name" is set up to speak', () => {
  it('`At the ferry ramp, a man in a yellow coat, who would not give his name, was waiting. ¶ "...," he said.` is his', () => {
    const paras = ['Not everyone was patient. At the ferry ramp, a man in a yellow coat, who would not give his name, was waiting for a boat that had left an hour earlier.', '"Nothing runs on time here," he said.'];
    expect(speakerOf(paras, 'Nothing runs on time')).toBe('a man in a yellow coat');
  });
  it('so too "who declined to give her full name"', () => {
    const paras = ['A woman at the stall, who declined to give her full name, counted the coins twice.', '"Prices went up again," she said.'];
    expect(speakerOf(paras, 'Prices went up')).toBe('a woman at the stall');
  });
});
