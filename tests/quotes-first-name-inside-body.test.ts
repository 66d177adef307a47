import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give a quote calling the founder by first name to him when a body bears his surname', () => {
  const got = speakers([
    'The Harrow Tanning Company, founded by Osgar Harrow, closed its last yard on Friday. "Osgar was not told in advance," Harrow said in a statement.',
  ]);
  expect(got.get('Osgar was not told in advance')).not.toBe('Osgar Harrow');
});

it('still gives the founder his own words that do not call him by first name', () => {
  const got = speakers(['The Harrow Tanning Company, founded by Osgar Harrow, closed its last yard on Friday. "I am heartbroken," Osgar Harrow said.']);
  expect(got.get('I am heartbroken')).toBe('Osgar Harrow');
});
