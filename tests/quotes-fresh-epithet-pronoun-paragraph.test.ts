import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// 'She said her students had asked .... "...," the lecturer said.': a paragraph that opens on a pronoun and a verb of
// saying, naming no one, goes on with the one person who alone spoke in the paragraph before (of the pronoun's sex);
// a fresh epithet crediting a quote later in it is that person.
const opening = [
  'HARLOW - Residents of the old quarter watched the news all Wednesday.',
  'Nadia Vorel, who teaches history at Brenton College, said the summit was "a reminder of old wars". "Every time they meet, people here call their relatives," Vorel said.',
];
const quote = '"I told them what teachers always say: it depends," the lecturer said.';

it('reads the fresh epithet as the one speaker of the paragraph before, whom the opening pronoun goes on with', () => {
  const paragraphs = [...opening, `She said her students had asked whether the meeting made war more likely. ${quote}`];
  expect(speakerOf(paragraphs, 'what teachers always say')).toBe('Nadia Vorel');
});

it('leaves the epithet to no one named when the pronoun is of the other sex', () => {
  const paragraphs = [...opening, `He said his students had asked whether the meeting made war more likely. ${quote}`];
  expect(speakerOf(paragraphs, 'what teachers always say')).not.toBe('Nadia Vorel');
});

it('leaves the epithet to no one named when the paragraph brings in someone else by name', () => {
  const paragraphs = [...opening, `She said her student Tomas Brill had asked whether the meeting made war more likely. ${quote}`];
  expect(speakerOf(paragraphs, 'what teachers always say')).not.toBe('Nadia Vorel');
  expect(speakerOf(paragraphs, 'what teachers always say')).not.toBe('Tomas Brill');
});

it('takes "the professor" for one who "teaches history at a college", a fellow educator (after the calling verb made her a teacher)', () => {
  const paragraphs = [...opening, `She said her students had asked whether the meeting made war more likely. ${quote.replace('the lecturer', 'the professor')}`];
  expect(speakerOf(paragraphs, 'what teachers always say')).toBe('Nadia Vorel');
});
