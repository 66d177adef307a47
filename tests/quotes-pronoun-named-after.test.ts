import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// A "she said" after one only described, which no one could be told from, then the sentence right after ties that
// person to a name: "The woman, who later gave her name as NAME", "She gave only her first name, NAME", "He asked
// to be identified only as NAME".
it('credits a pronoun no one could be told from to the name the next sentence ties it to', () => {
  const got = speakers([
    'A woman in a green scarf near the ticket window cut in. "Ask them about the night ferry," she said. The woman, who later gave her name as Ilse Marrow, 68, said the last boat had been cancelled twice.',
    'The lock keeper at Dunmere, a woman in her sixties, has opened the gates for 30 years. "Every spring they promise dredging," she said. She gave only her first name and patronymic, Olga Semyonovna, because staff may not talk to reporters.',
    'A deckhand coiling rope on the stern looked up. "Nobody pays us for waiting," he said. He asked to be identified only as Teodor.',
  ]);
  expect(got.get('Ask them about')).toBe('Ilse Marrow');
  expect(got.get('Every spring')).toBe('Olga Semyonovna');
  expect(got.get('Nobody pays us')).toBe('Teodor');
});

it('does not tie a pronoun to a name given for someone of the other sex', () => {
  const got = speakers([
    'A man in a grey coat cut in. "Ask them about the tunnel," he said. The woman, who later gave her name as Ilse Marrow, said nothing.',
  ]);
  expect(got.get('Ask them about')).not.toBe('Ilse Marrow');
});
