import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('never reads a bare surname the text used first as a relative named later in passing', () => {
  const got = speakers([
    'Readers asked whether Park had really crossed the border on foot.',
    "The story seems to come from Park Sang Woo's walk across the same border in 1998.",
    'At the dinner, Park thanked the mayor for his "kind welcome" and praised the "old friendship" of the towns.',
  ]);
  expect(got.get('kind welcome')).not.toBe('Park Sang Woo');
  expect(got.get('old friendship')).not.toBe('Park Sang Woo');
});

it('still reads a bare surname as the full name the text gave before it', () => {
  const got = speakers([
    "Officials recalled Park Sang Woo's walk across the border in 1998.",
    'At the dinner, Park thanked the mayor for his "kind welcome".',
  ]);
  expect(got.get('kind welcome')).toBe('Park Sang Woo');
  // Not a possessive: the full name after the bare use is still the one a bare surname means.
  const told = speakers([
    'Readers asked whether Ferrand had resigned.',
    'Marc Ferrand, the mayor, met the press on Monday.',
    'Ferrand called the rumour "pure invention".',
  ]);
  expect(told.get('pure invention')).toBe('Marc Ferrand');
});
