import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits nobody with a quote an article and a noun of set phrases name as a label ("the "..." slogan")', () => {
  const got = speakers([
    'Dorian Vale, a strategist who has advised several parties, said the Harbour League had failed to "reach ordinary voters." The "Pull Together" slogan shared by the league and Mrs. Okafor feels flat beside her rival\'s message, he said.',
    'Ivo Karst, who ran the rival campaign, was blunter. A "never again" chant went up at every rally, he said.',
  ]);
  expect(got.get('reach ordinary voters')).toBe('Dorian Vale');
  expect(got.get('Pull Together')).toBeNull();
  expect(got.get('never again')).toBeNull();
});

it('leaves a quote that is speech, or a label its owner\'s possessive holds, as before', () => {
  const got = speakers([
    'Lena Brandt said the union would not back down. "No surrender," she said.',
    'Brandt said the "slogans" of the board meant nothing.',
  ]);
  expect(got.get('No surrender')).toBe('Lena Brandt');
});
