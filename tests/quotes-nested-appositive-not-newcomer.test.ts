import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for this test (invented names): a "he" inside the outer quote may mean one brought in by "a" in
// the paragraph before, but never the outer speaker's own appositive ("Vera Lind, a member of the council,").
it('does not give the inner quote to the outer speaker named by her appositive', () => {
  const paras = ['Vera Lind, a member of the harbour council, said a ferry pilot stopped her on the quay that morning. "He asked me, \'Will they close the slipway?\'" Lind said.'];
  const inner = quoteOpeningWith(paras).get('Will they close');
  expect(inner.speaker).not.toMatch(/member|Lind/u);
});

it('still credits the one newcomer brought in by "a" when no name stands before it', () => {
  const paras = ['A ferry pilot who works the night crossing came to see Vera Lind on Monday. "He asked me, \'Will they close the slipway?\'" Lind said.'];
  expect(quoteOpeningWith(paras).get('Will they close').speaker).toBe('a ferry pilot');
});
