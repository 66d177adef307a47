import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a phrase of time between a subject and its verb is
// skipped only when the name before it is the subject alone, not the last of a joint subject.
describe('"Fifty painters and the poet NAME this week published a letter calling it \\"...\\""', () => {
  it('does not credit the name after "and" alone', () => {
    const paras = ['A museum in Dorrow may close.', 'Forty sculptors and the novelist Hettie Brannagan this week published a letter calling the plan "a disgrace".'];
    expect(speakerOf(paras, 'a disgrace')).not.toBe('Hettie Brannagan');
  });

  it('still credits a name that is the whole subject', () => {
    const paras = ['A museum in Dorrow may close.', 'The novelist Hettie Brannagan this week published a letter calling the plan "a disgrace".'];
    expect(speakerOf(paras, 'a disgrace')).toBe('Hettie Brannagan');
  });
});
