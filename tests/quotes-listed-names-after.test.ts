import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { namesListedAfter } from '../src/quotes/listed-names-after.ts';

// `"...," wrote the analysts NAME1, NAME2 and NAME3.`: the names set off after the first are the rest of a list, no
// role of the first; the first alone did not write it (`listed-names-after.ts`).

it('credits no one of three analysts named after an inverted "wrote"', () => {
  const s = speakerOf(['"Rents will fall," wrote the analysts Greta Holm, Pavel Dusek and Nadia Ferro.'], 'Rents will fall');
  expect(s).not.toBe('Greta Holm');
});

it('keeps a role set off after one analyst named so', () => {
  const s = speakerOf(['"Rents will fall," wrote the analyst Greta Holm, a lecturer at Tarn College.'], 'Rents will fall');
  expect(s).toBe('Greta Holm');
});

it('reads only names closed by "and" as a list', () => {
  expect(namesListedAfter('Pavel Dusek and Nadia Ferro')).toBe(true);
  expect(namesListedAfter('Pavel Dusek, Ivo Marr and Nadia Ferro.')).toBe(true);
  expect(namesListedAfter('a lecturer at Tarn College')).toBe(false);
  expect(namesListedAfter('Marks and Spencer CEO')).toBe(false);
  expect(namesListedAfter('Director of Research and Development')).toBe(false);
});

it('keeps a description whose own names are set off after it ("two observers, NAME1 and NAME2")', () => {
  const s = speakerOf(['The vote was won by Mayor Odile Fenn. "The count was fixed," according to two observers, Greta Holm and Pavel Dusek.'], 'The count was fixed');
  expect(s).toBe('two observers');
});
