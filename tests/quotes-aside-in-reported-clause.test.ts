import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "Mrs. Roe replied that she was glad Ms. Lund had said so because, she said, ...": the aside repeats the credit
// of the verb that reports the clause, so the woman named inside that clause is not the one it credits.
it('does not give an aside inside a reported clause to the person named inside that clause', () => {
  const got = speakers([
    'Greta Roe chaired the harbour board for twenty years.',
    'When Ms. Lund, at a hearing in Tromso in 1981, suggested that she resign, Mrs. Roe replied calmly that she was glad Ms. Lund had said so because, she said, the remark had shown the room how narrow "tired, shouting enemies of the bill" really were.',
  ]);
  expect(got.get('tired, shouting') ?? '').not.toMatch(/Lund/u);
});
