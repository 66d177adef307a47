import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('keeps one described as the subject past a question put to them or a long description, for the "she said" after', () => {
  const paras = [
    'A Tarnby Ferries spokeswoman, asked whether the firm expected new customers, said there were none left. "That shift happened long ago," she said.',
    'A graduate student in the marine biology department at Kessel, who asked not to be named because she is on a visa, said the topic came up in class. "Half the class wanted to talk about fish," she said.',
  ];
  expect(speakerOf(paras, 'That shift happened long ago')).toBe('a Tarnby Ferries spokeswoman');
  expect(speakerOf(paras, 'Half the class wanted')).toBe('a graduate student in the marine biology department at Kessel');
});
