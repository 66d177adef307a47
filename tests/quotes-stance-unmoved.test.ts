import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { ATTITUDE } from '../src/quotes/stance-predicate.ts';

// Passages written for these tests: "was not reassured", "was not convinced", "was incredulous" give a view or a mood,
// as "was blunter" does, so the one described is at hand for the "he said" right after.
describe('a view told by "not reassured", "not convinced", "incredulous"', () => {
  it('`The deacon was not reassured. "...," he said.` is the deacon\'s', () => {
    const paras = ['Ivo Brandt spoke first.', 'The deacon was not reassured. "She is a good girl, but she was not there," he said.'];
    expect(speakerOf(paras, 'She is a good girl')).toBe('the deacon');
  });
  it('`The organist was not convinced. "...," he said.` is the organist\'s', () => {
    const paras = ['Ivo Brandt spoke first.', 'The organist was not convinced. "We have heard it all before," he said.'];
    expect(speakerOf(paras, 'heard it all before')).toBe('the organist');
  });
  it('reads the predicates', () => {
    expect(ATTITUDE.test('was not reassured.')).toBe(true);
    expect(ATTITUDE.test('was incredulous at the news')).toBe(true);
    expect(ATTITUDE.test('was elected in May')).toBe(false);
  });
});
