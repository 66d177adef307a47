import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// The writer (or a speaker in a transcript turn) meets or rings someone of their own, "my old teacher", and a
// "she said" follows: the one met, as after "I rang a teacher", not a woman named before.
it('gives the "She said" after "I rang my old teacher, who ..." to the teacher', () => {
  const paras = ['Mara Olsen runs the kiosk by the pier.', 'I rang my old teacher, who lives up the coast, and she said something odd. She said, "The ferries are late again."'];
  expect(speakerOf(paras, 'The ferries')).toBe('my old teacher');
});

it('does so in a transcript turn, not the woman whose turn it is', () => {
  const turns = ['TOMAS BRANDT: Welcome back.', 'MARA OLSEN: Thanks. I rang my old teacher, who lives up the coast, and she said something odd. She said, "The ferries are late again."', 'BRANDT: Hm.'];
  expect(speakerOf(turns, 'The ferries')).toBe('my old teacher');
});

it('reads a clause of reason opening on "Because I spoke to ..." the same way', () => {
  const turns = ['TOMAS BRANDT: Welcome back.', 'MARA OLSEN: Thanks. Because I spoke to my old teacher, who lives up the coast, and she said something odd. She said, "The ferries are late again."', 'BRANDT: Hm.'];
  expect(speakerOf(turns, 'The ferries')).toBe('my old teacher');
});
