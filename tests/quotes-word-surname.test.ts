import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a surname that is also a month or a word of grammar as the person the text named in full', () => {
  const got = speakers([
    'Manager Henrik Solvang praised his goalkeeper, Tobias May, after the final.',
    'May saved two penalties. "I just guessed the right way," he said.',
    '"It was the best night of my life," May told reporters.',
  ]);
  expect(got.get('I just guessed the right way')).toBe('Tobias May');
  expect(got.get('It was the best night of my life')).toBe('Tobias May');
});

it('does the same for a surname that is a modal verb', () => {
  const got = speakers([
    'Councillor Arne Fjeld thanked the volunteers, among them Jonas Will, who ran the kitchen.',
    'Will cooked for three hundred people. "We ran out of bread twice," he said.',
  ]);
  expect(got.get('We ran out of bread twice')).toBe('Jonas Will');
});

it('leaves a month alone when no one in the text bears it as a surname', () => {
  const got = speakers([
    'Harbour master Johan Brekke counted the storms of the spring.',
    'May brought three of them. "We lost two boats," he said.',
  ]);
  expect(got.get('We lost two boats') ?? '').not.toMatch(/May/u);
});
