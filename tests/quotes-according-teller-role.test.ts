import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives words told straight after an opening "According to X," to the teller named with a role, not the source', () => {
  const got = speakers([
    'According to Hedvig Rask, manager Stellan Oby told staff: "Nobody goes home early."',
    'According to a porter, foreman Aksel Brenn warned workers: "The crane is not safe."',
  ]);
  expect(got.get('Nobody goes home early')).toBe('Stellan Oby');
  expect(got.get('The crane is not safe')).toBe('Aksel Brenn');
});

it('keeps the source for words the clause after it only reports', () => {
  const got = speakers(['According to Hedvig Rask, manager Stellan Oby called the plan "a gamble".']);
  expect(got.get('a gamble')).not.toBe('Stellan Oby');
});
