import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { copularIntroduced } from '../src/quotes/introduced-object.ts';

// Passages written for these tests: a sentence whose subject is a role and whose complement is a name
// ("Her guest was historian Mara Olsen") introduces the one the next "she said" means.
describe('a name given to a role by "was"', () => {
  it('`Her studio guest was historian NAME, who ... She said ... "..."` is hers', () => {
    const paras = ['Her studio guest was historian Mara Olsen, who has written two books on the canal. She said the plan had “nothing to do with the town.”'];
    expect(speakerOf(paras, 'nothing to do')).toBe('Mara Olsen');
  });
  it('`The first witness was NAME. "...," he said.` is his', () => {
    const paras = ['The first witness was Tomas Vell. “I saw the barge leave at dawn,” he said.'];
    expect(speakerOf(paras, 'barge leave')).toBe('Tomas Vell');
  });
  it('reads the name and the role', () => {
    expect(copularIntroduced('Her studio guest was historian Mara Olsen, who wrote a book.')).toEqual({ name: 'Mara Olsen', role: 'a historian' });
  });
  it('leaves a sentence whose "who" clause names someone else', () => {
    expect(copularIntroduced('Her guest was Mara Olsen, who worked with Ivo Brandt for years.')).toBeNull();
  });
  it('leaves a subject that is no role', () => {
    expect(copularIntroduced('The bridge was Vell Crossing.')).toBeNull();
  });
});
