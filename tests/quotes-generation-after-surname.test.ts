import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads "Mr. X senior" as the father of two men of that surname, as subject and as a later "he"', () => {
  expect(speakers(['Gregor Hume took over the yard from his father, Walter Hume, in 2001. Mr. Hume senior said the yard had never missed a launch.', '"We built every hull by hand," he said.']).get('We built every hull by hand')).toBe('Walter Hume');
  expect(speakers(['Tobias Marl, 45, runs the bakery. His father, Anton Marl, founded it.', 'Marl senior still comes in at dawn. "The ovens know me," he said.']).get('The ovens know me')).toBe('Anton Marl');
});

it('reads "X senior" and "X junior" after a credit verb or before it', () => {
  const got = speakers([
    'Anton Marl, 80, founded the bakery. His son, Tobias Marl, runs it now.',
    '"Nobody wants rye any more," said Mr. Marl senior.',
    '"We sell more rye than ever," Mr. Marl junior said.',
  ]);
  expect(got.get('Nobody wants rye any more')).toBe('Anton Marl');
  expect(got.get('We sell more rye than ever')).toBe('Tobias Marl');
});

it('reads "X Sr." and "X Jr." as the one the text names with that suffix', () => {
  const got = speakers(['The mill was started by Edwin Stroud Sr. in 1961. Edwin Stroud Jr. joined in 1990.', '"I will keep it going," said Stroud Jr.', 'Stroud Sr. said he would never sell. "I will die at this desk," he said.']);
  expect(got.get('I will keep it going')).toBe('Edwin Stroud Jr');
  expect(got.get('I will die at this desk')).toBe('Edwin Stroud Sr');
});

it('credits no one when the text does not say which of two is the elder', () => {
  expect(speakers(['Gregor Hume and Walter Hume run the yard. Mr. Hume senior said the yard had never missed a launch.', '"We built every hull by hand," he said.']).get('We built every hull by hand')).toBeNull();
});

it('reads "the elder Mrs. X" among three holders of the surname: those named before it, of the title\'s sex', () => {
  const got = speakers([
    'On the screen, the mayor, Viktor Holm, cut a ribbon at the new ferry terminal. He smiled for the cameras.',
    'Astrid Holm, 88, who left the island as a child, watched without a word. "Nothing changes over there," she said.',
    'Her daughter, Lene Holm, who brought her by bus, said her mother rarely spoke of the island. "She remembers the snow," Lene Holm said.',
    'The elder Mrs. Holm has asked to go back every year since 1988. She has never been allowed. "My knees will not wait for permits," she said.',
    'Saga Holm, 31, a nurse unrelated to the family, said she was worried.',
  ]);
  expect(got.get('My knees will not wait for permits')).toBe('Astrid Holm');
});
