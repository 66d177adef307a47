import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A host or writer brings up a message by its sender's given name ("a letter from Ilse in Bergen"), then reads it
// out under a pronoun: "She writes, "..."". The sender is the one the pronoun means.
it('gives "She writes" to the sender a letter was from, named by a given name', () => {
  const paras = ['Tomas Brandt hosts the call-in hour on Radio Quay.', 'We had a letter this week from Ilse in Bergen. She writes, "The ferries are late again."'];
  expect(speakerOf(paras, 'The ferries')).toBe('Ilse');
});

it('does so inside a transcript turn, over the other woman on the show', () => {
  const turns = [
    'TOMAS BRANDT: Welcome back.',
    'MARA OLSEN: Thanks for having me.',
    'BRANDT: We had a letter this week from Ilse in Bergen. She writes, "The ferries are late again." Mara?',
    'OLSEN: She is right.',
  ];
  expect(speakerOf(turns, 'The ferries')).toBe('Ilse');
});

it('reads "one more email, from NAME, who ..." the same way', () => {
  const turns = [
    'TOMAS BRANDT: Welcome back.',
    'MARA OLSEN: Thanks for having me.',
    'BRANDT: And one more email, from Henrik, who says he fishes out of Bergen. He writes, "The ferries are late again." Mara?',
    'OLSEN: He is right.',
  ];
  expect(speakerOf(turns, 'The ferries')).toBe('Henrik');
});

