import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'g', '2025-05-01');

it('counts "a chairwoman" met between as someone "she" may mean: a noun in "-woman" is no man', () => {
  const got = speakers([
    'The mayor, Maria Lund, opened the fair on Saturday. "It is a good day for the town," Lund said.',
    'The crowd made room for a woman with a pram. "Nobody buys anything," she said.',
    'The harbour master, Piet Brandt, spoke to the police. "The gate was open," Brandt said.',
    'The police took a statement from a witness at the gate. "I saw two men," he said.',
    'Lund greeted a businesswoman from the city. "We are late," she said.',
    'Brandt met a chairwoman of the port board. "Ask the board," she told him.',
  ]);
  expect(got.get('Ask the board')).not.toBe('Maria Lund');
});

it('counts one described after a lone fronted adverb ("Outside, a protester ...") as someone a pronoun may mean', () => {
  const got = speakers([
    'The speaker of the council, Anna Vik, called for order. "Sit down, please," she said.',
    'A member, Eva Lind, stood up anyway. The speaker warned her twice. "I will not be silenced," Lind said.',
    'Outside, a protester with a megaphone addressed the crowd. "They lie to you," she shouted.',
  ]);
  expect(got.get('They lie to')).not.toBe('Eva Lind');
});
