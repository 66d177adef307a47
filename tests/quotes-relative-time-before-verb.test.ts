import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives the words after "NAME, who on Monday said:" to that name, not the main subject', () => {
  const got = speakers(['The board overruled its own auditor, Halldis Fenn, who on Monday said: "The books do not balance."']);
  expect(got.get('The books do not balance')).toBe('Halldis Fenn');
});
