import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote whose own sentence goes on with "she" after a man's words.
describe('a quote whose sentence goes on with a pronoun of the other sex', () => {
  it('does not continue the man quoted at the end of the paragraph before: `"...?" she pressed.`', () => {
    const paras = ['Harbour chief Peter Renn faced the board. Board member Ilse Marr asked why repairs took a year. Renn said that figure was "old news".', '"Then what is the new figure?" she pressed.', '"I will send it on," Renn replied.'];
    expect(speakerOf(paras, 'new figure')).not.toBe('Peter Renn');
  });
  it('nor the man quoted just before in the paragraph', () => {
    const paras = ['Harbour chief Peter Renn faced Ilse Marr. "The figure is old news," Renn said. "Then what is the new one?" she pressed.'];
    expect(speakerOf(paras, 'new one')).not.toBe('Peter Renn');
  });
  it('still continues him when the pronoun fits: `"...," he went on.`', () => {
    const paras = ['Harbour chief Peter Renn faced the board. "The figure is old news," Renn said.', '"We have moved on," he went on.'];
    expect(speakerOf(paras, 'moved on')).toBe('Peter Renn');
  });
});
