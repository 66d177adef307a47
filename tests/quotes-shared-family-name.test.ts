import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { splitTitle } from '../src/quotes/speaker-phrases.ts';

// A name of a family name and a hyphenated given name opens on its family name: a capitalised word before it
// that is no given name is the person's role ("Substitute", "Midfielder"), so the name is hers in full.
it('reads a capitalised word before a family-first name as a role', () => {
  expect(splitTitle(['Substitute', 'Pak', 'Sol-ji'])).toEqual({ role: 'Substitute', name: ['Pak', 'Sol-ji'] });
  expect(splitTitle(['Midfielder', 'Ri', 'Un-hui'])).toEqual({ role: 'Midfielder', name: ['Ri', 'Un-hui'] });
});

// A bare family name two people named in full share goes to the one named last, never to the first by default.
it('credits a bare family name to the namesake named last, not the first', () => {
  for (const role of ['Substitute', 'Midfielder']) {
    const got = speakersByQuote([
      'Pak Chol, the chairman of the league, spoke before the match in Ranam. He said the side "will win".',
      `${role} Pak Sol-ji scored the winner six minutes after coming on.`,
      'Pak said only: "The ball came to me."',
    ]);
    expect(got.get('will win')).toBe('Pak Chol');
    expect(got.get('The ball came to me')).toBe('Pak Sol-ji');
  }
});

it('does the same when the later namesake is named after a lowercase role', () => {
  const got = speakersByQuote([
    'Pak Chol, the chairman of the league, opened the season in Ranam.',
    'The only goal came late, from substitute Pak Sol-ji, who had been on the pitch for six minutes. Asked how it felt, Pak said only: "The ball came to me."',
  ]);
  expect(got.get('The ball came to me')).toBe('Pak Sol-ji');
});
