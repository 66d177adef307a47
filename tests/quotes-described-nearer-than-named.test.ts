import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Pins a decision (session 40, round 2), no new rule: a description of no known sex is a candidate for "she".
// Set up in the paragraph before the pronoun's, it is the one meant over a woman who spoke a paragraph earlier
// (the summit sets' golds read it so: "the representative of ..." and "a former ... diplomat" then "he said");
// with both in one paragraph, no one is credited.

it('credits the description set up just before over a woman who spoke a paragraph earlier', () => {
  const got = speakers([
    'Health minister Karin Vollan said the plan was ready. "We have waited long enough," she said.',
    'A person close to the prime minister disagreed.',
    '"Nobody saw the figures," she said.',
  ]);
  expect(got.get('Nobody saw the figures')).toBe('a person close to the prime minister');
});

it('credits no one when the woman and the description both stand in the pronoun\'s paragraph', () => {
  const got = speakers([
    'Health minister Karin Vollan said the plan was ready. "We have waited long enough," she said. A person close to the prime minister said it had been rushed. "Nobody saw the figures," she said.',
  ]);
  expect(got.get('Nobody saw the figures')).toBeNull();
});
