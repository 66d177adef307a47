import { describe, expect, it } from 'vitest';
import { compareElidedJoin } from '../src/quotes/elided-join.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: one speaker's two quotes around the reporter's credit.
const quay = doc('quay-works', '2024-08-12', [
  '"The north quay will stay shut until March, because the divers found cracks in the piles," harbour master Mara Lind said on Monday. "After that, the ferries will use it again."',
]);
const docs = [quay];
const ask = whoSaidOver(...docs);

describe('who-said: a claim joining one quote cut at a comma to the next quote', () => {
  it('both parts verbatim, the cut at the first quote\'s comma: the same words', () => {
    const a = ask('lind said the north quay will stay shut until march. after that, the ferries will use it again');
    expect(a.matches[0]).toMatchObject({ speaker: 'Mara Lind', verdict: 'same' });
  });

  it('a word changed in either part: different', () => {
    expect(ask('lind said the north quay will stay open until march. after that, the ferries will use it again').matches[0]?.verdict).toBe('different');
    expect(ask('lind said the north quay will stay shut until march. after that, the ferries will never use it again').matches[0]?.verdict).toBe('different');
  });
});

describe('compareElidedJoin', () => {
  const first = 'The quay will stay shut until March, because the piles are cracked';
  const second = 'After that, the ferries will use it again';
  it('refuses a cut that is no clause end of the first quote', () => {
    expect(compareElidedJoin('the quay will stay shut after that the ferries will use it again', first, second)).toBeNull();
  });
  it('refuses a second part that does not start at the second quote\'s first word', () => {
    expect(compareElidedJoin('the quay will stay shut until march the ferries will use it again', first, second)).toBeNull();
  });
  it('takes the first quote\'s opening clause and the whole second', () => {
    expect(compareElidedJoin('the quay will stay shut until march after that the ferries will use it again', first, second)).toBe('same');
  });
});
