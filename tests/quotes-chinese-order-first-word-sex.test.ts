import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads no sex from the family name opening a Chinese-order name, so "he" may mean him', () => {
  const got = speakers([
    'Lin Haoyu, a spokesman for the Tarvian foreign ministry, spoke on Thursday.',
    '"Tarvia hopes for calm," he said.',
  ]);
  expect(got.get('Tarvia hopes for calm')).toBe('Lin Haoyu');
});

it('still reads the sex a given name tells when the name is written given name first', () => {
  const got = speakers([
    'Lin Travers, a spokeswoman for the port, spoke on Thursday. Oskar Dahl, a pilot, listened.',
    '"We hope for calm," she said.',
  ]);
  expect(got.get('We hope for calm')).toBe('Lin Travers');
});
