import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a news presenter's role ("co-Anchor", "anchor", "newsreader") before a full
// name whose given name no list holds (an inner capital: "DeVante").
describe('"co-anchor NAME said" credits NAME', () => {
  it('`"...," co-Anchor DeVante Rollins said.`', () => {
    expect(speakerOf(['The broadcast opened with the flood. “The water is still rising,” co-Anchor DeVante Rollins said.'], 'still rising')).toBe('DeVante Rollins');
  });
  it('`Morning Desk anchor DeVante Rollins said, "..."`', () => {
    expect(speakerOf(['Morning Desk anchor DeVante Rollins said, “We will stay on air all night.”'], 'on air all night')).toBe('DeVante Rollins');
  });
  it('an anchor that is a thing credits nobody: `The anchor held, "barely," the skipper wrote.` is the skipper\'s', () => {
    expect(speakerOf(['The storm hit at dawn. The anchor held “by a thread,” the skipper wrote in his log.'], 'by a thread')).toBe('the skipper');
  });
});
