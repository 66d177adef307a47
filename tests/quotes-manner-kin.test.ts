import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A relation of someone named, set up to speak by how they took it: the next "she said" is hers, not the
// reporter's or another woman's named before.
it('gives "she said" after "His wife, who asked not to be named, was calmer." to the wife', () => {
  const paragraphs = [
    'Our reporter Greta Holm went to see Anders Lindqvist, 70, who has kept bees above the fjord for forty years. "The winters are longer now," Lindqvist told her.',
    'His wife, who asked us not to use her name, was calmer. "We have had bad years before," she said.',
  ];
  expect(speakerOf(paragraphs, 'bad years before')).toBe('His wife');
});

it('gives "he said" after "Her brother, who asked not to be named, was more hopeful." to the brother', () => {
  const paragraphs = [
    'Marta Quist runs the only bakery left in the village. "Flour costs twice what it did," Quist said.',
    'Her brother, who asked not to be named, was more hopeful. "The mill will reopen in spring," he said.',
  ];
  expect(speakerOf(paragraphs, 'mill will reopen')).toBe('Her brother');
});
