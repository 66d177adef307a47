import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it("does not pass a 'she' over 'His partner, NAME, was blunter.' to the man before it", () => {
  const got = speakersByQuote([
    'In Semarang, the spice dealer Budiarto, who uses one name, said orders had slowed. "Nobody wants to pay in roubles," Pak Budiarto said.',
    'His business partner, Lestari, was blunter. "Every new friend of Moscow is a new form for us to fill in," she said.',
  ]);
  expect(got.get('Nobody wants to pay in roubles')).toBe('Pak Budiarto');
  expect(got.get('Every new friend of Moscow is a new form for us to fill in')).not.toBe('Pak Budiarto');
});

it('still gives the pronoun to the partner when the name set off is read as a person', () => {
  const got = speakersByQuote([
    'Tomas Brandvik, a ferry owner, said the route would stay open. "We sail on Monday," Brandvik said.',
    'His business partner, Ingrid Solberg, was quiet. "We have sailed through worse," she said.',
  ]);
  expect(got.get('We have sailed through worse')).toBe('Ingrid Solberg');
});
