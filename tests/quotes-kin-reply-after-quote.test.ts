import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives "his wife replied" to the woman the man who just spoke was brought in as the husband of', () => {
  const got = speakers([
    'Mara Olsen kept the lighthouse at Vessby for twenty years. "The lamp never failed on my watch," she said.',
    "Olsen's husband, Anders, a retired ferry mechanic, came in from the garden. \"She still checks the weather at midnight,\" he said.",
    '"Because the weather still changes at midnight," his wife replied.',
  ]);
  expect(got.get('Because the weather')).toBe('Mara Olsen');
});

it('gives "her son said" to the man the woman who just spoke was brought in as the mother of', () => {
  const got = speakers([
    'Tomas Brekke runs the bakery on the square. "We open at five," he said.',
    "Brekke's mother, Ingrid, still makes the rye loaves. \"He never gets up before six,\" she said.",
    '"That is not true," her son said.',
  ]);
  expect(got.get('That is not')).toBe('Tomas Brekke');
});

it('leaves "his wife" open when another man was named since the one who spoke', () => {
  const got = speakers([
    'Mara Olsen kept the lighthouse at Vessby for twenty years. "The lamp never failed on my watch," she said.',
    "Olsen's husband, Anders, a retired ferry mechanic, came in from the garden with their neighbour Henrik Dahl. \"She still checks the weather at midnight,\" he said.",
    '"Because the weather still changes at midnight," his wife replied.',
  ]);
  expect(got.get('Because the weather')).not.toBe('Mara Olsen');
});

it('leaves "his wife" open when the one so introduced is not known to be a woman', () => {
  const got = speakers([
    'The ferry company was sold last year to Kessler Holdings.',
    "Kessler's husband, Anders, a retired ferry mechanic, came in from the garden. \"They never asked us,\" he said.",
    '"Nobody asks the mechanics," his wife replied.',
  ]);
  expect(got.get('Nobody asks the')).toBeFalsy();
});
