import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads a credit set off from its quote by a Russian dash, after the quote and round a split quote', () => {
  const got = speakers([
    'The mayor of the port town, Nikolai Voronin, opened the new ferry line to the island on Monday.',
    '«The ferry will run twice a day in summer», — said Voronin.',
    '«Will the fares go up?» — asked a fisherman, Gennady Lobov.',
    '«Not this year», — Voronin answered, — «and pensioners will travel free.»',
  ]);
  expect(got.get('The ferry will run')).toBe('Nikolai Voronin');
  expect(got.get('Will the fares')).toBe('Gennady Lobov');
  expect(got.get('Not this year')).toBe('Nikolai Voronin');
  expect(got.get('and pensioners')).toBe('Nikolai Voronin');
});

it('leaves a dash after a quote that goes on with the narration as it was', () => {
  const got = speakers([
    'Residents call the old pier "the graveyard" — and few of them fish there any more.',
  ]);
  expect(got.get('the graveyard')).toBeFalsy();
});

it('reads two hyphens as the dash of plain-text wire copy, in a list under a country heading', () => {
  const got = speakers([
    'CANADA',
    '- "We will review every export licence this month." -- Trade Minister Louise Aubert, at a news conference.',
    '- "Nobody should be surprised by the timing." -- Marcus Feld, an economist at the Prairie Policy Centre.',
  ]);
  expect(got.get('We will review')).toBe('Louise Aubert');
  expect(got.get('Nobody should be')).toBe('Marcus Feld');
});

it('credits the one named after a dash, not the medium that relayed her words ("as quoted by", "as reported by")', () => {
  const got = speakers([
    'Words of the week',
    '"The dam will hold until spring." — Mara Velde, as quoted by the regional broadcaster Radio Tarn.',
    '"We start again on Monday." — Ivo Brask, as cited by the Daily Lantern.',
    '"Give the valley time." — Ada Rusk, as reported by Strandpress.',
  ]);
  expect(got.get('The dam will hold')).toBe('Mara Velde');
  expect(got.get('We start again')).toBe('Ivo Brask');
  expect(got.get('Give the valley')).toBe('Ada Rusk');
});
