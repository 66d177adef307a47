import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "X believes that ..., given that polls show most residents feel the harbour is on the "wrong course"": the
// quoted words are the polls' wording, not the one whose belief the sentence reports.
it('gives no speaker to words reported as what polls show', () => {
  const got = speakers([
    'Backers of Ida Brekke would argue, and Brekke surely believes, that her plan suits the mood of the town, given that polls consistently show most residents feel the harbour is on the "wrong course" and many families are struggling.',
  ]);
  expect(got.get('wrong course')).toBeFalsy();
});

it('keeps a speaker whose clause holds no poll', () => {
  const got = speakers(['Ida Brekke said most residents feel the harbour is on the "wrong course" this year.']);
  expect(got.get('wrong course')).toBe('Ida Brekke');
});
