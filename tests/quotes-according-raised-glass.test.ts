import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives a toast "raised a glass to" after an "according to" source to the one raising the glass', () => {
  const got = speakers([
    'According to the palace transcript, Tomas Rell raised a glass to "the lasting friendship of our peoples". Ada Verno, for her part, toasted "the health of the president".',
    'According to the Brenna Press Agency, Ada Verno proposed a toast to "a harvest worthy of the name".',
  ]);
  expect(got.get('the lasting friendship of our peoples')).toBe('Tomas Rell');
  expect(got.get('the health of the president')).toBe('Ada Verno');
  expect(got.get('a harvest worthy of the name')).toBe('Ada Verno');
});

it('leaves the source its wording for a matter raised, which is no toast', () => {
  const got = speakers(['According to the Brenna Press Agency, Tomas Rell raised the matter of "eternal friendship" at dinner.']);
  expect(got.get('eternal friendship')).not.toBe('Tomas Rell');
});
