import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests: a namesake brought in with "no relation" set off after the name, as the
// subject of the sentence before a quote credited by a fresh description.
it('"NAME, no relation to the MP, runs a firm ... \\"...,\\" the businessman said" is that namesake', () => {
  const got = speakersByWholeQuote([
    'In the assembly, deputy Ruslan Tevel called for monthly freight figures. "People have a right to know," Mr. Tevel said.',
    'Dmitri Tevel, no relation to the MP, runs a trucking firm in the border town and said he had noticed no change. "The lorries are full both ways," the businessman said.',
  ], 'p', '2024-03-01');
  expect(got.get('The lorries are full both ways')).toBe('Dmitri Tevel');
});
