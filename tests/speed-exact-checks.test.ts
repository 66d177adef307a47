import { expect, it } from 'vitest';
import { endsInColon } from '../src/text/chars.ts';
import { bodyRole } from '../src/quotes/parenthesised-credit.ts';

// Speed work replaced expressions by scans of characters and cheap checks before them; these pin the scans to the
// expressions they stand for, on texts of our own.

it('endsInColon reads as /:\\s*$/u does', () => {
  const texts = ['', ':', ' :', 'Ana Ruiz said:', 'Ana Ruiz said: ', 'Ana Ruiz said:\n\t ', 'Ana Ruiz said:\u00a0', 'said:\u2003\u3000', 'a: b', 'a:b:', 'a :  x', 'no colon', '::', ': \ufeff', 'x:\u200b'];
  for (const t of texts) expect(endsInColon(t), JSON.stringify(t)).toBe(/:\s*$/u.test(t));
});

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
