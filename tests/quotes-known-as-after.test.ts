import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives a quote credited to a description "known as NAME" to that name', () => {
  const got = speakers([
    'A film about the night the harbour burned has angered the crews who were there.',
    '"The pumps ran all night," said the ferry master known as Brann, talking to the paper at last.',
    '"Nobody waited," said the night pilot known as Sela.',
  ]);
  expect(got.get('The pumps ran all night')).toBe('Brann');
  expect(got.get('Nobody waited')).toBe('Sela');
});

it('does not take a word after "known as" that is no name', () => {
  const got = speakers([
    'A film about the night the harbour burned has angered the crews who were there.',
    '"Nobody waited," said the night pilot known as the best in the port.',
  ]);
  expect(got.get('Nobody waited')).not.toBe('the best');
});
