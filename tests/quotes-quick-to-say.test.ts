import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a named man "was quick to" (or "careful to", "keen to") say something, then a
// sentence with "he" and a verb of saying around a short quote.
describe('"NAME was quick to point out that ..." makes NAME the subject a "he" after it continues', () => {
  it('an adjective of readiness before "point out" keeps the name at hand', () => {
    const paras = ['Tomas Brell was quick to point out how few of the rowers share one view.', 'Thrift, he noted, keeps the club\'s "old hands" loyal.'];
    expect(speakerOf(paras, 'old hands')).toBe('Tomas Brell');
  });
  it('so do "careful to add" and "keen to stress"', () => {
    for (const lead of ['Tomas Brell was careful to add that the vote was close.', 'Tomas Brell was keen to stress that the vote was close.']) {
      expect(speakerOf([lead, 'Turnout, he said, was "the lowest in a decade."'], 'lowest in a decade')).toBe('Tomas Brell');
    }
  });
  it('reads as "said that" does: the one reporting, not the man the report is about', () => {
    const paras = ['Tomas Brell was quick to say that Ivo Ruiz had misled the council. "The figures were never checked," he said.'];
    expect(speakerOf(paras, 'The figures')).toBe('Tomas Brell');
  });
});
