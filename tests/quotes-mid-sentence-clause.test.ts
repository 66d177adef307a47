import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('gives a quote in a clause of time opening mid-sentence to its subject, not to the pronoun credit of the clause before', () => {
  const got = speakers([
    'Ada Velk sat by the window of the ward with her husband.',
    '“Are you winning?” she said, but Tomas was drifting off again, and as Mara Olsen went on about “how the harbour is rigged,” and “forgotten river towns,” Ada said yes, over and over again.',
  ]);
  expect(got.get('Are you winning?')).toBe('Ada Velk');
  expect(got.get('how the harbour')).toBe('Mara Olsen');
  expect(got.get('forgotten river towns')).toBe('Mara Olsen');
});

it('keeps a credit read inside the clause before the quote', () => {
  const got = speakers([
    'Mara Olsen spoke at the quay on Monday, and when Ada Velk said “the harbour will close,” the crowd fell silent.',
  ]);
  expect(got.get('the harbour will')).toBe('Ada Velk');
});
