import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not credit the reporter with words a bare-noun teller told him', () => {
  const got = speakers([
    'Ferry captain Anselm Grady said harbour control told him: "Hold your position."',
    'Nurse Odile Brant recalled that ward management had warned her: "No overtime this month."',
    'Grady added: "We held it for an hour."',
  ]);
  expect(got.get('Hold your position')).toBeNull();
  expect(got.get('No overtime this month')).toBeNull();
  expect(got.get('We held it for an hour')).toBe('Anselm Grady');
});

it('still credits a described teller the grammar reads', () => {
  const got = speakers(['Ferry captain Anselm Grady said the harbour master had told him: "Hold your position."']);
  expect(got.get('Hold your position')).toBe('the harbour master');
});
