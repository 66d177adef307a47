import { expect, it } from 'vitest';
import { bodyRole } from '../src/quotes/parenthesised-credit.ts';

// Speed work put a cheap check before an expression; this pins the answers to what they were, on texts of our own.

it('bodyRole still answers by the last word after its quick look at it', () => {
  expect(bodyRole('  the newspaper  ')).toBe(true);
  expect(bodyRole('the local\u00a0agency')).toBe(true);
  expect(bodyRole('a trustee of the foundation')).toBe(false);
  expect(bodyRole("the port's agency")).toBe(false);
  expect(bodyRole('one two three four agency')).toBe(false);
  expect(bodyRole("Roe's agency")).toBe(false);
  expect(bodyRole('the harbour master')).toBe(false);
  expect(bodyRole('')).toBe(false);
  expect(bodyRole('   ')).toBe(false);
  expect(bodyRole('agency')).toBe(true);
});
