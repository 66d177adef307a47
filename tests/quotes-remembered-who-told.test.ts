import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): "recalls a NOUN who told her years ago, "..."" quotes the
// one remembered telling it, not the subject who remembers; the rememberer's own "she says" after it stays hers.
const paras = [
  'Dr Sanna Veld, a glaciologist in Tromsø, joins the show to talk about ice roads.',
  'She recalls a retired pilot who told her years ago, "The ice forgives once, never twice." The roads, she argues, are shorter each winter. "We lose a week of ice every decade," she says.',
];

it('words told by one remembered are not the rememberer\'s', () => {
  expect(speakerOf(paras, 'The ice forgives once, never twice.')).not.toBe('Sanna Veld');
});

it('the rememberer\'s own words after it stay hers', () => {
  expect(speakerOf(paras, 'We lose a week of ice every decade')).toBe('Sanna Veld');
});
