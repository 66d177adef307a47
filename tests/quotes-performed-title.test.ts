import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a title-cased quote after a verb of performing as a work, no one\'s words', () => {
  const got = speakers([
    'Fiddler Rosalind Marr closed the evening with "Down by the Weir".',
    'The choir, led by Aurek Hall, sang "Morning on the Ridge".',
    'Marr said: "Every tune is a story."',
  ]);
  expect(got.get('Down by the Weir')).toBeNull();
  expect(got.get('Morning on the Ridge')).toBeNull();
  expect(got.get('Every tune is a story')).toBe('Rosalind Marr');
});
