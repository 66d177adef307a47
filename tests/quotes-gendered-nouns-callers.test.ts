import { expect, it } from 'vitest';
import { speakerOf, speakersByOpening } from './helpers/quotes.ts';

// The callers of gendered-nouns.ts read every word of kin and every gendered noun it lists, not each its own few.

it('tells a couple apart by any word of kin, "her grandson" as well as "her husband"', () => {
  const got = speakersByOpening([
    'At the orchard outside Velm, Dagna Ostrik and her grandson, Pavo Ostrik, have picked apples since dawn.',
    '"We lost half the crop to the frost," she said, shaking her head.',
    'Her grandson was more hopeful. "The late trees will make it up," he said.',
  ]);
  expect(got.get('We lost half')).toBe('Dagna Ostrik');
  expect(got.get('The late trees')).toBe('Pavo Ostrik');
});

it('reads an age epithet with any gendered noun, "the 41-year-old actress"', () => {
  const paras = [
    'Selva Marrin, 41, has played the lead at the Harbour Theatre for a decade. Her director, Ivo Ketel, was away.',
    '"I will be back on that stage," the 41-year-old actress said.',
  ];
  expect(speakerOf(paras, 'I will be back on that stage')).toBe('Selva Marrin');
});
