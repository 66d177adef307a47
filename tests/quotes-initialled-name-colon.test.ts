import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// A name written with a patronymic's initial close up to it, as Mongolian names are ("T.Oyunaa"), is a name in
// full: set off after a description and before "was blunter:", it speaks the full sentence after the colon.
it('credits a description-named speaker whose name opens on an initial with no space', () => {
  const got = speakers([
    'Yak breeder D.Batbold, 61, who grazes his herd near the Orkhon river, watched the news on his phone. "The ministers promise us roads every spring," he said.',
    'His sister, T.Oyunaa, was blunter: "Let them promise. We will keep the herd."',
  ]);
  expect(got.get('Let them promise')).toBe('T.Oyunaa');
});

it('still gives no one a sentence whose clause before the colon says nothing of speaking', () => {
  const got = speakers(['His sister, T.Oyunaa, was in the yard: "Let them promise. We will keep the herd."']);
  expect(got.get('Let them promise')).not.toBe('T.Oyunaa');
});
