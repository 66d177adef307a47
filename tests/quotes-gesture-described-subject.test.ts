import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a sentence of nothing but a gesture whose subject is "the"
// and a lowercase noun ("Asked ..., the student laughs.") sets up the quote after it as the one described.
describe('a gesture of one described, before a quote standing alone', () => {
  const opening = ['Jonah Ferrer, a second-year PhD student in the group, has counted wagons at the yard.', '"Since the summit, my phone has not stopped," he says.'];
  it('after a fronted question: the one the description points back to', () => {
    expect(speakerOf([...opening, 'Asked what sharing a surname with his professor is like, the student laughs. "The post room has given up."'], 'post room')).toBe('Jonah Ferrer');
  });
  it('a bare gesture sentence', () => {
    expect(speakerOf([...opening, 'The student grinned. "The post room has given up."'], 'post room')).toBe('Jonah Ferrer');
  });
  it('not a group: "The crowd laughed." credits no one', () => {
    expect(speakerOf(['Mara Olsen ran the stall.', 'The crowd laughed. "The post room has given up."'], 'post room')).toBeNull();
  });
});
