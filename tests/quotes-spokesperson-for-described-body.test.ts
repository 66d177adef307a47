import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

const read = (paras: string[]) => quoteOpeningWith(paras);

// "A spokesperson for a rival insurer, Harrowgate Mutual, said": the name set off right after a body's noun is the
// body's; the spokesperson speaks for it, and is no person of that name.
it('reads the name set off after a body described as the body, and the spokesperson as its voice', () => {
  const got = read([
    'A spokesperson for a rival insurer, Harrowgate Mutual, said it was "watching the port closely" and declined to comment further.',
  ]);
  expect(got.get('watching the port').speaker).toBe('a spokesperson for Harrowgate Mutual');
  expect(got.get('watching the port').kind).toBe('unnamed');
});

it("keeps a person's name set off after a body's noun as the spokesperson's, and a description after the name as his", () => {
  const got = read([
    'A spokesman for the ministry, Ivan Orlov, said it was "watching the border closely."',
    'Rep. Yun Dal-ho of the Harbour Party, a former chairman of the ports committee, said the plan was "a gamble."',
  ]);
  expect(got.get('watching the border').speaker).toBe('Ivan Orlov');
  expect(got.get('a gamble').speaker).toBe('Yun Dal-ho');
});
