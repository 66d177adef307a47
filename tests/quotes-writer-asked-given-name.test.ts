import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the writer asks someone described, whom a clause then names.
describe('the writer asked one described, then the clause giving the name they go by', () => {
  it('`I asked a nurse, who gave only her first name, Greta, whether ... "...," she said.` is Greta\'s', () => {
    const paras = ['At the clinic door I asked a nurse, who gave only her first name, Greta, whether the queues had grown. She thought for a moment. "They doubled in a week," she said.'];
    expect(speakerOf(paras, 'doubled in a week')).toBe('Greta');
  });
  it('and later by that name alone', () => {
    const paras = [
      'At the clinic door I asked a nurse, who gave only her first name, Greta, whether the queues had grown. "They doubled in a week," she said.',
      'Later, Greta told me that several orderlies had quit. "They were tired," she said.',
    ];
    expect(speakerOf(paras, 'They were tired')).toBe('Greta');
  });
  it('still the description when no name is given', () => {
    const paras = ['At the clinic door I asked a nurse, who did not give her name, whether the queues had grown. "They doubled in a week," she said.'];
    expect(speakerOf(paras, 'doubled in a week')).not.toBe('Greta');
  });
});
