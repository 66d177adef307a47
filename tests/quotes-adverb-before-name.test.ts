import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads no sentence adverb opening the sentence as part of the speaker\'s name', () => {
  const got = speakers([
    'Coach Peter Vollan spoke on Monday. Captain Anna Tveit also spoke.',
    'Yesterday Vollan said: "We are ready."',
    'Overnight Tveit posted: "Thank you, fans."',
    'Tellingly Tveit did not mention Vollan. "We won together," she said.',
  ]);
  expect(got.get('We are ready')).toBe('Peter Vollan');
  expect(got.get('Thank you, fans')).toBe('Anna Tveit');
  expect(got.get('We won together')).toBe('Anna Tveit');
});
