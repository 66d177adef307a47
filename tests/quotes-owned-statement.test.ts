import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give "the family\'s statement" to the subject of the sentence before', () => {
  const got = speakers([
    'The lawyer for the family, Gavin Rusk, said they were "shattered." The family\'s statement read: "She was the heart of our home."',
  ]);
  expect(got.get('shattered')).toBe('Gavin Rusk');
  expect(got.get('She was the heart of our home')).not.toBe('Gavin Rusk');
});
