import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// 'According to NAME, the talks showed that "..." had failed. "...," the professor said.': a definite description
// with a noun the text never used, crediting a quote later in a paragraph whose one speaker so far is the one
// person it names, is the writer's fresh word for that person.
const paragraphs = [
  'DELFT, May 3 - Scholars said the talks were a "normal step".',
  'Mira Tosh, a researcher at the Lund Institute, said the two towns had "a long history of trade".',
  'Another scholar, Pavel Rusk of the Delft Academy, said the policy "has not changed". He called on all sides to "talk more".',
  'According to Pavel Rusk, the talks showed that "pressure alone" had failed. "History shows that walls only push people closer together," the professor said.',
];

it('reads a fresh epithet later in a paragraph as the one person who spoke and was named in it so far', () => {
  expect(speakerOf(paragraphs, 'History shows that walls')).toBe('Pavel Rusk');
});

it('leaves the epithet to no one named when a second person is named in the paragraph before it', () => {
  const two = [...paragraphs.slice(0, 3), 'According to Pavel Rusk, the talks showed that "pressure alone" had failed, a view Mira Tosh shares. "History shows that walls only push people closer together," the professor said.'];
  expect(speakerOf(two, 'History shows that walls')).not.toBe('Pavel Rusk');
  expect(speakerOf(two, 'History shows that walls')).not.toBe('Mira Tosh');
});
