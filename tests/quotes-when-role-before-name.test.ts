import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a full name after a lowercase noun of a person the roles lack as the subject a "he" then means', () => {
  const got = speakers([
    'The council met on Monday to vote on the harbour plan.',
    'When developer Oskar Brandvold rose to speak, the hall went quiet. "I have built in this town for thirty years," he said.',
    'Property surveyor Tomas Hegge rose next. "The figures do not add up," he said.',
  ]);
  expect(got.get('I have built in this town for thirty years')).toBe('Oskar Brandvold');
  expect(got.get('The figures do not add up')).toBe('Tomas Hegge');
});
