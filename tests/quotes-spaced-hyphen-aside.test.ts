import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): a pair of spaced hyphens after a subject sets off an aside as
// a pair of dashes does, so the name before the aside is the subject of the verb after it.
describe('"NAME - aside - says ..."', () => {
  it('reads the name before a hyphen-dashed aside as the subject', () => {
    expect(speakerOf(['Tom Kell - no relation - says the need is "enormous".'], 'enormous')).toBe('Tom Kell');
    expect(speakerOf(['Tom Kell, a former attache - no relation to Prof Kell - says the need is "enormous".'], 'enormous')).toBe('Tom Kell');
  });

  it('does so beside a namesake of the other sex named before, and a pronoun after goes on with him', () => {
    const paras = ['Rona Kell, a professor, says the town wants "food and friends".', 'Tom Kell, a former attache - no relation to Prof Kell - says the need is "enormous".', '"They fire all day," he says.'];
    expect(speakerOf(paras, 'enormous')).toBe('Tom Kell');
    expect(speakerOf(paras, 'fire all day')).toBe('Tom Kell');
  });
});
