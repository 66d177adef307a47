import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a couple brought in as "NAME and his wife,
// FIRSTNAME", the wife quoted under her full name (sharing his surname), then '"...," her husband said.'

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives "her husband said" to the man brought in as "NAME and his wife, FIRSTNAME"', () => {
  const got = speakers([
    'In Carrow, retired pilot Ivo Vell and his wife, Nadia, watched the launch. "I flew that route for years," said Vell, 70.',
    'His wife was less patient. "He has been shouting at the screen all night," Nadia Vell said. "I told him, they cannot hear you, Ivo."',
    '"She is right, they cannot," her husband said.',
  ]);
  expect(got.get('She is right,')).toBe('Ivo Vell');
});

it('so when the wife spoke right after him in the next paragraph', () => {
  const got = speakers(['Ivo Vell and his wife, Nadia, run a shop in Carrow. "We open at six," said Vell.', '"He never opens at six," Nadia Vell said.', '"Too quiet," her husband said.']);
  expect(got.get('Too quiet')).toBe('Ivo Vell');
});

it('leaves "her husband" open when another woman is named since she spoke (whose husband "her" may mean)', () => {
  const got = speakers([
    'Ivo Vell and his wife, Nadia, run a shop in Carrow. "We open at six," said Vell.',
    '"He never opens at six," Nadia Vell said, as their neighbour Greta Dahl came in.',
    '"Too quiet," her husband said.',
  ]);
  expect(got.get('Too quiet')).not.toBe('Ivo Vell');
});
