import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('keeps one described as the subject past a question put to them or a long description, for the "she said" after', () => {
  const paras = [
    'A Tarnby Ferries spokeswoman, asked whether the firm expected new customers, said there were none left. "That shift happened long ago," she said.',
    'A graduate student in the marine biology department at Kessel, who asked not to be named because her grant is under review, said the subject came up in a seminar. "Most of the seminar wanted to argue about quotas," she said.',
  ];
  expect(speakerOf(paras, 'That shift happened long ago')).toBe('a Tarnby Ferries spokeswoman');
  expect(speakerOf(paras, 'Most of the seminar wanted')).toBe('a graduate student in the marine biology department at Kessel');
});
