import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'n', '2025-05-01');

it('gives the words a named subject called something to the namer, not to the one reporting it after the quote', () => {
  const got = speakers([
    'Mayor Greta Holm defended the ferry plan on Tuesday against councillor Jonas Brask.',
    'Holm called the plan "our last good chance," Brask said.',
    'Holm has dubbed the councillor "the man who says no," according to Brask.',
    '"The plan is sound," Brask said, which surprised everyone.',
  ]);
  expect(got.get('our last good')).toBe('Greta Holm');
  expect(got.get('the man who')).not.toBe('Jonas Brask');
  expect(got.get('The plan is')).toBe('Jonas Brask');
});

it('gives a label a described subject gave straight to its object to that subject, not to the one reporting it', () => {
  const got = speakers([
    'Mayor Greta Holm met councillor Jonas Brask on Tuesday.',
    'Brask said the mayor had dubbed him "Mr. No" in a private meeting.',
  ]);
  expect(got.get('Mr. No')).not.toBe('Jonas Brask');
});
