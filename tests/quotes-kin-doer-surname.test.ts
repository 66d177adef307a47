import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "Tor Vik's comments came after his father launched a fresh motto. "...," Vik posted.": the kin, called only by the
// word of kin, did the last thing told, and the text names two holders of the surname: the bare "Vik" may be
// either, so no one.
it('gives a bare surname to no one right after a possessive word of kin did something', () => {
  const got = speakers([
    'As Per Vik began posting his new slogan for the harbour vote, his son said the campaign was only beginning.',
    'Tor Vik, son of the shipping magnate, spoke on the radio on Monday.',
    '"He is going to go after them," Tor Vik said.',
    "Tor Vik's comments came after his father launched a fresh motto in a Sunday post.",
    '"Lazy harbour board is spending a fortune against me. Will be such fun!" Vik posted.',
  ]);
  expect(got.get('He is going')).toBe('Tor Vik');
  expect(got.get('Lazy harbour board')).not.toBe('Tor Vik');
});

it('keeps a bare surname when only one holder is named', () => {
  const got = speakers([
    'Tor Vik spoke on the radio on Monday.',
    "Vik's comments came after his father launched a fresh motto in a Sunday post.",
    '"We will win this," Vik said.',
  ]);
  expect(got.get('We will win')).toBe('Tor Vik');
});
