import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: 'what she called a "..." by the cabinet': the naming verb has its own subject,
// so the "by" phrase after the quote says whose act the thing named is; it makes no label of a group's.
it('"what she called a "..." by the cabinet" is hers', () => {
  const paras = ['Senator Mara Olsen criticised the deal on Monday. She attacked what she called a "shameful surrender" by the cabinet.'];
  expect(speakerOf(paras, 'shameful surrender')).toBe('Mara Olsen');
});
it('"what he described as a "..." by the unions" after a participle is his', () => {
  const paras = ['Torvald Brekke spoke next, condemning what he described as a "reckless gamble" by the unions.'];
  expect(speakerOf(paras, 'reckless gamble')).toBe('Torvald Brekke');
});
it('a place "called the "..." by its residents" stays nobody\'s', () => {
  const paras = ['The town, called the "pearl of the coast" by its residents, has flooded twice.'];
  expect(speakerOf(paras, 'pearl of the coast')).toBeNull();
});
